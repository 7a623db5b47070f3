package org.branchdesk.ui.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.branchdesk.domain.care.PaymentKind;
import org.branchdesk.domain.care.PaymentState;
import org.branchdesk.service.care.FundService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch wizards without a toolkit, on the demo street (whose March 2020 living subsidy and
 * February 2020 work allowances were paid): a preview shows who is paid and who is left out, and
 * why it would be refused; saving saves exactly what was shown.
 */
class BatchWizardViewModelTest {
    static final String OPERATING = "青槐街道社区工作经费";
    static final String PARTY_FEES = "2020年上级下拨专项党费";

    @TempDir Path dir;
    CareFixture office;
    PaymentsViewModel page;

    @BeforeEach
    void open() {
        office = CareFixture.demo(dir);
        page = office.payments();
        page.reload();
    }

    @AfterEach
    void close() {
        assertThat(office.tasks.unhandled()).isEmpty();
        office.close();
    }

    static FundService.Line fund(BatchWizardViewModel w, String name) {
        return w.funds().stream()
                .filter(l -> l.fund().name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    int payments() {
        return office.services.stats().counts().get("payments");
    }

    @Test
    void aMonthsLivingSubsidyIsPreviewedThenSavedExactlyAsShown() {
        BatchWizardViewModel w = page.batch(PaymentKind.LIVING_SUBSIDY);
        assertThat(w.monthTextProperty().get())
                .isEqualTo(office.today().toString().substring(0, 7));
        assertThat(w.canPreviewProperty().get()).isFalse();
        assertThat(w.missingProperty().get()).isNotEmpty();
        w.monthTextProperty().set("2020-4");
        assertThat(w.periodMessageProperty().get()).isEqualTo("“2020-4”不是月份，应写成 2020-03");
        w.monthTextProperty().set("2020-04");
        assertThat(w.periodMessageProperty().get()).isEmpty();
        w.fundProperty().set(fund(w, OPERATING));
        w.rate().textProperty().set("800.001");
        assertThat(w.rate().messageProperty().get()).contains("最多两位小数");
        assertThat(w.canPreviewProperty().get()).isFalse();
        w.rate().textProperty().set("800");
        assertThat(w.canPreviewProperty().get()).isTrue();
        assertThat(w.canSaveProperty().get()).as("nothing previewed yet").isFalse();

        int before = payments();
        w.preview();
        assertThat(payments()).as("a preview changes nothing").isEqualTo(before);
        assertThat(w.rows()).isNotEmpty();
        assertThat(w.refusalsProperty().get()).isEmpty();
        assertThat(w.canSaveProperty().get()).isTrue();
        assertThat(w.basisText(w.rows().get(0))).isEqualTo("¥800.00 × 1 月");
        assertThat(w.rows()).allSatisfy(r -> assertThat(r.maskedId()).contains("*"));
        int n = w.rows().size();
        assertThat(w.totalProperty().get())
                .startsWith("合计 " + n + " 人，¥" + String.format("%,d", 800 * n) + ".00（人民币")
                .contains("经费“青槐街道社区工作经费”当前余额");

        w.rate().textProperty().set("900");
        assertThat(w.previewProperty().get()).as("a change clears what was shown").isNull();
        assertThat(w.rows()).isEmpty();
        assertThat(w.canSaveProperty().get()).isFalse();
        w.rate().textProperty().set("800");
        w.preview();

        w.save();
        assertThat(w.savedProperty().get()).isNotNull();
        assertThat(payments()).isEqualTo(before + n);
        assertThat(page.noticeProperty().get().text()).startsWith("已保存批次 B");
        assertThat(page.kindProperty().get()).isEqualTo(PaymentKind.LIVING_SUBSIDY);
        assertThat(page.stateProperty().get()).isEqualTo(PaymentState.RECORDED);
        assertThat(page.rows())
                .filteredOn(l -> l.payment().periodFrom().equals(LocalDate.of(2020, 4, 1)))
                .hasSize(n);

        BatchWizardViewModel again = page.batch(PaymentKind.LIVING_SUBSIDY);
        again.monthTextProperty().set("2020-04");
        again.fundProperty().set(fund(again, OPERATING));
        again.rate().textProperty().set("800");
        again.preview();
        assertThat(again.rows()).as("April is paid now").isEmpty();
        assertThat(again.skipped()).hasSize(n);
        assertThat(again.skipped().get(0).reason()).startsWith("已有同期生活补贴");
        assertThat(again.skippedTitleProperty().get()).isEqualTo("未列入 " + n + " 人：");
        assertThat(again.refusalsProperty().get()).contains("没有可发放的人员");
        assertThat(again.canSaveProperty().get()).isFalse();
    }

    @Test
    void aBatchThePartyFeesMayNotPayIsShownWithTheRefusalAndCannotBeSaved() {
        BatchWizardViewModel w = page.batch(PaymentKind.LIVING_SUBSIDY);
        w.monthTextProperty().set("2020-05");
        w.fundProperty().set(fund(w, PARTY_FEES));
        w.rate().textProperty().set("800");
        w.preview();
        assertThat(w.rows()).isNotEmpty();
        assertThat(w.refusalsProperty().get()).contains("不能支付生活补贴").contains("当前余额");
        assertThat(w.canSaveProperty().get()).isFalse();
    }

    @Test
    void aWorkAllowanceTakesARangeInOrder() {
        BatchWizardViewModel w = page.batch(PaymentKind.WORK_ALLOWANCE);
        w.fundProperty().set(fund(w, OPERATING));
        w.rate().textProperty().set("60");
        w.fromProperty().set(LocalDate.of(2020, 2, 29));
        w.toProperty().set(LocalDate.of(2020, 2, 1));
        assertThat(w.periodMessageProperty().get()).isEqualTo("截止日期早于起始日期");
        assertThat(w.canPreviewProperty().get()).isFalse();
        w.fromProperty().set(LocalDate.of(2020, 2, 1));
        w.toProperty().set(LocalDate.of(2020, 2, 29));
        w.preview();
        assertThat(w.skipped()).as("February was paid").isNotEmpty();
        assertThat(w.rows()).isEmpty();
        assertThat(w.canSaveProperty().get()).isFalse();
    }
}
