package org.branchdesk.ui.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.branchdesk.domain.care.FundSource;
import org.branchdesk.domain.care.PaymentKind;
import org.branchdesk.domain.care.RecipientKind;
import org.branchdesk.service.care.FundService;
import org.branchdesk.service.care.PaymentService.Candidate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The payment form without a toolkit, on the demo street: every refusal of the domain is a binding
 * that says why, and 确定 is enabled only when there is none.
 */
class PaymentFormViewModelTest {
    static final String PARTY_FEES = "2020年上级下拨党费专项";
    static final String OPERATING = "社区工作经费";

    @TempDir Path dir;
    CareFixture office;
    PaymentsViewModel page;
    PaymentFormViewModel f;

    @BeforeEach
    void open() {
        office = CareFixture.demo(dir);
        office.fund(PARTY_FEES, FundSource.SPECIAL_PARTY_FEES, "5000");
        office.fund(OPERATING, FundSource.COMMUNITY_OPERATING, "1000");
        page = office.payments();
        page.reload();
        f = page.newPayment();
    }

    @AfterEach
    void close() {
        assertThat(office.tasks.unhandled()).isEmpty();
        office.close();
    }

    FundService.Line fund(String name) {
        return f.funds().stream()
                .filter(l -> l.fund().name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    Candidate someone(RecipientKind kind) {
        f.searchProperty().set("");
        return f.candidates().stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
    }

    /** Fills a payment the rules allow: solicitude from party fees to a member. */
    void fillValid() {
        f.kindProperty().set(PaymentKind.SOLICITUDE);
        f.recipientProperty().set(someone(RecipientKind.MEMBER));
        f.fundProperty().set(fund(PARTY_FEES));
        f.amount().textProperty().set("1409.50");
        f.reasonProperty().set("春节慰问");
        assertThat(f.canSaveProperty().get()).as(f.missingProperty().get()).isTrue();
    }

    @Test
    void theRecipientIsPickedFromMembersPeopleAndOrganizationsWithIdNumbersMasked() {
        assertThat(f.candidates())
                .extracting(Candidate::kind)
                .contains(RecipientKind.MEMBER, RecipientKind.ORGANIZATION);
        Candidate member = someone(RecipientKind.MEMBER);
        assertThat(member.detail()).contains("*");
        assertThat(PaymentFormViewModel.candidateText(member)).startsWith(member.name() + "　党员 · ");
        f.searchProperty().set(member.name());
        assertThat(f.candidates()).allMatch(c -> c.name().contains(member.name()));
        f.searchProperty().set("无此人之名");
        assertThat(f.candidates()).isEmpty();
        assertThat(f.candidatesPlaceholderProperty().get()).contains("无此人之名");
    }

    @Test
    void everyRefusalOfTheRulesIsABindingThatSaysWhy() {
        fillValid();
        assertThat(f.amount().capitalsProperty().get()).isEqualTo("¥1,409.50　人民币壹仟肆佰零玖元伍角");
        assertThat(f.balanceNoteProperty().get())
                .isEqualTo("“2020年上级下拨党费专项”当前余额 ¥5,000.00，这笔之后 ¥3,590.50");

        f.amount().textProperty().set("-5");
        assertThat(f.amountMessageProperty().get()).contains("不能是负数");
        assertThat(f.canSaveProperty().get()).isFalse();
        f.amount().textProperty().set("12.345");
        assertThat(f.amountMessageProperty().get()).contains("最多两位小数");
        assertThat(f.canSaveProperty().get()).isFalse();
        f.amount().textProperty().set("1409.50");
        assertThat(f.canSaveProperty().get()).isTrue();

        f.kindProperty().set(PaymentKind.LIVING_SUBSIDY);
        assertThat(f.fundMessageProperty().get()).contains("不能支付生活补贴").contains("当前余额 ¥5,000.00");
        assertThat(f.canSaveProperty().get()).isFalse();

        f.kindProperty().set(PaymentKind.COMMENDATION_REWARD);
        f.recipientProperty().set(someone(RecipientKind.PERSON));
        assertThat(f.fundMessageProperty().get()).contains("表彰奖励只发给党员和党组织");
        assertThat(f.canSaveProperty().get()).isFalse();
        f.recipientProperty().set(someone(RecipientKind.ORGANIZATION));
        assertThat(f.fundMessageProperty().get()).isEmpty();

        f.kindProperty().set(PaymentKind.LIVING_SUBSIDY);
        f.fundProperty().set(fund(OPERATING));
        assertThat(f.fundMessageProperty().get()).isEmpty();
        assertThat(f.amountMessageProperty().get())
                .isEqualTo("“社区工作经费”余额不足：当前余额 ¥1,000.00，这笔 ¥1,409.50，超出 ¥409.50");
        assertThat(f.balanceNoteProperty().get()).isEmpty();
        assertThat(f.canSaveProperty().get()).isFalse();
        f.amount().textProperty().set("1000");
        assertThat(f.canSaveProperty().get()).isTrue();

        f.periodFromProperty().set(office.today());
        f.periodToProperty().set(office.today().minusDays(1));
        assertThat(f.periodMessageProperty().get()).isEqualTo("截止日期早于起始日期");
        assertThat(f.canSaveProperty().get()).isFalse();
        f.periodToProperty().set(office.today());

        f.reasonProperty().set("慰".repeat(201));
        assertThat(f.reasonMessageProperty().get()).contains("200");
        assertThat(f.canSaveProperty().get()).isFalse();
        f.reasonProperty().set("");
        assertThat(f.missingProperty().get()).isNotEmpty();
        assertThat(f.canSaveProperty().get()).isFalse();
    }

    @Test
    void aPaymentTheRulesAllowIsRecordedAndShownChosen() {
        int before = office.services.stats().counts().get("payments");
        fillValid();
        f.save();
        assertThat(f.form().savedProperty().get()).isNotNull();
        assertThat(page.noticeProperty().get().text()).startsWith("已登记：慰问金，");
        assertThat(page.selectedProperty().get().payment().amount().figures())
                .isEqualTo("1,409.50");
        assertThat(page.stateText(page.selectedProperty().get())).isEqualTo("已登记");
        assertThat(office.services.stats().counts().get("payments")).isEqualTo(before + 1);
    }
}
