/**
 * Care and incentives (issue 14), the rules a clerk recognises: amounts of money ({@link
 * org.branchdesk.domain.care.Yuan}) and their capital numerals ({@link
 * org.branchdesk.domain.care.CapitalAmount}); which fund pays what and its balance ({@link
 * org.branchdesk.domain.care.FundRules}); how a payment is recorded, approved, paid and reversed
 * ({@link org.branchdesk.domain.care.Payment}, {@link org.branchdesk.domain.care.PaymentRules});
 * the batches of living subsidies and work allowances ({@link
 * org.branchdesk.domain.care.BatchRules}); supplies in stock ({@link
 * org.branchdesk.domain.care.SupplyRules}); and the development of new members step by step ({@link
 * org.branchdesk.domain.care.DevelopmentStep}, {@link
 * org.branchdesk.domain.care.DevelopmentRules}).
 */
package org.branchdesk.domain.care;
