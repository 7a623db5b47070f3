package org.branchdesk.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.branchdesk.cli.accounts.UserCommand;
import org.branchdesk.cli.backups.BackupCommand;
import org.branchdesk.cli.backups.RestoreCommand;
import org.branchdesk.cli.bench.BenchCommand;
import org.branchdesk.cli.care.AssessmentCommand;
import org.branchdesk.cli.care.CareCommand;
import org.branchdesk.cli.care.CommendationCommand;
import org.branchdesk.cli.care.DevelopmentCommand;
import org.branchdesk.cli.care.FundCommand;
import org.branchdesk.cli.care.PaymentCommand;
import org.branchdesk.cli.care.SupplyCommand;
import org.branchdesk.cli.coverage.CoverageCommand;
import org.branchdesk.cli.demo.DemoCommand;
import org.branchdesk.cli.documents.LedgerCommand;
import org.branchdesk.cli.documents.NoticeCommand;
import org.branchdesk.cli.documents.VerifyCommand;
import org.branchdesk.cli.duty.AreaCommand;
import org.branchdesk.cli.duty.AvailabilityCommand;
import org.branchdesk.cli.duty.PairingCommand;
import org.branchdesk.cli.duty.PostCommand;
import org.branchdesk.cli.duty.ReportingCommand;
import org.branchdesk.cli.duty.RosterCommand;
import org.branchdesk.cli.duty.SentDownCommand;
import org.branchdesk.cli.duty.TeamCommand;
import org.branchdesk.cli.importing.ExportCommand;
import org.branchdesk.cli.importing.ImportCommand;
import org.branchdesk.cli.importing.TemplateCommand;
import org.branchdesk.cli.leadership.ElectionCommand;
import org.branchdesk.cli.leadership.LeaderCommand;
import org.branchdesk.cli.leadership.RenewalsCommand;
import org.branchdesk.cli.leadership.TermYearsCommand;
import org.branchdesk.cli.office.InitCommand;
import org.branchdesk.cli.office.PrivacyCommand;
import org.branchdesk.cli.office.StatsCommand;
import org.branchdesk.cli.office.TimeZoneCommand;
import org.branchdesk.cli.units.UnitsCommand;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;

/** {@code branchdesk [--data-dir DIR] [FILE...]}: opens the window; with a command, runs it. */
@Command(
        name = "branchdesk",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {
            InitCommand.class,
            DemoCommand.class,
            StatsCommand.class,
            ImportCommand.class,
            ExportCommand.class,
            CoverageCommand.class,
            UnitsCommand.class,
            LedgerCommand.class,
            NoticeCommand.class,
            VerifyCommand.class,
            PrivacyCommand.class,
            TimeZoneCommand.class,
            LeaderCommand.class,
            RenewalsCommand.class,
            ElectionCommand.class,
            TermYearsCommand.class,
            TeamCommand.class,
            ReportingCommand.class,
            SentDownCommand.class,
            AreaCommand.class,
            UserCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            TemplateCommand.class,
            BenchCommand.class,
            PairingCommand.class,
            PostCommand.class,
            RosterCommand.class,
            AvailabilityCommand.class,
            FundCommand.class,
            PaymentCommand.class,
            SupplyCommand.class,
            CareCommand.class,
            DevelopmentCommand.class,
            CommendationCommand.class,
            AssessmentCommand.class
        },
        sortOptions = false)
public final class RootCommand implements Callable<Integer> {
    private final WindowStarter window;
    private final UnaryOperator<String> env;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            descriptionKey = "option.dataDir",
            scope = ScopeType.INHERIT)
    Path dataDir;

    @Option(
            names = "--user",
            paramLabel = "NAME",
            descriptionKey = "option.user",
            scope = ScopeType.INHERIT)
    String user;

    @Option(
            names = "--password-file",
            paramLabel = "FILE",
            descriptionKey = "option.passwordFile",
            scope = ScopeType.INHERIT)
    Path passwordFile;

    @Parameters(paramLabel = "FILE", arity = "0..*", descriptionKey = "param.files")
    List<String> files = new ArrayList<>();

    RootCommand(OfficeOpener opener, WindowStarter window, UnaryOperator<String> env) {
        this.window = window;
        this.env = env;
    }

    /** Environment variable naming the account, when {@code --user} is not given. */
    public static final String USER_VARIABLE = "BRANCHDESK_USER";

    /** Environment variable holding the password, when {@code --password-file} is not given. */
    public static final String PASSWORD_VARIABLE = "BRANCHDESK_PASSWORD";

    /**
     * The account the command runs as: {@code --user} or {@value #USER_VARIABLE}, with the password
     * from {@code --password-file} or {@value #PASSWORD_VARIABLE}. Never prompted.
     */
    public Credentials credentials() {
        String name = user != null ? user : env.apply(USER_VARIABLE);
        if (name == null || name.isBlank()) {
            throw new UserError("cli.account.noUser", USER_VARIABLE);
        }
        char[] password =
                passwordFile != null
                        ? Secrets.readFile(passwordFile, "option.passwordFile")
                        : Secrets.fromVariable(env.apply(PASSWORD_VARIABLE));
        if (password == null || password.length == 0) {
            throw new UserError("cli.account.noPassword", PASSWORD_VARIABLE);
        }
        return new Credentials(name.trim(), password);
    }

    /** A value from the environment (for secrets of subcommands). */
    public String variable(String name) {
        return env.apply(name);
    }

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        for (String file : files) {
            String lower = file.toLowerCase(Locale.ROOT);
            boolean sheet =
                    lower.endsWith(".csv") || lower.endsWith(".xlsx") || lower.endsWith(".xls");
            if (!sheet || !isFile(file)) {
                throw new picocli.CommandLine.ParameterException(
                        spec.commandLine(), Messages.format("cli.notAFile", file));
            }
        }
        return window.start(dataDir, files);
    }

    private static boolean isFile(String name) {
        try {
            return Files.isRegularFile(Path.of(name));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    public Path dataDir() {
        return dataDir;
    }
}
