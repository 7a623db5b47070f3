package org.branchdesk.ui.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.branchdesk.domain.accounts.Permission;
import org.branchdesk.domain.accounts.Role;
import org.branchdesk.domain.care.CommendationLevel;
import org.branchdesk.domain.care.FundSource;
import org.branchdesk.domain.care.HonorForm;
import org.branchdesk.domain.care.PaymentKind;
import org.branchdesk.domain.care.RecipientKind;
import org.branchdesk.domain.care.Yuan;
import org.branchdesk.service.Services;
import org.branchdesk.service.care.CommendationService.Candidate;
import org.branchdesk.service.care.CommendationService.Line;
import org.branchdesk.service.care.PaymentService;
import org.branchdesk.testing.CurrentThreadTaskExecutor;
import org.branchdesk.testing.TestOffice;
import org.branchdesk.ui.duty.NoticePrinting;
import org.branchdesk.ui.duty.RosterPrinting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commendations page without a toolkit: a street decision recorded through its form, an honoree
 * listed with a reward linked to the payment made to them, every rule a binding before the service
 * is asked, the decision printed as a draft, and a supervisor reading without the buttons.
 */
class CommendationsViewModelTest {
    @TempDir Path dir;

    final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();

    CommendationsViewModel page(Services s) {
        CommendationsViewModel vm =
                new CommendationsViewModel(
                        s.commendations(),
                        tasks,
                        s.office().clock(),
                        s.actor().may(Permission.EDIT),
                        new NoticePrinting(s.documents(), tasks, null, dir, false));
        vm.reload();
        return vm;
    }

    static Candidate named(HonoreeFormViewModel f, String name) {
        return f.shown().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aStreetDecisionIsRecordedAndHonorsAFullMemberWithTheRewardPaidToThem() throws Exception {
        try (Services s = TestOffice.open(dir)) {
            s.demo().load(0, false);
            CommendationsViewModel vm = page(s);
            int decisions = vm.rows().size();
            assertThat(decisions).as("the demo's decisions").isPositive();

            CommendationFormViewModel d = vm.newDecision();
            assertThat(d.canSaveProperty().get()).isFalse();
            assertThat(d.missingProperty().get()).isNotEmpty();
            d.titleProperty().set("优秀共产党员");
            assertThat(d.holdersProperty().get()).isEqualTo("此称号授予：党员");
            d.bodyProperty().set("中共青槐街道工作委员会");
            d.levelProperty().set(CommendationLevel.DISTRICT);
            assertThat(d.numberMessageProperty().get()).contains("上级的表彰决定须填写其文号");
            assertThat(d.canSaveProperty().get()).isFalse();
            d.levelProperty().set(CommendationLevel.STREET);
            d.onProperty().set(d.onProperty().get().plusDays(1));
            assertThat(d.onMessageProperty().get()).isEqualTo("日期不能晚于今天");
            d.onProperty().set(d.onProperty().get().minusDays(1));
            d.titleProperty().set("称".repeat(41));
            assertThat(d.titleMessageProperty().get()).contains("40");
            d.titleProperty().set("优秀共产党员");
            assertThat(d.canSaveProperty().get()).isTrue();
            d.save();
            assertThat(vm.rows()).hasSize(decisions + 1);
            Line chosen = vm.selectedProperty().get();
            assertThat(chosen.commendation().title()).isEqualTo("优秀共产党员");
            assertThat(CommendationsViewModel.numberText(chosen)).isEqualTo("（印发时编号）");
            assertThat(vm.noticeProperty().get().text()).isEqualTo("已登记表彰决定“优秀共产党员”（街道级）");
            assertThat(vm.mayHonorSelectedProperty().get()).isTrue();
            assertThat(vm.mayPrintSelectedProperty().get()).isFalse();
            assertThat(vm.printHintProperty().get()).contains("还没有受表彰对象");

            HonoreeFormViewModel h = vm.honor(chosen);
            assertThat(h.kinds()).containsExactly(RecipientKind.MEMBER);
            Candidate probationary =
                    h.shown().stream().filter(c -> !c.fullMember()).findFirst().orElseThrow();
            h.whoProperty().set(probationary);
            assertThat(h.whoMessageProperty().get()).contains("不是表彰之日的正式党员");
            assertThat(h.canSaveProperty().get()).isFalse();
            Candidate full =
                    h.shown().stream().filter(Candidate::fullMember).findFirst().orElseThrow();
            h.searchProperty().set(full.name());
            assertThat(h.shown()).contains(full);
            h.whoProperty().set(full);
            assertThat(h.whoMessageProperty().get()).isEmpty();
            h.honorFormProperty().set(HonorForm.REWARD);
            assertThat(h.paymentMessageProperty().get()).contains("还没有可关联的表彰奖励款项");
            h.deedsProperty().set("太短");
            assertThat(h.deedsMessageProperty().get()).isEqualTo("主要事迹写 10～300 个字");
            assertThat(h.canSaveProperty().get()).isFalse();

            // the reward paid to them is recorded; the form read again offers it, and only it
            java.util.UUID fees = s.funds().add("上级下拨党费（表彰）", FundSource.SPECIAL_PARTY_FEES).id();
            s.funds()
                    .allocate(
                            fees,
                            Yuan.parse("5000"),
                            chosen.commendation().decidedOn(),
                            "明组通〔2026〕8号");
            s.payments()
                    .record(
                            new PaymentService.NewPayment(
                                    PaymentKind.COMMENDATION_REWARD,
                                    RecipientKind.MEMBER,
                                    full.id(),
                                    Yuan.parse("500"),
                                    null,
                                    null,
                                    "优秀共产党员奖励",
                                    fees));
            h = vm.honor(chosen);
            h.searchProperty().set(full.name());
            h.whoProperty().set(named(h, full.name()));
            h.honorFormProperty().set(HonorForm.REWARD);
            assertThat(h.payments()).singleElement();
            assertThat(h.paymentProperty().get()).as("the one payment, chosen").isNotNull();
            assertThat(HonoreeFormViewModel.rewardText(h.paymentProperty().get()))
                    .contains("¥500.00");
            h.deedsProperty().set("带领党员志愿者连续三十天值守卡点，守住了小区的防线。");
            assertThat(h.deedsCountProperty().get()).startsWith("已写 26 字");
            assertThat(h.canSaveProperty().get()).isTrue();
            h.save();
            assertThat(h.form().savedProperty().get()).isNotNull();
            assertThat(vm.honorees())
                    .singleElement()
                    .satisfies(
                            x -> {
                                assertThat(x.honoree().who().name()).isEqualTo(full.name());
                                assertThat(x.amount()).isEqualTo("500.00");
                                assertThat(CommendationsViewModel.formText(x)).isEqualTo("奖励");
                            });
            assertThat(CommendationsViewModel.countText(vm.selectedProperty().get()))
                    .isEqualTo("1");

            // listed once: the same member again is refused by a binding
            HonoreeFormViewModel again = vm.honor(vm.selectedProperty().get());
            again.searchProperty().set(full.name());
            again.whoProperty().set(named(again, full.name()));
            assertThat(again.whoMessageProperty().get()).contains("已列入本次表彰");

            // printed as a draft (this account does not issue notices here): no number taken
            assertThat(vm.mayPrintSelectedProperty().get()).isTrue();
            Path out = dir.resolve("决定.pdf");
            vm.print(RosterPrinting.Action.SAVE, out);
            assertThat(Files.size(out)).isPositive();
            assertThat(vm.noticeProperty().get().text()).contains("草稿");
            assertThat(tasks.unhandled()).isEmpty();
        }
    }

    @Test
    void aDecisionFromAboveIsNotPrintedHereAndASupervisorOnlyReads() {
        try (Services s = TestOffice.open(dir)) {
            s.demo().load(0, false);
        }
        try (Services s = TestOffice.open(dir, Role.SUPERVISOR)) {
            CommendationsViewModel vm = page(s);
            assertThat(vm.mayEdit()).isFalse();
            Line above =
                    vm.rows().stream()
                            .filter(l -> l.commendation().level() != CommendationLevel.STREET)
                            .findFirst()
                            .orElseThrow();
            vm.selectedProperty().set(above);
            assertThat(vm.mayHonorSelectedProperty().get()).isFalse();
            assertThat(vm.mayPrintSelectedProperty().get()).isFalse();
            assertThat(vm.printHintProperty().get()).contains("这里只登记");
            assertThat(vm.honorees()).isEqualTo(above.honorees());
            assertThat(tasks.unhandled()).isEmpty();
        }
    }
}
