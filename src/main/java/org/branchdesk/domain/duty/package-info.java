/**
 * Duty and service (being built, issue 13): the people register (those who serve without being
 * members here), teams, posts, shifts and their requirements, availability, assignment rules,
 * one-to-one assistance, cadres' areas.
 */
package org.branchdesk.domain.duty;
