/** Exchange's commands (to come). */
package org.branchdesk.cli.exchange;
