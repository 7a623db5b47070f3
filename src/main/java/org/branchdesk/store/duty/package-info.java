/**
 * Duty's repositories: people, teams, posts, shifts, assignments, published weeks, limits and
 * unavailable times (and, to come, reporting, pairings and logs).
 */
package org.branchdesk.store.duty;
