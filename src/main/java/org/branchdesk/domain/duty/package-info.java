/**
 * Duty and service (to come): the people register (those who serve without being members here),
 * teams, posts, shifts and their requirements, availability, assignment rules, one-to-one
 * assistance, cadres' areas.
 */
package org.branchdesk.domain.duty;
