/**
 * Households the office records in compounds: contact households of central households and
 * residents under assistance.
 */
package org.branchdesk.domain.households;
