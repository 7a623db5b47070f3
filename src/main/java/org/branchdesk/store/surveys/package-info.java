/** Repositories of compound surveys and their gaps and hazards. */
package org.branchdesk.store.surveys;
