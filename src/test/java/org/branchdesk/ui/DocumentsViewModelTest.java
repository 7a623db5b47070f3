package org.branchdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.branchdesk.service.Services;
import org.branchdesk.service.documents.Verification;
import org.branchdesk.testing.CurrentThreadTaskExecutor;
import org.branchdesk.testing.TestOffice;
import org.branchdesk.ui.common.Desk;
import org.branchdesk.ui.documents.DocumentsViewModel;
import org.branchdesk.ui.documents.DocumentsViewModel.Item;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentsViewModelTest {
    @TempDir Path dir;
    Services services;
    CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
    DocumentsViewModel vm;
    List<Path> printed = new ArrayList<>();
    boolean cancelPrint;

    @BeforeEach
    void open() throws Exception {
        services = TestOffice.open(dir.resolve("office"));
        services.demo().load(0, false);
        Path scratch = Files.createDirectories(dir.resolve("scratch"));
        vm =
                new DocumentsViewModel(
                        services.documents(),
                        services.places(),
                        services.office(),
                        tasks,
                        new Desk() {
                            @Override
                            public Object choosePrinter(String jobName) {
                                return cancelPrint ? null : "printer";
                            }

                            @Override
                            public void print(Object printer, Path pdf) {
                                printed.add(pdf);
                            }

                            @Override
                            public void open(Path pdf) {
                                printed.add(pdf);
                            }
                        },
                        scratch);
        vm.reload();
    }

    @AfterEach
    void close() {
        assertThat(tasks.unhandled()).isEmpty();
        services.close();
    }

    @Test
    void aPreviewRecordsNothingAndPrintingRecordsTheLedgerWithItsCode() {
        vm.itemProperty().set(Item.LEDGER_DISTRIBUTION);
        vm.communityProperty().set("柳岸社区");
        vm.preview();
        assertThat(vm.pagesProperty().get()).isPositive();
        assertThat(vm.pageImageProperty().get().width()).isGreaterThan(500);
        assertThat(vm.recordedProperty().get()).isFalse();
        assertThat(vm.register()).isEmpty();

        cancelPrint = true;
        vm.print();
        assertThat(vm.register()).as("a cancelled print dialog records nothing").isEmpty();
        cancelPrint = false;
        vm.print();
        assertThat(printed).hasSize(1);
        assertThat(vm.recordedProperty().get()).isTrue();
        assertThat(vm.currentLabelProperty().get()).contains("分布第1号").contains("验证码");
        assertThat(vm.register())
                .singleElement()
                .satisfies(e -> assertThat(e.category()).isEqualTo("LEDGER"));
        vm.print();
        assertThat(vm.register())
                .as("printing the same recorded file again takes no new serial")
                .hasSize(1);

        vm.codeProperty().set(vm.register().get(0).code());
        vm.verify();
        assertThat(vm.verificationProperty().get().status())
                .isEqualTo(Verification.Status.UNCHANGED);
        assertThat(vm.describe(vm.verificationProperty().get())).contains("未改变");
    }

    @Test
    void aNoticeIsADraftUntilIssuedAndPagesTurn() throws Exception {
        vm.itemProperty().set(Item.NOTICE_BRANCH_APPROVAL);
        vm.preview();
        assertThat(vm.noticeProperty().get().text()).contains("请先选择党支部");
        vm.clearNotice();
        var subject =
                vm.subjects().stream()
                        .filter(s -> s.name().equals("槐荫里党支部"))
                        .findFirst()
                        .orElseThrow();
        vm.subjectProperty().set(subject);
        vm.signedOnProperty().set(LocalDate.of(2020, 2, 10));
        vm.preview();
        assertThat(vm.currentLabelProperty().get()).contains("草稿");
        assertThat(vm.issuingMarkProperty().get()).isEqualTo("中共青槐街道工作委员会");
        vm.issuingMarkProperty().set("中共青槐街道工作委员会文件");
        vm.issue();
        assertThat(vm.currentLabelProperty().get()).isEqualTo("青槐街党工〔2020〕1号");
        assertThat(services.office().issuingMark()).isEqualTo("中共青槐街道工作委员会文件");
        assertThat(vm.noticeProperty().get().text()).contains("已签发");
        Path saved = dir.resolve("批复.pdf");
        vm.saveAs(saved);
        assertThat(saved).exists();
        int pages = vm.pagesProperty().get();
        vm.nextPage();
        assertThat(vm.pageProperty().get()).isEqualTo(Math.min(1, pages - 1));
        double zoom = vm.zoomProperty().get();
        vm.zoomIn();
        assertThat(vm.zoomProperty().get()).isGreaterThan(zoom);
    }

    /** Prints what is chosen, then checks its code from the register: unchanged. */
    void printAndVerify() {
        vm.print();
        assertThat(vm.recordedProperty().get()).isTrue();
        vm.codeProperty().set(vm.register().get(0).code());
        vm.verify();
        assertThat(vm.verificationProperty().get().status())
                .isEqualTo(Verification.Status.UNCHANGED);
    }

    @Test
    void aWeeksRosterIsPrintedForACompoundWithTheFiltersItsKindTakesAndVerified() {
        vm.itemProperty().set(Item.LEDGER_ROSTER);
        assertThat(
                        Item.LEDGER_ROSTER.takes(
                                org.branchdesk.service.documents.LedgerKind.Filter.WEEK))
                .isTrue();
        assertThat(
                        Item.LEDGER_ROSTER.takes(
                                org.branchdesk.service.documents.LedgerKind.Filter.AS_OF))
                .isFalse();
        assertThat(
                        Item.NOTICE_BRANCH_SETUP.takes(
                                org.branchdesk.service.documents.LedgerKind.Filter.COMMUNITY))
                .isFalse();
        vm.communityProperty().set("青槐社区");
        assertThat(vm.compounds()).contains("青槐小区", "槐荫里");
        vm.compoundProperty().set("青槐小区");
        vm.weekProperty().set(LocalDate.of(2020, 2, 26));
        printAndVerify();
        assertThat(vm.register().get(0).title()).contains("青槐小区");
        vm.communityProperty().set("柳岸社区");
        assertThat(vm.compoundProperty().get()).as("another community's compounds").isNull();
    }

    @Test
    void theHoursLedgerIsPrintedOverAPeriodAndVerified() {
        vm.itemProperty().set(Item.LEDGER_HOURS);
        vm.communityProperty().set("青槐社区");
        vm.fromProperty().set(LocalDate.of(2020, 2, 3));
        vm.toProperty().set(LocalDate.of(2020, 2, 9));
        printAndVerify();
    }

    @Test
    void everyLedgerKindCanBeChosenOnTheScreen() {
        for (var k : org.branchdesk.service.documents.LedgerKind.values()) {
            assertThat(Item.valueOf("LEDGER_" + k.name()).isNotice()).isFalse();
        }
    }
}
