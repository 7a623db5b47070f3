package org.branchdesk.ui.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.branchdesk.domain.accounts.Role;
import org.branchdesk.domain.duty.PeopleRules;
import org.branchdesk.domain.duty.PersonKind;
import org.branchdesk.domain.members.Member;
import org.branchdesk.service.duty.PeopleService;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeopleViewModelTest {
    @TempDir Path dir;
    DutyFixture office;
    PeopleViewModel vm;

    @BeforeEach
    void open() {
        office = DutyFixture.demo(dir);
        vm = office.people();
        vm.reload();
    }

    @AfterEach
    void close() {
        assertThat(office.tasks.unhandled()).isEmpty();
        office.close();
    }

    PersonFormViewModel form(String name, PersonKind kind, String id, String phone) {
        PersonFormViewModel f = vm.newPerson();
        f.nameProperty().set(name);
        f.kindProperty().set(kind);
        f.idNumberProperty().set(id);
        f.phoneProperty().set(phone);
        return f;
    }

    @Test
    void anEmptyRegisterSaysHowToStart() {
        office.close();
        office = DutyFixture.empty(dir.resolve("empty"));
        vm = office.people();
        vm.reload();
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.placeholderProperty().get()).isEqualTo(I18n.text("people.empty"));
        assertThat(vm.summaryProperty().get()).isEmpty();
    }

    @Test
    void aPersonAddedThroughTheFormIsListedMaskedAndFoundByNameIdTailOrPhone() {
        PersonFormViewModel f =
                form("柳青", PersonKind.VOLUNTEER, DutyFixture.VOLUNTEER_ID, "13912345678");
        assertThat(f.canSaveProperty().get()).isTrue();
        assertThat(f.linkMessageProperty().get()).as("nobody's number").isEmpty();

        f.save();

        assertThat(f.savedProperty().get()).isNotNull();
        assertThat(vm.noticeProperty().get()).isEqualTo(Notice.success("已登记：柳青"));
        assertThat(vm.textProperty().get()).as("the list shows whom was added").isEqualTo("柳青");
        assertThat(vm.rows())
                .singleElement()
                .satisfies(
                        l -> {
                            assertThat(l.maskedId()).isEqualTo("990101********1230");
                            assertThat(l.maskedPhone()).isEqualTo("139****5678");
                            assertThat(PeopleViewModel.kindText(l)).isEqualTo("居民志愿者");
                            assertThat(PeopleViewModel.memberText(l)).isEmpty();
                            assertThat(PeopleViewModel.statusText(l)).isEqualTo("在册");
                        });
        int all = office.peopleCount();
        for (String search : new String[] {"柳青", "1230", "5678", "13912345678", ""}) {
            vm.textProperty().set(search);
            assertThat(vm.rows()).as(search).anyMatch(l -> l.person().name().equals("柳青"));
        }
        assertThat(vm.rows()).hasSize(all);
        assertThat(vm.summaryProperty().get()).startsWith("在册 " + all + " 人，已移出 ");
        vm.textProperty().set("没有这个人");
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.placeholderProperty().get()).isEqualTo("没有符合条件的人员");
        assertThat(vm.summaryProperty().get()).isEqualTo("找到 0 人（在册共 " + all + " 人）");
        vm.textProperty().set("柳青");
        vm.kindProperty().set(PersonKind.COMMUNITY_WORKER);
        assertThat(vm.rows()).isEmpty();
        vm.kindProperty().set(PersonKind.VOLUNTEER);
        assertThat(vm.rows()).hasSize(1);
    }

    @Test
    void eachFieldSaysWhatIsWrongAsTheClerkTypesAndNothingCanBeSaved() {
        PersonFormViewModel f = vm.newPerson();
        assertThat(f.nameMessageProperty().get()).as("an empty form is no error").isEmpty();
        assertThat(f.missingProperty().get()).isEqualTo("请填写姓名，并选择人员类别");
        assertThat(f.canSaveProperty().get()).isFalse();

        f.nameProperty().set("柳青");
        f.kindProperty().set(PersonKind.VOLUNTEER);
        assertThat(f.missingProperty().get()).isEmpty();
        assertThat(f.canSaveProperty().get()).isTrue();

        f.idNumberProperty().set("99010119900101123");
        assertThat(f.idNumberMessageProperty().get()).isNotEmpty();
        assertThat(f.canSaveProperty().get()).isFalse();
        f.idNumberProperty().set("990101199001011238");
        assertThat(f.idNumberMessageProperty().get()).as("the check character").isNotEmpty();
        f.idNumberProperty().set(DutyFixture.VOLUNTEER_ID);
        assertThat(f.idNumberMessageProperty().get()).isEmpty();

        f.nameProperty().set("柳".repeat(61));
        assertThat(f.nameMessageProperty().get()).contains("60");
        f.nameProperty().set("柳青");
        f.phoneProperty().set("1".repeat(41));
        assertThat(f.phoneMessageProperty().get()).contains("40");
        f.phoneProperty().set("");
        f.noteProperty().set("注".repeat(201));
        assertThat(f.noteMessageProperty().get()).contains("200");
        assertThat(f.canSaveProperty().get()).isFalse();

        int before = office.peopleCount();
        f.save();
        assertThat(f.savedProperty().get()).isNull();
        assertThat(office.peopleCount()).isEqualTo(before);
    }

    @Test
    void aMembersIdNumberLinksThePersonAndAnotherNameIsRefusedAsTheClerkTypes() {
        Member m = office.memberNotOnThePeopleRegister();
        PersonFormViewModel f = form("", PersonKind.COMMUNITY_WORKER, m.citizenId().value(), null);
        assertThat(f.linkMessageProperty().get())
                .isEqualTo("这是党员“" + m.name() + "”的公民身份号码：登记后与该党员关联，不另建档");
        f.nameProperty().set("别人");
        assertThat(f.refusalProperty().get()).isEqualTo(PeopleRules.Refusal.NOT_THE_MEMBERS_NAME);
        assertThat(f.linkMessageProperty().get()).contains(m.name()).contains("姓名不符");
        assertThat(f.canSaveProperty().get()).isFalse();

        f.nameProperty().set(m.name());
        assertThat(f.refusalProperty().get()).isNull();
        assertThat(f.canSaveProperty().get()).isTrue();
        f.save();

        assertThat(vm.rows())
                .filteredOn(l -> l.person().memberId() != null)
                .singleElement()
                .satisfies(l -> assertThat(PeopleViewModel.memberText(l)).isEqualTo(m.name()));

        PersonFormViewModel again =
                form(m.name(), PersonKind.VOLUNTEER, m.citizenId().value(), null);
        assertThat(again.refusalProperty().get()).isEqualTo(PeopleRules.Refusal.ALREADY_LISTED);
        assertThat(again.linkMessageProperty().get()).isEqualTo("此人已在人员名册中，不能重复登记");
        assertThat(again.canSaveProperty().get()).isFalse();
    }

    @Test
    void aPersonTakenOffTheRegisterShowsOnlyWithThoseWhoLeft() {
        form("柳青", PersonKind.SENT_DOWN_CADRE, null, null).save();
        PeopleService.Line line = vm.rows().get(0);
        assertThat(vm.mayLeave(line)).isTrue();

        vm.leave(line, LocalDate.of(2020, 4, 30));

        assertThat(vm.noticeProperty().get().kind()).isEqualTo(Notice.Kind.SUCCESS);
        assertThat(vm.rows()).isEmpty();
        int all = office.peopleCount();
        assertThat(vm.summaryProperty().get()).isEqualTo("找到 0 人（在册共 " + all + " 人）");
        vm.textProperty().set("");
        int left = office.services.people().lines(true).size() - all;
        assertThat(left).isPositive();
        assertThat(vm.summaryProperty().get()).isEqualTo("在册 " + all + " 人，已移出 " + left + " 人");
        vm.textProperty().set("柳青");
        vm.includeLeftProperty().set(true);
        assertThat(vm.rows())
                .singleElement()
                .satisfies(
                        l -> {
                            assertThat(PeopleViewModel.statusText(l)).isEqualTo("2020-04-30 移出");
                            assertThat(vm.mayLeave(l)).isFalse();
                        });
    }

    @Test
    void aLeaveDayInTheFutureIsRefusedAndChangesNothing() {
        form("柳青", PersonKind.VOLUNTEER, null, null).save();
        vm.leave(vm.rows().get(0), vm.today().plusDays(1));
        assertThat(vm.noticeProperty().get().kind()).isEqualTo(Notice.Kind.FAILURE);
        assertThat(vm.noticeProperty().get().text()).startsWith("移出日期：");
        assertThat(vm.rows()).hasSize(1);
    }

    @Test
    void theRegisterIsExportedMasked() throws Exception {
        form("柳青", PersonKind.VOLUNTEER, DutyFixture.VOLUNTEER_ID, "13912345678").save();
        Path out = dir.resolve("people.xlsx");
        vm.export(out);
        assertThat(vm.noticeProperty().get().text())
                .startsWith("已导出 " + office.peopleCount() + " 人（身份证号、电话已遮盖）");
        assertThat(Files.size(out)).isPositive();
    }

    @Test
    void aSupervisorReadsTheRegisterMaskedAndCannotAddToIt() {
        form("柳青", PersonKind.VOLUNTEER, DutyFixture.VOLUNTEER_ID, "13912345678").save();
        office.close();
        office = DutyFixture.reopened(dir, Role.SUPERVISOR);
        vm = office.people();
        vm.reload();
        vm.textProperty().set("柳青");
        assertThat(vm.rows())
                .singleElement()
                .satisfies(
                        l -> {
                            assertThat(l.maskedId()).isEqualTo("990101********1230");
                            assertThat(l.maskedPhone()).isEqualTo("139****5678");
                        });
        PersonFormViewModel f = form("白露", PersonKind.VOLUNTEER, null, null);
        f.save();
        assertThat(f.savedProperty().get()).isNull();
        assertThat(f.noticeProperty().get().kind()).isEqualTo(Notice.Kind.FAILURE);
    }

    @Test
    void tagsTypedInTheFormAreCheckedAsTypedSavedAsAMembersAndFoundInTheList() {
        PersonFormViewModel f = form("周敏", PersonKind.VOLUNTEER, null, null);
        f.tagsProperty().set("医".repeat(201));
        assertThat(f.tagsMessageProperty().get()).isEqualTo("不能超过 200 个字");
        assertThat(f.canSaveProperty().get()).isFalse();

        f.tagsProperty().set("医护背景，志愿者 医护背景");
        assertThat(f.tagsMessageProperty().get()).isEmpty();
        assertThat(f.canSaveProperty().get()).isTrue();
        f.save();

        assertThat(f.savedProperty().get().tags()).isEqualTo("医护背景、志愿者");
        vm.textProperty().set("医护背景");
        assertThat(vm.rows())
                .extracting(l -> l.person().name() + " " + PeopleViewModel.tagsText(l))
                .contains("周敏 医护背景、志愿者");
    }
}
