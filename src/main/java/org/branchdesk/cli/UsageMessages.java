package org.branchdesk.cli;

import org.branchdesk.domain.common.Messages;
import picocli.CommandLine;

/** Chinese messages for the usage errors that picocli reports. */
final class UsageMessages {
    private UsageMessages() {}

    static String of(CommandLine.ParameterException ex) {
        if (ex.getClass() == CommandLine.ParameterException.class && ex.getArgSpec() == null) {
            return ex.getMessage(); // thrown by our own commands, already in Chinese
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            return Messages.format("cli.unknownArgument", String.join(" ", u.getUnmatched()));
        }
        if (ex instanceof CommandLine.MissingParameterException m) {
            StringBuilder names = new StringBuilder();
            for (CommandLine.Model.ArgSpec spec : m.getMissing()) {
                if (names.length() > 0) {
                    names.append(Messages.format("list.separator"));
                }
                names.append(
                        spec instanceof CommandLine.Model.OptionSpec o
                                ? o.longestName()
                                : spec.paramLabel());
            }
            return Messages.format("cli.missingArgument", names);
        }
        if (ex.getArgSpec() != null && ex.getValue() != null) {
            return Messages.format("cli.invalidValue", label(ex.getArgSpec()), ex.getValue());
        }
        if (ex instanceof CommandLine.OverwrittenOptionException o) {
            return Messages.format("cli.repeatedOption", label(o.getOverwritten()));
        }
        if (ex instanceof CommandLine.MaxValuesExceededException) {
            return Messages.format("cli.tooManyArguments");
        }
        // Anything else picocli can report: its own words, labelled as such.
        return Messages.format("cli.usageError", ex.getMessage());
    }

    private static String label(CommandLine.Model.ArgSpec spec) {
        return spec instanceof CommandLine.Model.OptionSpec o ? o.longestName() : spec.paramLabel();
    }
}
