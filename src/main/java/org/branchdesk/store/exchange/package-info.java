/**
 * Exchange's store (to come): the mapping of another office's rows to this office's, remembered
 * across merges.
 */
package org.branchdesk.store.exchange;
