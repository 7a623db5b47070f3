/** {@code backup} and {@code restore}. */
package org.branchdesk.cli.backups;
