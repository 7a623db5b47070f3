/** The care screens (to come). */
package org.branchdesk.ui.care;
