/** Leadership's commands (to come): {@code leader add|end|list}, {@code renewals}. */
package org.branchdesk.cli.leadership;
