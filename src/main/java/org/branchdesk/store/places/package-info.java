/** Repositories of communities, compounds and buildings. */
package org.branchdesk.store.places;
