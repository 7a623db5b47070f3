/**
 * Exchange between offices (to come): writing and merging {@code .bdx} files, with preview and
 * conflicts, in one transaction.
 */
package org.branchdesk.service.exchange;
