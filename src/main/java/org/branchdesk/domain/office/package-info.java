/**
 * The office itself: its name and document prefix, and its clock (the time zone every date is read
 * in).
 */
package org.branchdesk.domain.office;
