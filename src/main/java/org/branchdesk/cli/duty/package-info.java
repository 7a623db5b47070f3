/** Duty's commands: {@code pairing} (one-to-one assistance), more to come. */
package org.branchdesk.cli.duty;
