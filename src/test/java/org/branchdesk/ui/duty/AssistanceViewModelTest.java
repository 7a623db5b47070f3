package org.branchdesk.ui.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.branchdesk.domain.accounts.Role;
import org.branchdesk.domain.duty.AssistanceCategory;
import org.branchdesk.domain.duty.AssistanceRules;
import org.branchdesk.domain.duty.ServiceKind;
import org.branchdesk.domain.places.Community;
import org.branchdesk.service.duty.AssistanceService.MemberChoice;
import org.branchdesk.service.duty.AssistanceService.PairingLine;
import org.branchdesk.service.duty.AssistanceService.Resident;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The assistance page's models on the demo street, without a toolkit. */
class AssistanceViewModelTest {
    static final String HEALTH = "体温38.6℃，咳嗽两天";

    @TempDir Path dir;
    DutyFixture office;
    AssistanceViewModel vm;
    LocalDate today;

    @BeforeEach
    void open() throws Exception {
        Files.createDirectories(dir.resolve("scratch"));
        office = DutyFixture.demo(dir);
        vm = office.assistance(dir.resolve("scratch"));
        vm.reload();
        today = vm.today();
    }

    @AfterEach
    void close() {
        assertThat(office.tasks.unhandled()).isEmpty();
        office.close();
    }

    /** Shows the community of the first resident nobody is paired with, and chooses them. */
    Resident chooseAnUnpairedResident() {
        assertThat(vm.unpaired()).as("the demo leaves some residents unpaired").isNotEmpty();
        Resident r = vm.unpaired().get(0);
        vm.communityProperty().set(community(r.community()));
        vm.selectedResidentProperty().set(r);
        return r;
    }

    Community community(String name) {
        return vm.communities().stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    /** A pairing form for the resident chosen, with its first member who assists nobody yet. */
    PairFormViewModel formWithAMember() {
        PairFormViewModel f = vm.newPairing();
        MemberChoice m =
                f.shownMembers().stream()
                        .filter(x -> x.openPairings() == 0)
                        .findFirst()
                        .orElseThrow();
        f.memberProperty().set(m);
        return f;
    }

    PairingLine pairAnUnpairedResident() {
        chooseAnUnpairedResident();
        PairFormViewModel f = formWithAMember();
        f.categoryProperty().set(AssistanceCategory.HOME_OBSERVATION);
        f.startedOnProperty().set(today.minusDays(10));
        f.save();
        return vm.selectedProperty().get();
    }

    ServiceFormViewModel service(LocalDate day, ServiceKind kind, String health) {
        ServiceFormViewModel f = vm.newService();
        f.dayProperty().set(day);
        f.kindProperty().set(kind);
        f.healthProperty().set(health);
        return f;
    }

    @Test
    void aMemberPairedWithAnUnpairedResidentServesThemAndTheResidentLeavesTheUnpairedList() {
        Map<String, Integer> before = office.services.stats().counts();
        Resident resident = chooseAnUnpairedResident();
        int unpaired = vm.unpaired().size();
        assertThat(vm.unpairedTitleProperty().get()).isEqualTo("未结对的帮扶对象（" + unpaired + " 户）");
        assertThat(vm.rows()).allMatch(l -> l.household().community().equals(resident.community()));
        assertThat(vm.canPairProperty().get()).isTrue();

        PairFormViewModel f = vm.newPairing();
        assertThat(f.communityProperty().get().name()).isEqualTo(resident.community());
        assertThat(f.residentProperty().get()).as("the resident chosen").isEqualTo(resident);
        assertThat(f.residents().get(0)).as("the unpaired come first").isNotNull();
        assertThat(f.shownMembers()).as("the community's members").isNotEmpty();
        assertThat(f.missingProperty().get()).isEqualTo("请选择帮扶对象、结对党员和帮扶类别");
        assertThat(f.canSaveProperty().get()).isFalse();
        MemberChoice member = f.shownMembers().get(0);
        assertThat(PairFormViewModel.memberText(member))
                .startsWith(member.name())
                .contains(member.maskedId().substring(member.maskedId().length() - 4))
                .contains("****");
        f.memberProperty().set(member);
        f.categoryProperty().set(AssistanceCategory.ELDERLY_ALONE);
        assertThat(f.refusalProperty().get()).isNull();
        assertThat(f.canSaveProperty().get()).isTrue();

        f.save();

        assertThat(f.savedProperty().get()).isNotNull();
        assertThat(vm.noticeProperty().get())
                .isEqualTo(Notice.success("已结对：" + member.name() + " — " + resident.head()));
        PairingLine line = vm.selectedProperty().get();
        assertThat(line.id())
                .as("the pairing made is chosen")
                .isEqualTo(f.savedProperty().get().id());
        assertThat(AssistanceViewModel.memberText(line)).isEqualTo(member.name());
        assertThat(AssistanceViewModel.residentText(line)).isEqualTo(resident.head());
        assertThat(AssistanceViewModel.categoryText(line)).isEqualTo("独居老人");
        assertThat(AssistanceViewModel.statusText(line)).isEqualTo("结对中");
        assertThat(AssistanceViewModel.servicesText(line)).isEqualTo("0");
        assertThat(AssistanceViewModel.lastServiceText(line)).isEqualTo("—");
        assertThat(vm.unpaired()).hasSize(unpaired - 1).doesNotContain(resident);
        assertThat(vm.unpaired()).noneMatch(r -> r.householdId().equals(resident.householdId()));
        assertThat(vm.log()).isEmpty();
        assertThat(vm.logTitleProperty().get())
                .isEqualTo(member.name() + " — " + resident.head() + " 的服务记录");

        ServiceFormViewModel s = service(today, ServiceKind.TEMPERATURE, HEALTH);
        s.noteProperty().set("送去口罩");
        assertThat(s.canSaveProperty().get()).isTrue();
        s.save();

        Notice logged = vm.noticeProperty().get();
        assertThat(logged.text()).isEqualTo("已登记服务：" + today + " 测温（" + resident.head() + "）");
        assertThat(logged.text()).doesNotContain("38.6");
        assertThat(vm.log())
                .singleElement()
                .satisfies(
                        e -> {
                            assertThat(AssistanceViewModel.kindText(e)).isEqualTo("测温");
                            assertThat(AssistanceViewModel.healthText(e))
                                    .as("in clear to a clerk who records it")
                                    .isEqualTo(HEALTH);
                            assertThat(AssistanceViewModel.noteText(e)).isEqualTo("送去口罩");
                        });
        line = vm.selectedProperty().get();
        assertThat(AssistanceViewModel.servicesText(line)).isEqualTo("1");
        assertThat(AssistanceViewModel.lastServiceText(line)).isEqualTo(today.toString());
        assertThat(office.services.stats().counts())
                .containsEntry("pairings", before.get("pairings") + 1)
                .containsEntry("service_logs", before.get("service_logs") + 1);
    }

    @Test
    void thePairingFormSaysWhatARuleForbidsBeforeAnythingIsSaved() {
        PairingLine made = pairAnUnpairedResident();
        int pairings = office.services.assistance().pairings(true).size();
        Resident resident = made.household();

        PairFormViewModel f = vm.newPairing();
        f.residentProperty().set(resident);
        assertThat(f.residentNoteProperty().get())
                .isEqualTo("已与 " + made.member() + " 结对，仍可再安排一名党员");
        f.memberProperty()
                .set(
                        f.shownMembers().stream()
                                .filter(m -> m.id().equals(made.memberId()))
                                .findFirst()
                                .orElseThrow());
        assertThat(f.memberProperty().get().openPairings()).isEqualTo(1);
        f.categoryProperty().set(AssistanceCategory.OTHER);
        assertThat(f.refusalProperty().get()).isEqualTo(AssistanceRules.Refusal.ALREADY_PAIRED);
        assertThat(f.memberMessageProperty().get()).isEqualTo("这名党员已与这户帮扶对象结对，结对尚未结束");
        assertThat(f.canSaveProperty().get()).isFalse();

        f.startedOnProperty().set(today.plusDays(1));
        assertThat(f.dateMessageProperty().get()).isEqualTo("结对日期不能晚于今天");
        assertThat(f.memberMessageProperty().get()).isEmpty();
        assertThat(f.canSaveProperty().get()).isFalse();
        f.save();
        assertThat(office.services.assistance().pairings(true)).hasSize(pairings);
    }

    @Test
    void theServiceFormKeepsTheDayWithinThePairingAndTheDetailsWithinTheirLength() {
        PairingLine line = pairAnUnpairedResident();
        ServiceFormViewModel s = service(line.startedOn().minusDays(1), ServiceKind.VISIT, null);
        assertThat(s.header()).contains(line.member(), AssistanceViewModel.residentText(line));
        assertThat(s.dayMessageProperty().get()).isEqualTo("服务日期早于结对日期");
        assertThat(s.canSaveProperty().get()).isFalse();
        s.dayProperty().set(today.plusDays(1));
        assertThat(s.dayMessageProperty().get()).isEqualTo("服务日期不能晚于今天");
        s.dayProperty().set(today);
        assertThat(s.dayMessageProperty().get()).isEmpty();
        s.healthProperty().set("咳".repeat(201));
        assertThat(s.healthMessageProperty().get()).isEqualTo("不能超过 200 个字");
        assertThat(s.canSaveProperty().get()).isFalse();
        s.healthProperty().set("");
        s.kindProperty().set(null);
        assertThat(s.missingProperty().get()).isEqualTo("请选择服务日期和服务内容");
        assertThat(s.canSaveProperty().get()).isFalse();
        s.save();
        assertThat(vm.log()).isEmpty();
    }

    @Test
    void anEndedPairingIsListedUnderEndedAndAnEndBeforeTheLastServiceIsRefused() {
        pairAnUnpairedResident();
        service(today.minusDays(2), ServiceKind.SHOPPING, null).save();
        PairingLine line = vm.selectedProperty().get();
        assertThat(vm.canEndProperty().get()).isTrue();

        vm.end(line, today.minusDays(3));
        assertThat(vm.noticeProperty().get())
                .isEqualTo(Notice.failure("结束日期：结束日期早于服务记录中最后一次服务的日期"));
        assertThat(office.services.assistance().pairings(false))
                .anyMatch(l -> l.id().equals(vm.selectedProperty().get().id()));

        vm.end(line, today.minusDays(1));
        assertThat(vm.noticeProperty().get().text()).startsWith("已结束结对：");
        assertThat(vm.rows()).as("the open ones only").noneMatch(l -> l.id().equals(line.id()));
        assertThat(vm.unpaired())
                .as("the resident has nobody now")
                .anyMatch(r -> r.householdId().equals(line.household().householdId()));
        vm.shownProperty().set(AssistanceViewModel.Shown.ENDED);
        assertThat(vm.rows()).isNotEmpty().noneMatch(PairingLine::isOpen);
        vm.selectedProperty()
                .set(
                        vm.rows().stream()
                                .filter(l -> l.id().equals(line.id()))
                                .findFirst()
                                .orElseThrow());
        assertThat(AssistanceViewModel.statusText(vm.selectedProperty().get()))
                .isEqualTo(today.minusDays(1) + " 结束");
        assertThat(vm.canEndProperty().get()).isFalse();
        assertThat(vm.canLogProperty().get()).as("a service within its period").isTrue();
        assertThat(vm.newService().dayProperty().get()).isEqualTo(today.minusDays(1));
        vm.shownProperty().set(AssistanceViewModel.Shown.ALL);
        assertThat(vm.rows()).anyMatch(PairingLine::isOpen).anyMatch(l -> !l.isOpen());
    }

    @Test
    void theSearchAndTheCommunityNarrowTheList() {
        vm.shownProperty().set(AssistanceViewModel.Shown.ALL);
        int all = vm.rows().size();
        assertThat(all).as("the demo's pairings").isPositive();
        PairingLine first = vm.rows().get(0);
        vm.textProperty().set(first.household().head());
        assertThat(vm.rows()).contains(first).hasSizeLessThan(all + 1);
        vm.textProperty().set("没有这个人");
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.placeholderProperty().get()).isEqualTo("没有符合条件的结对");
        vm.textProperty().set("");
        vm.communityProperty().set(community(first.household().community()));
        assertThat(vm.rows())
                .isNotEmpty()
                .allMatch(l -> l.household().community().equals(first.household().community()));
        assertThat(vm.unpaired())
                .allMatch(r -> r.community().equals(first.household().community()));
        assertThat(vm.summaryProperty().get()).startsWith("列出 " + vm.rows().size() + " 对");
    }

    @Test
    void theAssistanceLedgerIsPrintedAsATaskAndRecorded() {
        Resident r = chooseAnUnpairedResident();
        vm.print(LedgerPrinting.Action.OPEN, null);
        assertThat(office.opened).singleElement().satisfies(p -> assertThat(p).exists());
        assertThat(vm.statusProperty().get()).startsWith("已生成一对一帮扶台账并登记：");
        assertThat(office.services.documents().register(null, 5))
                .anySatisfy(e -> assertThat(e.kind()).isEqualTo("ASSISTANCE"));
        assertThat(vm.printFileName()).isEqualTo("一对一帮扶台账（" + r.community() + "）");
    }

    @Test
    void aSupervisorReadsMaskedAndPrintsButChangesNothing() {
        pairAnUnpairedResident();
        service(today, ServiceKind.TEMPERATURE, HEALTH).save();
        PairingLine line = vm.selectedProperty().get();
        office.close();
        office = DutyFixture.reopened(dir, Role.SUPERVISOR);
        vm = office.assistance(dir.resolve("scratch"));
        vm.reload();
        vm.selectedProperty()
                .set(
                        vm.rows().stream()
                                .filter(l -> l.id().equals(line.id()))
                                .findFirst()
                                .orElseThrow());

        assertThat(vm.mayEdit()).isFalse();
        assertThat(vm.canPairProperty().get()).isFalse();
        assertThat(vm.canEndProperty().get()).isFalse();
        assertThat(vm.canLogProperty().get()).isFalse();
        assertThat(vm.newService()).isNull();
        assertThat(vm.log())
                .singleElement()
                .extracting(AssistanceViewModel::healthText)
                .isEqualTo(I18n.text("personal.withheld"));
        assertThat(vm.rows())
                .extracting(AssistanceViewModel::phoneText)
                .allMatch(p -> p.isEmpty() || p.contains("*"));
        assertThat(vm.unpaired())
                .allMatch(r -> r.maskedPhone() == null || r.maskedPhone().contains("*"));
        vm.end(vm.selectedProperty().get(), today);
        assertThat(office.services.assistance().pairings(false))
                .anyMatch(l -> l.id().equals(line.id()));

        vm.print(LedgerPrinting.Action.OPEN, null);
        assertThat(vm.statusProperty().get()).startsWith("已生成一对一帮扶台账并登记：");
    }

    @Test
    void anOfficeWithoutResidentsUnderAssistanceSaysSo() {
        office.close();
        office = DutyFixture.empty(dir.resolve("empty"));
        vm = office.assistance(dir.resolve("scratch"));
        vm.reload();
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.unpaired()).isEmpty();
        assertThat(vm.placeholderProperty().get()).isEqualTo("还没有结对记录。");
        assertThat(vm.canPairProperty().get()).isFalse();
    }
}
