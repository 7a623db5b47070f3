/** Compound surveys and their gaps and hazards; the survey-items importer. */
package org.branchdesk.service.surveys;
