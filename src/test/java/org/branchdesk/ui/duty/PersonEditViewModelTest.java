package org.branchdesk.ui.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.branchdesk.domain.accounts.Role;
import org.branchdesk.domain.duty.PeopleRules;
import org.branchdesk.domain.duty.Person;
import org.branchdesk.domain.duty.PersonKind;
import org.branchdesk.domain.members.Member;
import org.branchdesk.service.duty.PeopleService;
import org.branchdesk.ui.common.Notice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The form that corrects a person on the people register, without a toolkit. */
class PersonEditViewModelTest {
    static final String NEW_ID = "990101197003034568";

    @TempDir Path dir;
    DutyFixture office;
    PeopleViewModel vm;

    @BeforeEach
    void open() {
        office = DutyFixture.demo(dir);
        vm = office.people();
        vm.reload();
        PersonFormViewModel f = vm.newPerson();
        f.nameProperty().set("柳青");
        f.kindProperty().set(PersonKind.VOLUNTEER);
        f.idNumberProperty().set(DutyFixture.VOLUNTEER_ID);
        f.phoneProperty().set("13912345678");
        f.tagsProperty().set("志愿者");
        f.save();
        vm.textProperty().set("柳青");
    }

    @AfterEach
    void close() {
        assertThat(office.tasks.unhandled()).isEmpty();
        office.close();
    }

    PeopleService.Line line() {
        assertThat(vm.rows()).hasSize(1);
        return vm.rows().get(0);
    }

    @Test
    void theFormComesFilledInWithTheIdNumberAndPhoneMaskedAndKeptWhenLeftEmpty() {
        PersonFormViewModel f = vm.editPerson(line());
        assertThat(f.isEditing()).isTrue();
        assertThat(f.title()).isEqualTo("修改人员信息");
        assertThat(f.header()).contains("柳青");
        assertThat(f.nameProperty().get()).isEqualTo("柳青");
        assertThat(f.kindProperty().get()).isEqualTo(PersonKind.VOLUNTEER);
        assertThat(f.tagsProperty().get()).isEqualTo("志愿者");
        assertThat(f.idNumberProperty().get()).as("never shown in clear").isEmpty();
        assertThat(f.phoneProperty().get()).as("never shown in clear").isEmpty();
        assertThat(f.idNumberPrompt()).isEqualTo("已登记 990101********1230，留空则不变");
        assertThat(f.phonePrompt()).isEqualTo("已登记 139****5678，留空则不变");
        assertThat(f.canSaveProperty().get()).isTrue();

        f.nameProperty().set("柳清");
        f.kindProperty().set(PersonKind.COMMUNITY_WORKER);
        f.noteProperty().set("夜班可排");
        f.save();

        Person saved = f.savedProperty().get();
        assertThat(saved.name()).isEqualTo("柳清");
        assertThat(saved.citizenId().value()).isEqualTo(DutyFixture.VOLUNTEER_ID);
        assertThat(saved.phone()).isEqualTo("13912345678");
        assertThat(vm.noticeProperty().get()).isEqualTo(Notice.success("已保存修改：柳清"));
        assertThat(vm.rows())
                .singleElement()
                .satisfies(
                        l -> {
                            assertThat(l.person().name()).isEqualTo("柳清");
                            assertThat(PeopleViewModel.kindText(l)).isEqualTo("社区专职工作者");
                            assertThat(l.maskedId()).isEqualTo("990101********1230");
                        });
    }

    @Test
    void aNewIdNumberTypedIsCheckedAsTheClerkTypesAndReplacesTheRecordedOne() {
        PersonFormViewModel f = vm.editPerson(line());
        f.idNumberProperty().set("990101197003034569");
        assertThat(f.idNumberMessageProperty().get()).isNotEmpty();
        assertThat(f.canSaveProperty().get()).isFalse();
        // the person's own number again is not "listed already"
        f.idNumberProperty().set(DutyFixture.VOLUNTEER_ID);
        assertThat(f.refusalProperty().get()).isNull();
        f.idNumberProperty().set(NEW_ID);
        assertThat(f.idNumberMessageProperty().get()).isEmpty();
        assertThat(f.canSaveProperty().get()).isTrue();
        f.save();
        assertThat(vm.rows())
                .singleElement()
                .satisfies(l -> assertThat(l.maskedId()).isEqualTo("990101********4568"));
    }

    @Test
    void aMembersIdNumberTypedLinksThePersonOrIsRefusedUnderAnotherName() {
        Member m = office.memberNotOnThePeopleRegister();
        PersonFormViewModel f = vm.editPerson(line());
        f.idNumberProperty().set(m.citizenId().value());
        assertThat(f.refusalProperty().get()).isEqualTo(PeopleRules.Refusal.NOT_THE_MEMBERS_NAME);
        assertThat(f.canSaveProperty().get()).isFalse();
        f.nameProperty().set(m.name());
        assertThat(f.refusalProperty().get()).isNull();
        assertThat(f.linkMessageProperty().get()).contains(m.name());
        f.save();
        assertThat(f.savedProperty().get().memberId()).isEqualTo(m.id());

        // linked now: renaming the person away from the member's name is refused as typed
        vm.textProperty().set(m.name());
        PeopleService.Line linked =
                vm.rows().stream()
                        .filter(l -> m.id().equals(l.person().memberId()))
                        .findFirst()
                        .orElseThrow();
        PersonFormViewModel again = vm.editPerson(linked);
        assertThat(again.refusalProperty().get()).isNull();
        again.nameProperty().set("别人");
        assertThat(again.refusalProperty().get())
                .isEqualTo(PeopleRules.Refusal.NOT_THE_MEMBERS_NAME);
        assertThat(again.canSaveProperty().get()).isFalse();
    }

    @Test
    void aSupervisorHasNoEditForm() {
        office.close();
        office = DutyFixture.reopened(dir, Role.SUPERVISOR);
        vm = office.people();
        vm.reload();
        vm.textProperty().set("柳青");
        assertThat(vm.mayEdit(line())).isFalse();
        assertThat(vm.editPerson(line())).isNull();
    }
}
