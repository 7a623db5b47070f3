/** The duty screens (to come): people, teams, the week's roster. */
package org.branchdesk.ui.duty;
