/** The households repository. */
package org.branchdesk.store.households;
