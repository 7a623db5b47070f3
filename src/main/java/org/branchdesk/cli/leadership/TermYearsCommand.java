package org.branchdesk.cli.leadership;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.branchdesk.cli.Cli;
import org.branchdesk.cli.OfficeOpener;
import org.branchdesk.cli.RootCommand;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.orgs.OrgType;
import org.branchdesk.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code term-years [TYPE YEARS]}: shows how many years a committee term lasts for each type of
 * organization, or (administrators) sets one, three to five. Terms already begun keep their length.
 */
@Command(name = "term-years", mixinStandardHelpOptions = true)
public final class TermYearsCommand implements Callable<Integer> {
    private final OfficeOpener opener;
    @ParentCommand RootCommand root;
    @Spec CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "TYPE", descriptionKey = "param.termType")
    String type;

    @Parameters(
            index = "1",
            arity = "0..1",
            paramLabel = "YEARS",
            descriptionKey = "param.termYears")
    Integer years;

    public TermYearsCommand(OfficeOpener opener) {
        this.opener = opener;
    }

    /** {@code compound-branch} for {@link OrgType#COMPOUND_BRANCH}. */
    static String word(OrgType t) {
        return t.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public Integer call() {
        if (type != null && years == null) {
            throw new UserError("error.termYears.yearsMissing");
        }
        try (Services s = opener.open(root.dataDir(), root.credentials())) {
            Map<OrgType, Integer> now;
            if (type == null) {
                now = s.leadership().termYears();
            } else {
                OrgType t = null;
                for (OrgType o : OrgType.values()) {
                    if (word(o).equals(type)) {
                        t = o;
                    }
                }
                if (t == null) {
                    throw new UserError("error.termYears.badType", type);
                }
                now = s.leadership().setTermYears(t, years);
            }
            PrintWriter out = spec.commandLine().getOut();
            now.forEach(
                    (t, n) ->
                            out.println(
                                    String.join(
                                            "\t",
                                            word(t),
                                            Messages.format("orgType." + t.name()),
                                            Integer.toString(n))));
        }
        return Cli.OK;
    }
}
