package org.branchdesk.service.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.branchdesk.domain.duty.Person;
import org.branchdesk.domain.duty.PersonKind;
import org.branchdesk.domain.duty.SentDown;
import org.branchdesk.domain.duty.Team;
import org.branchdesk.domain.places.Community;
import org.branchdesk.service.Services;
import org.branchdesk.testing.TestOffice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentDownServiceTest {
    @TempDir Path dir;
    Services s;
    Community community;
    Person cadre;

    @BeforeEach
    void open() {
        s = TestOffice.open(dir);
        s.demo().load(0, false);
        community = s.places().communities().get(0);
        cadre =
                s.people()
                        .add(
                                new PeopleService.NewPerson(
                                        "韩冬",
                                        null,
                                        "19912345678",
                                        PersonKind.SENT_DOWN_CADRE,
                                        null));
    }

    @AfterEach
    void close() {
        s.close();
    }

    SentDownService.NewSentDown sending(Team.Someone who, String unit, LocalDate from) {
        return new SentDownService.NewSentDown(who, null, unit, community.id(), null, from, null);
    }

    @Test
    void aCadreSentDownServesUntilTheSendingEndsAndTheRecordStays() {
        // the demo's cadres were sent down until 2020-04-30: on record, none serving now
        int serving = s.stats().counts().get("sent_down");
        int onRecord = s.sentDown().lines(true).size();
        SentDown d =
                s.sentDown()
                        .add(
                                sending(
                                        Team.Someone.person(cadre.id()),
                                        "明川区税务局",
                                        LocalDate.of(2020, 2, 3)));
        assertThat(s.stats().counts()).containsEntry("sent_down", serving + 1);
        assertThat(s.sentDown().lines(false))
                .filteredOn(l -> l.id().equals(d.id()))
                .singleElement()
                .satisfies(
                        l -> {
                            assertThat(l.name()).isEqualTo("韩冬");
                            assertThat(l.maskedPhone()).isEqualTo("199****5678");
                            assertThat(l.unit()).isEqualTo("明川区税务局");
                            assertThat(l.community()).isEqualTo(community.name());
                        });
        assertThat(s.sentDown().servingOf(Team.Someone.person(cadre.id()))).isEqualTo(d.id());
        s.sentDown().end(d.id(), LocalDate.of(2020, 3, 31));
        assertThat(s.stats().counts()).containsEntry("sent_down", serving);
        assertThat(s.sentDown().lines(false))
                .extracting(SentDownService.Line::id)
                .doesNotContain(d.id());
        assertThat(s.sentDown().lines(true)).hasSize(onRecord + 1);
        assertThat(s.sentDown().lines(true))
                .filteredOn(l -> l.id().equals(d.id()))
                .singleElement()
                .extracting(SentDownService.Line::to)
                .isEqualTo(LocalDate.of(2020, 3, 31));
    }

    @Test
    void theSendingUnitIsLinkedWhenItIsOnTheUnitRegister() {
        var unit = s.units().list().get(0).unit();
        SentDown d =
                s.sentDown()
                        .add(
                                sending(
                                        Team.Someone.person(cadre.id()),
                                        unit.name(),
                                        LocalDate.of(2020, 2, 3)));
        assertThat(d.unit().unitId()).isEqualTo(unit.id());
        assertThat(s.sentDown().lines(false))
                .filteredOn(l -> l.id().equals(d.id()))
                .singleElement()
                .extracting(SentDownService.Line::unitOnRegister)
                .isEqualTo(true);
    }

    @Test
    void aPersonSentDownIsACadreAndServesOneSendingAtATime() {
        Person volunteer =
                s.people()
                        .add(
                                new PeopleService.NewPerson(
                                        "柳青", null, null, PersonKind.VOLUNTEER, null));
        s.sentDown()
                .add(sending(Team.Someone.person(cadre.id()), "明川区税务局", LocalDate.of(2020, 2, 3)));
        Map<String, Integer> before = s.stats().counts();
        assertThatThrownBy(
                        () ->
                                s.sentDown()
                                        .add(
                                                sending(
                                                        Team.Someone.person(volunteer.id()),
                                                        "明川区税务局",
                                                        LocalDate.of(2020, 2, 3))))
                .hasMessage("下沉干部：人员名册中此人的类别不是“下沉干部”");
        assertThatThrownBy(
                        () ->
                                s.sentDown()
                                        .add(
                                                sending(
                                                        Team.Someone.person(cadre.id()),
                                                        "明川区税务局",
                                                        LocalDate.of(2020, 2, 10))))
                .hasMessage("下沉干部：此人已在下沉，尚未结束");
        assertThatThrownBy(
                        () ->
                                s.sentDown()
                                        .add(
                                                sending(
                                                        Team.Someone.member(
                                                                s.members()
                                                                        .search(
                                                                                org.branchdesk
                                                                                        .service
                                                                                        .registers
                                                                                        .MemberFilter
                                                                                        .text(""),
                                                                                1)
                                                                        .rows()
                                                                        .get(0)
                                                                        .id()),
                                                        " ",
                                                        LocalDate.of(2020, 2, 10))))
                .hasMessageStartingWith("派出单位：");
        assertThatThrownBy(
                        () ->
                                s.sentDown()
                                        .add(
                                                new SentDownService.NewSentDown(
                                                        Team.Someone.person(volunteer.id()),
                                                        null,
                                                        "明川区税务局",
                                                        community.id(),
                                                        null,
                                                        LocalDate.of(2020, 2, 10),
                                                        LocalDate.now().plusDays(3))))
                .hasMessage("下沉结束日期：日期不能晚于今天");
        assertThat(s.stats().counts()).isEqualTo(before);
    }
}
