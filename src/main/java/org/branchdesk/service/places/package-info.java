/** Places: communities, compounds and the tree; the compounds importer. */
package org.branchdesk.service.places;
