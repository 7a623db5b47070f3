package org.branchdesk.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.branchdesk.domain.UserError;
import org.branchdesk.service.PrivacyService;
import org.branchdesk.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code privacy}: where the office keeps personal data and how much, one tab-separated line
 * each (place, what, count), then the data file; counts only, no one's data.
 */
@Command(name = "privacy", mixinStandardHelpOptions = true)
final class PrivacyCommand implements Callable<Integer> {
    private final OfficeOpener opener;
    @ParentCommand
    RootCommand root;
    @Spec
    CommandSpec spec;

    PrivacyCommand(OfficeOpener opener) {
        this.opener = opener;
    }

    @Override
    public Integer call() {
        try (Services s = opener.open(root.dataDir())) {
            PrintWriter out = spec.commandLine().getOut();
            for (PrivacyService.Item i : s.privacy().inventory()) {
                out.println(String.join("\t", i.place(), i.what(), Integer.toString(i.count())));
            }
            PrivacyService.DataFile f = s.privacy().dataFile();
            out.println(UserError.format("privacy.dataFile", f.path().toAbsolutePath(), f.bytes() / 1024));
        }
        return Cli.OK;
    }
}
