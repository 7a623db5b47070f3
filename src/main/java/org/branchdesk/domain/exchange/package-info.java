/**
 * Exchange between offices (to come): the rules of merging a {@code .bdx} file: matching rows by
 * UUID within one office and by natural keys between two, and what a conflict is.
 */
package org.branchdesk.domain.exchange;
