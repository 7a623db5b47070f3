/**
 * Party members: the register, the form, departures, temporary-branch participation; the members
 * importer.
 */
package org.branchdesk.service.members;
