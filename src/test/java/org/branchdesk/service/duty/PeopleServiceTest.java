package org.branchdesk.service.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.branchdesk.domain.duty.Person;
import org.branchdesk.domain.duty.PersonKind;
import org.branchdesk.domain.members.Member;
import org.branchdesk.service.Services;
import org.branchdesk.service.registers.MemberFilter;
import org.branchdesk.testing.TestOffice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeopleServiceTest {
    // a valid ID number from the unassigned 99 region, as the demo's are
    static final String VOLUNTEER_ID = "990101199001011230";

    @TempDir Path dir;
    Services s;

    @BeforeEach
    void open() {
        s = TestOffice.open(dir);
        s.demo().load(0, false);
    }

    @AfterEach
    void close() {
        s.close();
    }

    Member aMember() {
        var row =
                s.members()
                        .search(
                                new MemberFilter(null, null, null, null, null, null, null, false),
                                1)
                        .rows()
                        .get(0);
        return s.members().get(row.id());
    }

    @Test
    void aVolunteerIsListedWithIdNumberAndPhoneMasked() {
        int before = s.stats().counts().get("people");
        Person p =
                s.people()
                        .add(
                                new PeopleService.NewPerson(
                                        "柳青",
                                        VOLUNTEER_ID,
                                        "13912345678",
                                        PersonKind.VOLUNTEER,
                                        null));
        assertThat(p.memberId()).isNull();
        assertThat(s.stats().counts()).containsEntry("people", before + 1);
        assertThat(s.people().lines(false))
                .filteredOn(l -> l.person().id().equals(p.id()))
                .singleElement()
                .satisfies(
                        l -> {
                            assertThat(l.maskedId()).isEqualTo("990101********1230");
                            assertThat(l.maskedPhone()).isEqualTo("139****5678");
                        });
    }

    @Test
    void aMemberIsLinkedNotCopiedAndNeverListedTwice() {
        Member m = aMember();
        Person p =
                s.people()
                        .add(
                                new PeopleService.NewPerson(
                                        m.name(),
                                        m.citizenId().value(),
                                        null,
                                        PersonKind.COMMUNITY_WORKER,
                                        null));
        assertThat(p.memberId()).isEqualTo(m.id());
        assertThat(s.people().lines(false))
                .filteredOn(l -> l.person().id().equals(p.id()))
                .singleElement()
                .satisfies(l -> assertThat(l.memberName()).isEqualTo(m.name()));
        Map<String, Integer> before = s.stats().counts();
        assertThatThrownBy(
                        () ->
                                s.people()
                                        .add(
                                                new PeopleService.NewPerson(
                                                        m.name(),
                                                        m.citizenId().value(),
                                                        null,
                                                        PersonKind.VOLUNTEER,
                                                        null)))
                .hasMessage("公民身份号码：此人已在人员名册中，不能重复登记");
        assertThat(s.stats().counts()).isEqualTo(before);
    }

    @Test
    void aMembersIdNumberUnderAnotherNameIsRefused() {
        Member m = aMember();
        assertThatThrownBy(
                        () ->
                                s.people()
                                        .add(
                                                new PeopleService.NewPerson(
                                                        "别人",
                                                        m.citizenId().value(),
                                                        null,
                                                        PersonKind.OTHER,
                                                        null)))
                .hasMessage("姓名：这个公民身份号码是党员“" + m.name() + "”的，姓名不符");
    }

    @Test
    void aPersonTakenOffTheRegisterIsKept() {
        Person p =
                s.people()
                        .add(
                                new PeopleService.NewPerson(
                                        "柳青", null, null, PersonKind.SENT_DOWN_CADRE, "区卫健委"));
        s.people().leave(p.id(), LocalDate.of(2020, 4, 30));
        assertThat(s.people().lines(false)).noneMatch(l -> l.person().id().equals(p.id()));
        assertThat(s.people().lines(true))
                .filteredOn(l -> l.person().id().equals(p.id()))
                .singleElement()
                .satisfies(
                        l -> assertThat(l.person().leftOn()).isEqualTo(LocalDate.of(2020, 4, 30)));
        assertThatThrownBy(() -> s.people().leave(p.id(), LocalDate.of(2020, 5, 1)))
                .hasMessageContaining("已于 2020-04-30 移出");
    }

    @Test
    void aBadIdNumberIsRefusedNamingTheField() {
        assertThatThrownBy(
                        () ->
                                s.people()
                                        .add(
                                                new PeopleService.NewPerson(
                                                        "柳青",
                                                        "990101199001011238",
                                                        null,
                                                        PersonKind.VOLUNTEER,
                                                        null)))
                .hasMessageStartingWith("公民身份号码：");
    }
}
