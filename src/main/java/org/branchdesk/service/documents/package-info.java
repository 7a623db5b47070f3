/**
 * Printed ledgers and issued notices: printing, the wording of notices, the dispatch register with
 * its numbers and codes, and verification from paper.
 */
package org.branchdesk.service.documents;
