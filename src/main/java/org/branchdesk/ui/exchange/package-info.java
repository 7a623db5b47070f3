/** The exchange screens (to come): export, and merge with preview. */
package org.branchdesk.ui.exchange;
