package org.branchdesk.cli;

import org.branchdesk.domain.UserError;
import picocli.CommandLine;

/** Chinese messages for the usage errors that picocli reports. */
final class UsageMessages {
    private UsageMessages() {
    }

    static String of(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            return UserError.format("cli.unknownArgument", String.join(" ", u.getUnmatched()));
        }
        if (ex instanceof CommandLine.MissingParameterException m) {
            StringBuilder names = new StringBuilder();
            for (CommandLine.Model.ArgSpec spec : m.getMissing()) {
                if (names.length() > 0) {
                    names.append("、");
                }
                names.append(spec instanceof CommandLine.Model.OptionSpec o ? o.longestName() : spec.paramLabel());
            }
            return UserError.format("cli.missingArgument", names);
        }
        if (ex.getCause() instanceof CommandLine.TypeConversionException
                || ex.getMessage() != null && ex.getMessage().startsWith("Invalid value")) {
            return UserError.format("cli.invalidValue", ex.getArgSpec() == null ? "" : label(ex.getArgSpec()),
                    ex.getValue() == null ? "" : ex.getValue());
        }
        return UserError.format("cli.usageError", ex.getMessage());
    }

    private static String label(CommandLine.Model.ArgSpec spec) {
        return spec instanceof CommandLine.Model.OptionSpec o ? o.longestName() : spec.paramLabel();
    }
}
