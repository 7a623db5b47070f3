package org.branchdesk.ui.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.branchdesk.domain.accounts.Permission;
import org.branchdesk.domain.accounts.Role;
import org.branchdesk.domain.duty.PersonKind;
import org.branchdesk.domain.places.Community;
import org.branchdesk.service.Services;
import org.branchdesk.service.duty.PeopleService;
import org.branchdesk.service.duty.SentDownService.Line;
import org.branchdesk.service.duty.TeamService.Candidate;
import org.branchdesk.ui.common.Notice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentDownViewModelTest {
    @TempDir Path dir;
    DutyFixture office;
    SentDownViewModel vm;

    @BeforeEach
    void open() {
        office = DutyFixture.demo(dir);
        vm = page(office.services);
    }

    @AfterEach
    void close() {
        assertThat(office.tasks.unhandled()).isEmpty();
        office.close();
    }

    SentDownViewModel page(Services s) {
        SentDownViewModel page =
                new SentDownViewModel(
                        s.sentDown(),
                        s.teams(),
                        s.places(),
                        s.units(),
                        office.tasks,
                        s.office().clock(),
                        s.actor().may(Permission.EDIT));
        page.reload();
        return page;
    }

    Community community(String name) {
        return vm.communities().stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theCadresSentDownAreListedWithTheirUnitPlaceAndPeriod() {
        assertThat(vm.rows()).as("the demo's cadres, their sending over by now").isNotEmpty();
        Line l = vm.rows().get(0);
        assertThat(SentDownViewModel.periodText(l)).isEqualTo(l.from() + " 至 " + l.to());
        assertThat(SentDownViewModel.statusText(l)).isEqualTo(l.to() + " 结束");
        assertThat(SentDownViewModel.placeText(l)).startsWith(l.community());
        assertThat(vm.rows())
                .filteredOn(x -> !x.maskedPhone().isEmpty())
                .allSatisfy(x -> assertThat(x.maskedPhone()).contains("****"));
        vm.communityProperty().set(community("柳岸社区"));
        assertThat(vm.rows())
                .isNotEmpty()
                .allSatisfy(x -> assertThat(x.community()).isEqualTo("柳岸社区"));
        vm.includeEndedProperty().set(false);
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.placeholderProperty().get()).isEqualTo("没有符合条件的下沉干部");
    }

    @Test
    void aCadreFromThePeopleRegisterIsSentDownAndTheSendingEnded() {
        office.services
                .people()
                .add(
                        new PeopleService.NewPerson(
                                "柳青", null, null, PersonKind.SENT_DOWN_CADRE, null));
        office.services
                .people()
                .add(new PeopleService.NewPerson("柳絮", null, null, PersonKind.VOLUNTEER, null));
        vm.reload();
        vm.includeEndedProperty().set(false);
        SentDownFormViewModel f = vm.newSentDown();
        assertThat(f.candidatesNoteProperty().get()).isEqualTo("先选择社区，再挑选队员");
        f.communityProperty().set(community("柳岸社区"));
        assertThat(f.shown()).extracting(Candidate::name).contains("柳青").doesNotContain("柳絮");
        assertThat(f.shown()).anyMatch(Candidate::isMember);
        f.searchProperty().set("柳青");
        f.cadreProperty().set(f.shown().get(0));
        f.unitNameProperty().set("明川区审计局");
        LocalDate today = vm.today();
        f.fromProperty().set(today.plusDays(1));
        assertThat(f.fromMessageProperty().get()).isEqualTo("日期不能晚于今天");
        f.fromProperty().set(today.minusDays(10));
        f.toProperty().set(today.minusDays(11));
        assertThat(f.toMessageProperty().get()).isEqualTo("不能早于开始日期 " + today.minusDays(10));
        assertThat(f.canSaveProperty().get()).isFalse();
        f.toProperty().set(null);
        assertThat(f.missingProperty().get()).isEmpty();
        assertThat(f.canSaveProperty().get()).isTrue();

        f.save();

        assertThat(vm.noticeProperty().get()).isEqualTo(Notice.success("已登记下沉干部"));
        Line l = vm.selectedProperty().get();
        assertThat(l.name()).isEqualTo("柳青");
        assertThat(l.unit()).isEqualTo("明川区审计局");
        assertThat(SentDownViewModel.whoText(l)).isEqualTo("人员名册");
        assertThat(SentDownViewModel.statusText(l)).isEqualTo("下沉中");
        assertThat(SentDownViewModel.periodText(l)).isEqualTo(today.minusDays(10) + " 起");
        assertThat(vm.mayEndProperty().get()).isTrue();

        vm.end(l, today);
        assertThat(vm.noticeProperty().get().text()).isEqualTo("已记录：柳青 的下沉于 " + today + " 结束");
        assertThat(vm.rows()).extracting(Line::name).doesNotContain("柳青");
        vm.includeEndedProperty().set(true);
        assertThat(vm.rows()).extracting(Line::name).contains("柳青");
    }

    @Test
    void aCadreAlreadyServingIsRefusedAndNothingChanges() {
        office.services
                .people()
                .add(
                        new PeopleService.NewPerson(
                                "柳青", null, null, PersonKind.SENT_DOWN_CADRE, null));
        vm.communityProperty().set(community("柳岸社区"));
        for (int i = 0; i < 2; i++) {
            SentDownFormViewModel f = vm.newSentDown();
            f.searchProperty().set("柳青");
            f.cadreProperty().set(f.shown().get(0));
            f.unitNameProperty().set("明川区审计局");
            f.save();
            if (i == 1) {
                assertThat(f.savedProperty().get()).isNull();
                assertThat(f.noticeProperty().get().text()).isEqualTo("下沉干部：此人已在下沉，尚未结束");
            }
        }
        assertThat(vm.rows()).filteredOn(l -> l.name().equals("柳青")).hasSize(1);
    }

    @Test
    void aSupervisorReadsButMayNotEnd() {
        office.close();
        office = DutyFixture.reopened(dir, Role.SUPERVISOR);
        vm = page(office.services);
        assertThat(vm.mayEdit()).isFalse();
        vm.selectedProperty().set(vm.rows().get(0));
        assertThat(vm.mayEndProperty().get()).isFalse();
    }
}
