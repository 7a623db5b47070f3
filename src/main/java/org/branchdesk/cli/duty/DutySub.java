package org.branchdesk.cli.duty;

import java.io.PrintWriter;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.branchdesk.cli.OfficeOpener;
import org.branchdesk.cli.RootCommand;
import org.branchdesk.domain.duty.Team;
import org.branchdesk.service.Services;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What the subcommands of {@code post}, {@code roster} and {@code availability} share: the office
 * they open, and how they name places, people and shifts (a compound within its community; a member
 * or person by name with {@code --id-tail}; a shift by the start of its id).
 */
abstract class DutySub implements Callable<Integer> {
    final OfficeOpener opener;
    @ParentCommand DutyCommand parent;
    @Spec CommandSpec spec;

    DutySub(OfficeOpener opener) {
        this.opener = opener;
    }

    Services open() {
        RootCommand root = parent.root();
        return opener.open(root.dataDir(), root.credentials());
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** A community by name, or {@code null} when none is given. */
    static UUID community(Services s, String name) {
        return name == null ? null : s.roster().communityNamed(name);
    }

    /** A compound by name within its community, or {@code null} when none is given. */
    static UUID compound(Services s, UUID community, String name) {
        if (name == null) {
            return null;
        }
        if (community == null) {
            throw new org.branchdesk.domain.common.UserError("cli.roster.compoundNeedsCommunity");
        }
        return s.roster().compoundNamed(community, name);
    }

    /** A member or a person by name (the last four digits of the ID number when not unique). */
    static Team.Someone someone(Services s, String name, String idTail) {
        return name == null ? null : s.roster().someoneNamed(name, idTail);
    }

    /** A shift by its id or the start of it. */
    static UUID shift(Services s, String id) {
        return s.roster().shiftWithPrefix(id);
    }

    /** The Monday of the office's week today. */
    static LocalDate thisMonday(Services s) {
        return s.roster().today().with(DayOfWeek.MONDAY);
    }

    /** The words of the command line for an enum: {@code checkpoint}, {@code present}. */
    static <E extends Enum<E>> E word(Class<E> type, String value) {
        return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
