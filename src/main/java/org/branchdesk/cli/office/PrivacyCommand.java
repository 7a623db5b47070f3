package org.branchdesk.cli.office;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.branchdesk.cli.Cli;
import org.branchdesk.cli.OfficeOpener;
import org.branchdesk.cli.RootCommand;
import org.branchdesk.domain.common.Masking;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.service.Services;
import org.branchdesk.service.office.PrivacyService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code privacy}: where the office keeps personal data and how much, one tab-separated line each
 * (place, what, count), then the data file; counts only, no one's data.
 */
@Command(
        name = "privacy",
        mixinStandardHelpOptions = true,
        subcommands = {PrivacyCommand.Purge.class, PrivacyCommand.Settings.class})
public final class PrivacyCommand implements Callable<Integer> {
    private final OfficeOpener opener;
    @ParentCommand RootCommand root;
    @Spec CommandSpec spec;

    public PrivacyCommand(OfficeOpener opener) {
        this.opener = opener;
    }

    @Override
    public Integer call() {
        try (Services s = opener.open(root.dataDir(), root.credentials())) {
            PrintWriter out = spec.commandLine().getOut();
            for (PrivacyService.Item i : s.privacy().inventory()) {
                out.println(String.join("\t", i.place(), i.what(), Integer.toString(i.count())));
            }
            PrivacyService.DataFile f = s.privacy().dataFile();
            out.println(
                    Messages.format(
                            "privacy.dataFile", f.path().toAbsolutePath(), f.bytes() / 1024));
            PrivacyService.Settings settings = s.privacy().settings();
            out.println(
                    Messages.format(
                            "cli.privacy.settings",
                            settings.masking().label(),
                            settings.healthRetentionMonths()));
        }
        return Cli.OK;
    }

    /**
     * {@code privacy purge [--dry-run]}: clears health details past their retention, households'
     * and service logs' (administrators).
     */
    @Command(name = "purge", mixinStandardHelpOptions = true)
    public static final class Purge implements Callable<Integer> {
        private final OfficeOpener opener;
        @ParentCommand PrivacyCommand privacy;
        @Spec CommandSpec spec;

        @picocli.CommandLine.Option(names = "--dry-run", descriptionKey = "option.dryRun")
        boolean dryRun;

        public Purge(OfficeOpener opener) {
            this.opener = opener;
        }

        @Override
        public Integer call() {
            try (Services s = opener.open(privacy.root.dataDir(), privacy.root.credentials())) {
                PrivacyService.Purge p = dryRun ? s.privacy().purgeable() : s.privacy().purge();
                spec.commandLine()
                        .getOut()
                        .println(
                                Messages.format(
                                        dryRun
                                                ? "cli.privacy.purge.dryRun"
                                                : "cli.privacy.purge.done",
                                        p.households(),
                                        p.cutoff(),
                                        p.serviceLogs(),
                                        p.injuryCases()));
            }
            return Cli.OK;
        }
    }

    /**
     * {@code privacy settings [--masking standard|strict] [--retention-months N]} (administrators).
     */
    @Command(name = "settings", mixinStandardHelpOptions = true)
    public static final class Settings implements Callable<Integer> {
        private final OfficeOpener opener;
        @ParentCommand PrivacyCommand privacy;
        @Spec CommandSpec spec;

        @picocli.CommandLine.Option(
                names = "--masking",
                paramLabel = "STYLE",
                descriptionKey = "option.masking")
        Masking masking;

        @picocli.CommandLine.Option(
                names = "--retention-months",
                paramLabel = "N",
                descriptionKey = "option.retentionMonths")
        Integer months;

        public Settings(OfficeOpener opener) {
            this.opener = opener;
        }

        @Override
        public Integer call() {
            try (Services s = opener.open(privacy.root.dataDir(), privacy.root.credentials())) {
                PrivacyService.Settings now = s.privacy().settings();
                PrivacyService.Settings next =
                        new PrivacyService.Settings(
                                masking == null ? now.masking() : masking,
                                months == null ? now.healthRetentionMonths() : months);
                if (masking != null || months != null) {
                    s.privacy().changeSettings(next);
                }
                spec.commandLine()
                        .getOut()
                        .println(
                                Messages.format(
                                        "cli.privacy.settings",
                                        next.masking().label(),
                                        next.healthRetentionMonths()));
            }
            return Cli.OK;
        }
    }
}
