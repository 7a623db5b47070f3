/** Care's commands (to come). */
package org.branchdesk.cli.care;
