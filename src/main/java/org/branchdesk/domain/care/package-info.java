/**
 * Care and incentives (to come): funds and payments, supplies, commendations, the development of
 * new members; amounts in capital numerals.
 */
package org.branchdesk.domain.care;
