/**
 * The leadership screens (to come): committee tab, renewal wizard, appointment and end-of-position
 * dialogs.
 */
package org.branchdesk.ui.leadership;
