package org.branchdesk.ui.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.branchdesk.domain.accounts.Role;
import org.branchdesk.domain.duty.DutyLimit;
import org.branchdesk.domain.duty.Unavailability;
import org.branchdesk.service.duty.AvailabilityService;
import org.branchdesk.service.duty.TeamService.Candidate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AvailabilityViewModelTest {
    static final LocalDate DAY = LocalDate.of(2030, 3, 4);

    @TempDir Path dir;
    DutyFixture office;
    AvailabilityViewModel vm;

    @BeforeEach
    void open() {
        office = DutyFixture.demo(dir);
        vm = office.availability();
        vm.reload();
    }

    @AfterEach
    void close() {
        assertThat(office.tasks.unhandled()).isEmpty();
        office.close();
    }

    /** Someone with no limits and no unavailable times of their own. */
    Candidate unrecorded() {
        return vm.shown().stream()
                .filter(Candidate::isMember)
                .filter(c -> !vm.candidateText(c).contains("已登记"))
                .findFirst()
                .orElseThrow();
    }

    AvailabilityService.Line onRecord(Candidate c) {
        return office.services.availability().of(c.who());
    }

    @Test
    void theLimitsAreTheDefaultUntilSetAndEachFieldSaysWhatIsWrong() {
        Candidate c = unrecorded();
        vm.selectedProperty().set(c);
        assertThat(vm.lineProperty().get().own()).isFalse();
        assertThat(vm.maxProperty().get()).isEqualTo("7");
        assertThat(vm.restProperty().get()).isEqualTo("8");
        assertThat(vm.limitNoteProperty().get()).isEqualTo("未单独设置，按默认：每周最多 7 班，两班之间至少休息 8 小时。");

        vm.maxProperty().set("30");
        assertThat(vm.maxMessageProperty().get()).isEqualTo("应在 0 至 28 之间");
        vm.restProperty().set("十二");
        assertThat(vm.restMessageProperty().get()).isEqualTo("请写整数");
        vm.restProperty().set("");
        assertThat(vm.restMessageProperty().get()).isEqualTo("不能为空");
        assertThat(vm.canSaveLimitProperty().get()).isFalse();

        vm.maxProperty().set("3");
        vm.restProperty().set("12");
        assertThat(vm.canSaveLimitProperty().get()).isTrue();
        vm.saveLimit();

        assertThat(onRecord(c).limit()).isEqualTo(new DutyLimit(3, 12));
        assertThat(vm.limitNoteProperty().get()).isEqualTo("本人设置：每周最多 3 班，两班之间至少休息 12 小时。");
        assertThat(vm.canSaveLimitProperty().get()).as("nothing changed since").isFalse();
        assertThat(vm.statusProperty().get())
                .isEqualTo("已设置 " + c.name() + "：每周最多 3 班，两班之间至少休息 12 小时");
        assertThat(vm.candidateText(c)).startsWith(c.name() + "　（已登记）\n");
    }

    @Test
    void wholeDaysAndHoursAreRecordedEachFieldSayingWhatIsWrongAndTakenBack() {
        Candidate c = unrecorded();
        vm.selectedProperty().set(c);
        vm.fromDayProperty().set(DAY);
        vm.toDayProperty().set(DAY.minusDays(1));
        assertThat(vm.toMessageProperty().get()).isEqualTo("截止时间应晚于起始时间");
        assertThat(vm.canAddProperty().get()).isFalse();
        vm.toDayProperty().set(DAY.plusDays(1));
        vm.reasonProperty().set("居".repeat(Unavailability.MAX_REASON + 1));
        assertThat(vm.reasonMessageProperty().get()).isNotEmpty();
        vm.reasonProperty().set("居家隔离");
        assertThat(vm.canAddProperty().get()).isTrue();
        vm.addPeriod();

        assertThat(vm.periods())
                .extracting(AvailabilityViewModel::periodText)
                .containsExactly("2030-03-04 至 2030-03-05 全天");
        assertThat(vm.reasonProperty().get()).as("the form is ready for the next").isEmpty();

        vm.wholeDaysProperty().set(false);
        vm.fromDayProperty().set(DAY.plusDays(7));
        vm.toDayProperty().set(DAY.plusDays(7));
        vm.fromTimeProperty().set("18点");
        assertThat(vm.fromMessageProperty().get()).isEqualTo("请写成 08:00 这样的时间");
        vm.fromTimeProperty().set("18：00");
        vm.toTimeProperty().set("9:00");
        assertThat(vm.fromMessageProperty().get()).isEmpty();
        assertThat(vm.toMessageProperty().get()).isEqualTo("截止时间应晚于起始时间");
        vm.toDayProperty().set(DAY.plusDays(8));
        vm.reasonProperty().set("单位值班");
        vm.addPeriod();

        assertThat(vm.periods())
                .extracting(AvailabilityViewModel::periodText)
                .containsExactly(
                        "2030-03-04 至 2030-03-05 全天", "2030-03-11 18:00 至 2030-03-12 09:00");
        assertThat(onRecord(c).off()).hasSize(2);
        assertThat(vm.statusProperty().get())
                .isEqualTo("已登记 " + c.name() + " 不能值班：2030-03-11 18:00 至 2030-03-12 09:00");

        vm.remove(vm.periods().get(0));
        assertThat(vm.periods()).extracting(Unavailability::reason).containsExactly("单位值班");
        assertThat(onRecord(c).off()).hasSize(1);
    }

    @Test
    void theListCanShowOnlyThoseWithLimitsOrUnavailableTimesOnRecord() {
        // the demo's roster already put limits and unavailable days on record for some
        vm.onlyRecordedProperty().set(true);
        List<Candidate> recorded = List.copyOf(vm.shown());
        vm.onlyRecordedProperty().set(false);
        List<Candidate> free =
                vm.shown().stream().filter(c -> !recorded.contains(c)).limit(2).toList();
        Candidate limited = free.get(0);
        Candidate away = free.get(1);
        office.services.availability().setLimit(limited.who(), 3, 12);
        office.services.availability().addDays(away.who(), DAY, DAY, null);
        vm.reload();
        int all = vm.shown().size();
        vm.onlyRecordedProperty().set(true);
        List<Candidate> expected = new ArrayList<>(recorded);
        expected.add(limited);
        expected.add(away);
        assertThat(vm.shown()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(vm.shown()).allMatch(c -> vm.candidateText(c).contains("（已登记）\n"));
        vm.searchProperty().set(away.name());
        assertThat(vm.shown()).contains(away).doesNotContain(limited);

        vm.communityProperty().set(vm.communities().get(0));
        vm.onlyRecordedProperty().set(false);
        vm.searchProperty().set("");
        assertThat(vm.shown()).hasSizeLessThan(all);
    }

    @Test
    void aSupervisorReadsButChangesNothing() {
        office.services.availability().setLimit(vm.shown().get(0).who(), 3, 12);
        office.close();
        office = DutyFixture.reopened(dir, Role.SUPERVISOR);
        vm = office.availability();
        vm.reload();
        vm.onlyRecordedProperty().set(true);
        Candidate c = vm.shown().get(0);
        vm.selectedProperty().set(c);
        assertThat(vm.lineProperty().get()).isNotNull();
        vm.maxProperty().set("5");
        assertThat(vm.canSaveLimitProperty().get()).isFalse();
        assertThat(vm.canAddProperty().get()).isFalse();
        vm.saveLimit();
        assertThat(onRecord(c).limit()).isEqualTo(vm.lineProperty().get().limit());
    }
}
