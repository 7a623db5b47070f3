/**
 * The registers of issued notices and printed ledgers, with the row hashes verification compares.
 */
package org.branchdesk.store.documents;
