/** Duty's repositories (to come): people, teams, posts, shifts, assignments, pairings and logs. */
package org.branchdesk.store.duty;
