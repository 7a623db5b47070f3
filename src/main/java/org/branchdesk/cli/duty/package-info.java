/** Duty's commands (to come). */
package org.branchdesk.cli.duty;
