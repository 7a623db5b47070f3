package org.branchdesk.app;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.branchdesk.app.logging.LoggingConfigurator;
import org.branchdesk.cli.Cli;
import org.branchdesk.cli.Credentials;
import org.branchdesk.cli.OfficeOpener;
import org.branchdesk.cli.bench.BenchCommand;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.office.OfficeClock;
import org.branchdesk.service.Services;
import org.branchdesk.service.accounts.OfficeAccess;
import org.branchdesk.store.FxThreadGuard;
import org.branchdesk.store.Store;
import org.branchdesk.ui.BranchDeskWindow;
import org.branchdesk.ui.WindowGeometry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: reads the command line, builds the object graph by constructor and either
 * runs a command (no JavaFX) or opens the window. Not a JavaFX {@code Application}, so the window's
 * classes get their dependencies by constructor too.
 */
public final class Launcher {
    /** Environment variable that makes the window print a line and exit once visible (bench). */
    static final String EXIT_WHEN_SHOWN = BenchCommand.EXIT_WHEN_SHOWN;

    static final String SHOWN = BenchCommand.SHOWN;
    private static final String FX_THREAD = "JavaFX Application Thread";

    private final Environment environment;
    private final PrintWriter out;
    private final PrintWriter err;

    Launcher(Environment environment, PrintWriter out, PrintWriter err) {
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        Environment environment = Environment.current();
        Path dataDir = environment.dataDir(dataDirOption(args));
        System.setProperty(
                LoggingConfigurator.LOG_DIR_PROPERTY, Environment.logDir(dataDir).toString());
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        Charset console = consoleCharset();
        PrintWriter out =
                new PrintWriter(
                        new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), console),
                        true);
        PrintWriter err =
                new PrintWriter(
                        new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), console),
                        true);
        int code = new Launcher(environment, out, err).run(args);
        if (code != Cli.KEEP_RUNNING) {
            System.exit(code);
        }
    }

    int run(String[] args) {
        Cli cli =
                new Cli(
                        new CommandOpener(),
                        this::startWindow,
                        Environment.logFile(environment.dataDir(dataDirOption(args))).toString(),
                        environment::variable);
        return cli.run(args, out, err);
    }

    /** Opens offices for commands; refuses while a window or another command holds one. */
    private final class CommandOpener implements OfficeOpener {
        @Override
        public Services open(Path dataDirOption, Credentials who) {
            return checked(signIn(dataDirOption, who, false));
        }

        @Override
        public Services openToPrint(Path dataDirOption, Credentials who) {
            return checked(signIn(dataDirOption, who, true));
        }

        @Override
        public Services openToChangePassword(Path dataDirOption, Credentials who) {
            return signIn(dataDirOption, who, false);
        }

        private Services signIn(Path dataDirOption, Credentials who, boolean toPrint) {
            return withDoor(
                    dataDirOption,
                    door -> {
                        try {
                            return toPrint
                                    ? door.signInToPrint(who.user(), who.password())
                                    : door.signIn(who.user(), who.password());
                        } finally {
                            OfficeAccess.forget(who.password());
                        }
                    });
        }

        private Services checked(Services s) {
            if (s.accounts().mustChangePassword()) {
                // A password an administrator set is for one thing: setting the account's own.
                s.close();
                throw new UserError("error.signIn.mustChangeFirst", s.actor().name());
            }
            backUpIfDue(s);
            return s;
        }

        /** An office used only from the command line gets its daily backup too. */
        private void backUpIfDue(Services s) {
            try {
                s.backups().backupIfDue();
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(Launcher.class)
                        .warn("the automatic backup failed: {}", e.toString());
            }
        }

        @Override
        public OfficeAccess.SetUp openOrSetUp(Path dataDirOption, Credentials who) {
            return withDoor(
                    dataDirOption,
                    door -> {
                        try {
                            return door.state() == OfficeAccess.State.ACCOUNTS
                                    ? new OfficeAccess.SetUp(
                                            door.signIn(who.user(), who.password()), null, null)
                                    : door.setUp(who.user(), who.password());
                        } finally {
                            OfficeAccess.forget(who.password());
                        }
                    });
        }

        @Override
        public Services restore(Path dataDirOption, Credentials who, Path backup) {
            return withDoor(
                    dataDirOption,
                    door -> {
                        try {
                            return door.restore(who.user(), who.password(), backup);
                        } finally {
                            OfficeAccess.forget(who.password());
                        }
                    });
        }

        @Override
        public OfficeAccess.State state(Path dataDirOption) {
            Path dir = environment.dataDir(dataDirOption);
            return new OfficeAccess(dir, pcClock(), FxThreadGuard.NONE, () -> {}).state();
        }

        @Override
        public OfficeAccess.SetUp recover(
                Path dataDirOption, String account, String code, char[] newPassword) {
            return withDoor(dataDirOption, door -> door.recover(code, account, newPassword));
        }

        private <T> T withDoor(Path dataDirOption, Function<OfficeAccess, T> work) {
            Path dir = environment.dataDir(dataDirOption);
            OfficeLock lock = lock(dir).orElseThrow(() -> new UserError("error.office.inUse", dir));
            try {
                return work.apply(
                        new OfficeAccess(
                                dir,
                                pcClock(),
                                FxThreadGuard.NONE,
                                lock::close,
                                Store.Closing.QUICK));
            } catch (RuntimeException e) {
                lock.close();
                throw e;
            }
        }
    }

    private static Optional<OfficeLock> lock(Path dir) {
        try {
            return OfficeLock.tryAcquire(dir);
        } catch (IOException e) {
            throw new UserError(e, "error.store.cannotCreateFolder", dir);
        }
    }

    /** Opens the window, or hands the arguments to the window that already has this office. */
    int startWindow(Path dataDirOption, List<String> arguments) {
        Path dir = environment.dataDir(dataDirOption);
        List<String> files =
                arguments.stream().map(a -> Path.of(a).toAbsolutePath().toString()).toList();
        Optional<OfficeLock> lock = lock(dir);
        if (lock.isEmpty()) {
            // The window may be starting (double-click twice): give it a few seconds to listen.
            for (int attempt = 0; attempt < 12; attempt++) {
                if (InstanceChannel.handOver(dir, files)) {
                    out.println(Messages.format("window.handedOver"));
                    return Cli.OK;
                }
                sleep(250);
            }
            err.println(Messages.format("error.office.inUse", dir));
            return Cli.REFUSED;
        }
        // Start Logback while JavaFX starts, instead of before it.
        Thread logInit = new Thread(() -> LoggerFactory.getLogger(Launcher.class), "log-init");
        logInit.setDaemon(true);
        logInit.start();
        WindowGeometry geometry = WindowGeometry.load(dir);
        // JavaFX's own texts (text-field menus, colour pickers) in Chinese on any PC.
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        boolean benchmark = System.getenv(EXIT_WHEN_SHOWN) != null;
        Runnable onShown =
                benchmark
                        ? () -> {
                            out.println(SHOWN);
                            out.flush();
                            Runtime.getRuntime().halt(0);
                        }
                        : () -> {};
        // Listen before JavaFX starts, so that a second start finds the port at once; what
        // arrives before the window exists waits for it.
        CompletableFuture<BranchDeskWindow> windowReady = new CompletableFuture<>();
        InstanceChannel channel =
                listen(
                        dir,
                        received ->
                                windowReady.thenAccept(
                                        w ->
                                                Platform.runLater(
                                                        () -> w.receiveWhenReady(received))));
        IntConsumer exit =
                code -> {
                    if (channel != null) {
                        channel.close();
                    }
                    lock.get().close();
                    System.exit(code);
                };
        Runnable closed = () -> exit.accept(Cli.OK);
        try {
            Platform.startup(
                    () -> {
                        try {
                            BranchDeskWindow window =
                                    new BranchDeskWindow(
                                            dir,
                                            Environment.logFile(dir),
                                            new OfficeAccess(
                                                    dir,
                                                    pcClock(),
                                                    FxThreadGuard.refusing(FX_THREAD),
                                                    () -> {}),
                                            geometry,
                                            onShown,
                                            closed);
                            Thread.setDefaultUncaughtExceptionHandler(
                                    (thread, error) -> {
                                        log().error(
                                                        "uncaught error on {}",
                                                        thread.getName(),
                                                        error);
                                        Platform.runLater(() -> window.showUncaught(error));
                                    });
                            window.show(new Stage());
                            windowReady.complete(window);
                            if (!files.isEmpty()) {
                                window.receiveWhenReady(files);
                            }
                        } catch (RuntimeException e) {
                            log().error("cannot show the window", e);
                            err.println(
                                    Messages.format(
                                            "error.window.cannotStart",
                                            e.getClass().getSimpleName()));
                            err.flush();
                            Platform.exit();
                            exit.accept(Cli.REFUSED); // a window that never showed is no success
                        }
                    });
        } catch (RuntimeException e) {
            log().error("cannot start the window", e);
            err.println(Messages.format("error.window.cannotStart", e.getClass().getSimpleName()));
            if (channel != null) {
                channel.close();
            }
            lock.get().close();
            return Cli.REFUSED;
        }
        return Cli.KEEP_RUNNING;
    }

    private static InstanceChannel listen(Path dir, Consumer<List<String>> receiver) {
        try {
            return InstanceChannel.listen(dir, receiver);
        } catch (IOException e) {
            log().warn("a second start cannot hand over to this window: {}", e.toString());
            return null;
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Logger log() {
        return LoggerFactory.getLogger(Launcher.class);
    }

    /** {@code --data-dir} as given, read ahead of picocli to place the log file. */
    static Path dataDirOption(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir") && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            if (args[i].startsWith("--data-dir=")) {
                return Path.of(args[i].substring("--data-dir=".length()));
            }
        }
        return null;
    }

    /** The console's encoding on Windows; UTF-8 elsewhere (pipes, CI, terminals). */
    private static Charset consoleCharset() {
        String enc =
                System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding"));
        try {
            return enc != null && System.console() != null
                    ? Charset.forName(enc)
                    : StandardCharsets.UTF_8;
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /**
     * The PC's clock. The office's own zone is applied once it is open ({@code Services}); before
     * that (lock-out times, backup file names) its default zone, not the PC's.
     */
    private static Clock pcClock() {
        return Clock.system(OfficeClock.DEFAULT_ZONE);
    }
}
