/**
 * The office: set-up, its settings and clock, the privacy inventory and purge, the counts of {@code
 * stats}.
 */
package org.branchdesk.service.office;
