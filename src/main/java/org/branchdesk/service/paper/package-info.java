/**
 * What capabilities put on paper: a ledger's rows ({@link
 * org.branchdesk.service.paper.LedgerSource}) and a notice's wording ({@link
 * org.branchdesk.service.paper.NoticeSource}). Shared machinery: it knows no capability. Each
 * capability implements the sources for its own ledgers and notices in its own package; the
 * composition root hands them to the documents service, which numbers, lays out, registers and
 * verifies every document alike.
 */
package org.branchdesk.service.paper;
