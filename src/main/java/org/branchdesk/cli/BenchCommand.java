package org.branchdesk.cli;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.branchdesk.domain.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench startup [--runs N]}: measures, in fresh processes, the time from process start
 * to a visible window (BranchDesk's and a bare JavaFX window's) and the time of a
 * {@code stats} call, and prints medians. Needs a display for the window figures.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false)
public final class BenchCommand implements Callable<Integer> {
    /** Environment variable that makes a window print {@link #SHOWN} and exit once it is visible. */
    public static final String EXIT_WHEN_SHOWN = "BRANCHDESK_EXIT_WHEN_SHOWN";
    public static final String SHOWN = "branchdesk-window-shown";
    static final String LAUNCHER = "org.branchdesk.app.Launcher";
    static final String BARE_WINDOW = "org.branchdesk.app.BareWindow";

    /** What to measure. */
    enum Target { startup }

    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "TARGET", descriptionKey = "param.benchTarget")
    Target target;
    @Option(names = "--runs", paramLabel = "N", defaultValue = "7", descriptionKey = "option.runs")
    int runs;

    BenchCommand(OfficeOpener opener) {
        // the startup benchmark runs other processes and opens no office itself
    }

    @Override
    public Integer call() throws Exception {
        if (runs < 1 || runs > 100) {
            throw new UserError("cli.bench.badRuns", runs);
        }
        PrintWriter out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("branchdesk-bench");
        try {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String cp = System.getProperty("java.class.path");
            List<String> app = cp.endsWith(".jar") && !cp.contains(File.pathSeparator)
                    ? List.of(java, "-jar", cp) : List.of(java, "-cp", cp, LAUNCHER);
            Path data = dir.resolve("office");
            run(concat(app, "--data-dir", data.toString(), "demo"), false);
            out.println(UserError.format("cli.bench.header", runs));
            report(out, "startup_bare_window_ms", times(List.of(java, "-cp", cp, BARE_WINDOW), true));
            report(out, "startup_window_ms", times(concat(app, "--data-dir", data.toString()), true));
            report(out, "stats_ms", times(concat(app, "--data-dir", data.toString(), "stats"), false));
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return Cli.OK;
    }

    private List<Long> times(List<String> command, boolean window) throws IOException, InterruptedException {
        List<Long> ms = new ArrayList<>();
        run(command, window); // warm the disk cache once, not counted
        for (int i = 0; i < runs; i++) {
            ms.add(run(command, window));
        }
        return ms;
    }

    /** Runs a process; for a window, until it reports itself shown. Returns milliseconds. */
    private long run(List<String> command, boolean window) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (window) {
            pb.environment().put(EXIT_WHEN_SHOWN, "1");
        }
        long t0 = System.nanoTime();
        Process p = pb.start();
        Thread watchdog = new Thread(() -> {
            try {
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
            }
        }, "bench-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        long shownAt = -1;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (window && line.contains(SHOWN) && shownAt < 0) {
                    shownAt = System.nanoTime();
                }
            }
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        long end = System.nanoTime();
        if (window && shownAt < 0) {
            throw new UserError("cli.bench.noWindow", String.join(" ", command));
        }
        if (!window && p.exitValue() != 0) {
            throw new UserError("cli.bench.failed", String.join(" ", command), p.exitValue());
        }
        return ((window ? shownAt : end) - t0) / 1_000_000;
    }

    private static void report(PrintWriter out, String key, List<Long> ms) {
        List<Long> sorted = new ArrayList<>(ms);
        sorted.sort(null);
        long median = sorted.get(sorted.size() / 2);
        out.println(key + ": " + median + "  (" + UserError.format("cli.bench.runs") + " " + ms + ")");
        out.flush();
    }

    private static List<String> concat(List<String> base, String... more) {
        List<String> all = new ArrayList<>(base);
        all.addAll(List.of(more));
        return all;
    }
}
