package org.branchdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.branchdesk.domain.members.CitizenId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code development} end to end on the demo street: an application with the ID number read from a
 * file (never the command line), steps with their people, a step taken too early refused with the
 * rule in Chinese and {@code stats} unchanged, the list and the ledger.
 */
class DevelopmentCommandLineTest {
    @TempDir Path dir;

    record Run(int code, String out, String err) {}

    Run run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.resolve("office").toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code =
                new Launcher(
                                new Environment("Linux", CommandLineTest.ADMIN, dir.toString()),
                                new PrintWriter(out, true),
                                new PrintWriter(err, true))
                        .run(all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    Run ok(String... args) {
        Run r = run(args);
        assertThat(r.code()).as(String.join(" ", args) + "\n" + r.out() + r.err()).isZero();
        return r;
    }

    /** Refused: exit 1, the message contains {@code words}, and {@code stats} is as it was. */
    void refused(String words, String... args) {
        String before = run("stats").out();
        Run r = run(args);
        assertThat(r.code()).as(String.join(" ", args) + "\n" + r.out() + r.err()).isEqualTo(1);
        assertThat(r.err()).contains(words);
        assertThat(run("stats").out()).isEqualTo(before);
    }

    @Test
    void anApplicantGoesStepByStepAndAStepTakenTooEarlyExitsOneChangingNothing() throws Exception {
        ok("demo");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String first17 = "990799" + "20010315" + "777";
        String idNumber = first17 + CitizenId.checkCharacter(first17);
        Path idFile = dir.resolve("id.txt");
        Files.writeString(idFile, idNumber + "\n", StandardCharsets.UTF_8);

        refused(
                "--id-number-file",
                "development",
                "add",
                "--applicant",
                "祁安然",
                "--branch",
                "松柏小区党支部",
                "--on",
                today.minusDays(500).toString());
        LocalDate applied = today.minusDays(500);
        Run add =
                ok(
                        "development",
                        "add",
                        "--applicant",
                        "祁安然",
                        "--id-number-file",
                        idFile.toString(),
                        "--branch",
                        "松柏小区党支部",
                        "--on",
                        applied.toString(),
                        "--doc",
                        "松柏支〔2025〕9号",
                        "--front-line",
                        "--priority",
                        "3");
        assertThat(add.out()).contains("祁安然").doesNotContain(idNumber);
        ok(
                "development",
                "step",
                "--applicant",
                "祁安然",
                "--step",
                "application-talk",
                "--on",
                applied.plusDays(10).toString(),
                "--material",
                "application-letter");
        LocalDate activist = applied.plusDays(40);
        ok(
                "development",
                "step",
                "--applicant",
                "祁安然",
                "--step",
                "3",
                "--on",
                activist.toString(),
                "--contact",
                "袁海");

        // a candidate before a full year as an activist
        refused(
                "一年以上",
                "development",
                "step",
                "--applicant",
                "祁安然",
                "--step",
                "candidate",
                "--on",
                activist.plusMonths(11).toString(),
                "--sponsor",
                "梁超",
                "--sponsor",
                "孔丽");
        // out of order
        refused(
                "还没有记录“确定发展对象”",
                "development",
                "step",
                "--applicant",
                "祁安然",
                "--step",
                "political-review",
                "--on",
                today.toString());
        ok(
                "development",
                "step",
                "--applicant",
                "祁安然",
                "--step",
                "candidate",
                "--on",
                activist.plusYears(1).toString(),
                "--sponsor",
                "梁超",
                "--sponsor",
                "孔丽");

        Run list = ok("development", "list");
        String first = list.out().lines().findFirst().orElseThrow();
        assertThat(first).as("front line, priority 3, first").contains("祁安然").contains("一线");
        assertThat(first).contains("确定发展对象").contains("下一步：政治审查");
        assertThat(list.out()).doesNotContain(idNumber).contains("卓文静");
        assertThat(ok("stats").out()).contains("development_cases: 14");

        Run ledger = ok("ledger", "development", "--out", dir.resolve("发展.pdf").toString());
        assertThat(ledger.out()).contains("14 行");
    }

    @Test
    void theIdNumberNeverComesOnTheCommandLineAndAnUnknownApplicantIsNamed() {
        ok("demo");
        refused(
                "没有“无名氏”的发展党员记录",
                "development",
                "step",
                "--applicant",
                "无名氏",
                "--step",
                "2",
                "--on",
                "2026-01-01");
        Run help = run("development", "add", "--help");
        assertThat(help.out()).contains("--id-number-file").doesNotContain("--id-number ");
    }
}
