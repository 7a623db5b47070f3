/** The office's row and its settings (masking, retention, time zone, ownerless rule). */
package org.branchdesk.store.office;
