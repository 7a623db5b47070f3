/** The members repository, with the compact facts the in-memory registers are built from. */
package org.branchdesk.store.members;
