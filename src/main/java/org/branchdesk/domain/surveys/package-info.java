/** Compound surveys (小区排查): the four clears and the gaps and hazards followed until closed. */
package org.branchdesk.domain.surveys;
