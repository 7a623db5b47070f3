package org.branchdesk.cli.duty;

import org.branchdesk.cli.RootCommand;

/** A top-level duty command ({@code post}, {@code roster}, {@code availability}). */
interface DutyCommand {
    RootCommand root();
}
