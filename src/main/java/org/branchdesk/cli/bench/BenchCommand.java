package org.branchdesk.cli.bench;

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
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.branchdesk.cli.Cli;
import org.branchdesk.cli.Credentials;
import org.branchdesk.cli.OfficeOpener;
import org.branchdesk.cli.RootCommand;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.service.Services;
import org.branchdesk.service.coverage.CoverageService;
import org.branchdesk.service.demo.DemoGenerator;
import org.branchdesk.service.documents.DocumentService;
import org.branchdesk.service.documents.LedgerKind;
import org.branchdesk.service.importing.ImportOptions;
import org.branchdesk.service.importing.ImportProgress;
import org.branchdesk.service.registers.MemberFilter;
import org.branchdesk.service.sheets.CsvFile;
import org.branchdesk.service.sheets.SheetRow;
import org.branchdesk.service.sheets.Spreadsheets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bench startup|registers|print|roster}: measures on generated data, in a temporary folder,
 * and prints {@code key: milliseconds} lines with the medians (and every run in brackets).
 *
 * <ul>
 *   <li>{@code startup}: from process start to a visible window, BranchDesk's and a bare JavaFX
 *       window's, and a {@code stats} call, in fresh processes (needs a display);
 *   <li>{@code registers}: a street of {@code --members} members (default 100,000; about 1,200
 *       compounds): the organization tree with counts, member searches, coverage of all compounds,
 *       and the import of a 20,000-row {@code .xlsx}.
 *   <li>{@code print}: a members ledger of 10,000 members in a warm JVM, then the whole {@code
 *       ledger members} command in fresh processes, beside its baseline ({@code BareCommand}: the
 *       key unlocked, the file opened and the rows read, nothing else).
 *   <li>{@code roster}: the auto-fill of a generated feasible roster (300 people, 600 shifts), and
 *       checking 20,000 generated shifts with their assignments ({@link RosterBench}).
 * </ul>
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false)
public final class BenchCommand implements Callable<Integer> {
    /**
     * Environment variable that makes a window print {@link #SHOWN} and exit once it is visible.
     */
    public static final String EXIT_WHEN_SHOWN = "BRANCHDESK_EXIT_WHEN_SHOWN";

    public static final String SHOWN = "branchdesk-window-shown";
    static final String LAUNCHER = "org.branchdesk.app.Launcher";
    static final String BARE_WINDOW = "org.branchdesk.app.BareWindow";
    static final String BARE_COMMAND = "org.branchdesk.app.BareCommand";
    static final int IMPORT_ROWS = 20_000;

    /** What to measure. */
    enum Target {
        startup,
        registers,
        print,
        roster
    }

    /** The administrator of the benchmark's temporary offices (and of the processes it starts). */
    private static final String BENCH_USER = "measure";

    private static final String BENCH_PASSWORD = "Bench-" + UUID.randomUUID();

    /** Fresh each time: an opener clears the password it was given. */
    private static Credentials benchAccount() {
        return new Credentials(BENCH_USER, BENCH_PASSWORD.toCharArray());
    }

    private final OfficeOpener opener;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TARGET", descriptionKey = "param.benchTarget")
    Target target;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "7", descriptionKey = "option.runs")
    int runs;

    @Option(
            names = "--members",
            paramLabel = "N",
            defaultValue = "100000",
            descriptionKey = "option.benchMembers")
    int members;

    public BenchCommand(OfficeOpener opener) {
        this.opener = opener;
    }

    @Override
    public Integer call() throws Exception {
        if (runs < 1 || runs > 100) {
            throw new UserError("cli.bench.badRuns", runs);
        }
        if (members < 1000 || members > 1_000_000) {
            throw new UserError("cli.bench.badMembers", members);
        }
        PrintWriter out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("branchdesk-bench");
        try {
            out.println(Messages.format("cli.bench.header", runs));
            switch (target) {
                case startup -> startup(out, dir);
                case registers -> registers(out, dir);
                case print -> print(out, dir);
                case roster -> new RosterBench(out, runs).run();
            }
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return Cli.OK;
    }

    // ------------------------------------------------------------------ registers

    private void registers(PrintWriter out, Path dir) throws IOException {
        Runtime rt = Runtime.getRuntime();
        try (Services s = opener.openOrSetUp(dir.resolve("office"), benchAccount()).services()) {
            long t0 = System.nanoTime();
            s.demo().load(members, false);
            out.println(
                    "setup_demo_"
                            + members
                            + "_members_ms: "
                            + (System.nanoTime() - t0) / 1_000_000);
            out.println("street: " + s.stats().counts());
            long c0 = System.nanoTime();
            s.places().tree(); // the first read after a change builds the in-memory register
            out.println("tree_first_open_after_change_ms: " + (System.nanoTime() - c0) / 1_000_000);
            report(out, "tree_with_counts_ms", time(() -> s.places().tree()));
            report(
                    out,
                    "member_search_name_ms",
                    time(
                            () ->
                                    s.members()
                                            .search(
                                                    MemberFilter.text(
                                                            Messages.format("bench.searchName")),
                                                    200)));
            report(
                    out,
                    "member_search_id_tail_ms",
                    time(() -> s.members().search(MemberFilter.text("0036"), 200)));
            report(
                    out,
                    "member_search_phone_ms",
                    time(() -> s.members().search(MemberFilter.text("1995"), 200)));
            report(
                    out,
                    "coverage_all_ms",
                    time(() -> s.coverage().coverage(CoverageService.Filter.ALL)));
            System.gc();
            out.println("heap_used_mb: " + (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
        }
        // A 20,000-row .xlsx into an office that has the street's compounds and branches.
        DemoGenerator.Street street =
                DemoGenerator.generate(
                        IMPORT_ROWS,
                        Messages.format("bench.office"),
                        Messages.format("bench.docPrefix"));
        Path xlsx = dir.resolve("members-" + IMPORT_ROWS + ".xlsx");
        List<SheetRow> rows = CsvFile.parse(street.membersCsv());
        List<List<String>> data = new ArrayList<>();
        for (SheetRow r : rows.subList(1, rows.size())) {
            if (!r.isBlank()) {
                data.add(r.cells());
            }
        }
        Spreadsheets.writeXlsx(
                xlsx, Messages.format("template.sheet.MEMBERS"), rows.get(0).cells(), data);
        try (Services s = opener.openOrSetUp(dir.resolve("import"), benchAccount()).services()) {
            s.office()
                    .initialize(
                            Messages.format("bench.office"),
                            null,
                            Messages.format("bench.docPrefix"));
            s.imports()
                    .run(
                            s.compoundImport(),
                            street.compoundsCsv().getBytes(StandardCharsets.UTF_8),
                            "c.csv",
                            ImportOptions.ALL_OR_NOTHING,
                            ImportProgress.NONE);
            s.imports()
                    .run(
                            s.orgImport(),
                            write(dir, "o.csv", street.organizationsCsv()),
                            ImportOptions.ALL_OR_NOTHING,
                            ImportProgress.NONE);
            long t0 = System.nanoTime();
            var result =
                    s.imports()
                            .run(
                                    s.memberImport(),
                                    xlsx,
                                    ImportOptions.ALL_OR_NOTHING,
                                    ImportProgress.NONE);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (!result.applied()) {
                throw new UserError("cli.bench.failed", xlsx, 1);
            }
            out.println(
                    "import_xlsx_"
                            + IMPORT_ROWS
                            + "_rows_ms: "
                            + ms
                            + "  ("
                            + Files.size(xlsx) / 1024
                            + " KB, "
                            + s.stats().counts().get("members")
                            + " "
                            + Messages.format("cli.bench.membersImported")
                            + ")");
        }
        out.flush();
    }

    // ------------------------------------------------------------------ print

    /**
     * A members ledger of an office with {@code --members} members (10,000 unless given): its
     * rendering in a warm JVM (data, layout, PDF) and its printing with the register's row hashes,
     * the PDF's size, then the whole {@code ledger members} command in fresh processes.
     */
    private void print(PrintWriter out, Path dir) throws IOException, InterruptedException {
        int n =
                spec.commandLine().getParseResult().hasMatchedOption("--members")
                        ? members
                        : 10_000;
        Path data = dir.resolve("office");
        Path pdf = dir.resolve("members.pdf");
        DocumentService.LedgerRequest req =
                new DocumentService.LedgerRequest(LedgerKind.MEMBERS, null, null);
        try (Services s = opener.openOrSetUp(data, benchAccount()).services()) {
            s.demo().load(n, false);
            out.println(
                    "office: "
                            + s.stats().counts().get("members")
                            + " "
                            + Messages.format("cli.bench.members"));
            List<Long> read = new ArrayList<>();
            List<Long> render = new ArrayList<>();
            for (int i = 0; i < 3 + runs; i++) {
                DocumentService.Timing t = s.documents().timeLedger(req);
                if (i >= 3) { // the first three warm the JVM
                    read.add((t.dataMicros() + 500) / 1000);
                    render.add((t.renderMicros() + 500) / 1000);
                }
            }
            report(out, "ledger_members_rows_read_ms", read);
            report(out, "ledger_members_pdf_render_ms", render);
            report(
                    out,
                    "ledger_members_preview_to_file_ms",
                    time(() -> s.documents().printLedger(req, pdf, true)));
            DocumentService.Printed p = s.documents().printLedger(req, pdf, false);
            out.println(
                    "ledger_members_pdf: "
                            + p.pages()
                            + " pages, "
                            + p.rows()
                            + " rows, "
                            + Files.size(pdf) / 1024
                            + " KB");
            report(
                    out,
                    "ledger_members_print_and_record_ms",
                    time(() -> s.documents().printLedger(req, pdf, false)));
        }
        List<String> app = appCommand();
        report(
                out,
                "ledger_members_command_ms",
                times(
                        concat(
                                app,
                                "--data-dir",
                                data.toString(),
                                "ledger",
                                "members",
                                "--out",
                                dir.resolve("cmd.pdf").toString()),
                        false));
        // its baseline: unlock the key, open the file, read the rows; nothing else
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        report(
                out,
                "ledger_members_baseline_ms",
                times(
                        List.of(
                                java,
                                "-cp",
                                System.getProperty("java.class.path"),
                                BARE_COMMAND,
                                data.toString()),
                        false));
    }

    private static Path write(Path dir, String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private List<Long> time(Supplier<?> work) {
        for (int i = 0; i < 3; i++) {
            work.get(); // warm up: JIT and the database's caches
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            work.get();
            micros.add((System.nanoTime() - t0) / 1_000);
        }
        return micros.stream().map(us -> (us + 500) / 1000).toList();
    }

    // ------------------------------------------------------------------ startup

    /** This program as a fresh process: the same jar, or the same class path and launcher. */
    private static List<String> appCommand() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        return cp.endsWith(".jar") && !cp.contains(File.pathSeparator)
                ? List.of(java, "-jar", cp)
                : List.of(java, "-cp", cp, LAUNCHER);
    }

    private void startup(PrintWriter out, Path dir) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        List<String> app = appCommand();
        Path data = dir.resolve("office");
        run(concat(app, "--data-dir", data.toString(), "demo"), false);
        report(out, "startup_bare_window_ms", times(List.of(java, "-cp", cp, BARE_WINDOW), true));
        report(out, "startup_window_ms", times(concat(app, "--data-dir", data.toString()), true));
        report(out, "stats_ms", times(concat(app, "--data-dir", data.toString(), "stats"), false));
    }

    private List<Long> times(List<String> command, boolean window)
            throws IOException, InterruptedException {
        List<Long> ms = new ArrayList<>();
        run(command, window); // warm the disk cache once, not counted
        for (int i = 0; i < runs; i++) {
            ms.add(run(command, window));
        }
        return ms;
    }

    /** Runs a process; for a window, until it reports itself shown. Returns milliseconds. */
    private long run(List<String> command, boolean window)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put(RootCommand.USER_VARIABLE, BENCH_USER);
        pb.environment().put(RootCommand.PASSWORD_VARIABLE, BENCH_PASSWORD);
        if (window) {
            pb.environment().put(EXIT_WHEN_SHOWN, "1");
        }
        long t0 = System.nanoTime();
        Process p = pb.start();
        Thread watchdog =
                new Thread(
                        () -> {
                            try {
                                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                                    p.destroyForcibly();
                                }
                            } catch (InterruptedException e) {
                                p.destroyForcibly();
                            }
                        },
                        "bench-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        long shownAt = -1;
        try (BufferedReader r =
                new BufferedReader(
                        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (window && line.contains(SHOWN) && shownAt < 0) {
                    shownAt = System.nanoTime();
                }
            }
        }
        p.waitFor(60, TimeUnit.SECONDS);
        long end = System.nanoTime();
        if (window && shownAt < 0) {
            throw new UserError("cli.bench.noWindow", String.join(" ", command));
        }
        if (!window && p.exitValue() != 0) {
            throw new UserError("cli.bench.failed", String.join(" ", command), p.exitValue());
        }
        return ((window ? shownAt : end) - t0) / 1_000_000;
    }

    static void report(PrintWriter out, String key, List<Long> ms) {
        List<Long> sorted = new ArrayList<>(ms);
        sorted.sort(null);
        long median = sorted.get(sorted.size() / 2);
        out.println(
                key + ": " + median + "  (" + Messages.format("cli.bench.runs") + " " + ms + ")");
        out.flush();
    }

    private static List<String> concat(List<String> base, String... more) {
        List<String> all = new ArrayList<>(base);
        all.addAll(List.of(more));
        return all;
    }
}
