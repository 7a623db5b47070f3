/**
 * Party organizations: set up, move, dissolve, convert; party groups and central households; the
 * organizations importer.
 */
package org.branchdesk.service.orgs;
