package org.branchdesk.service.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.duty.DutyLimit;
import org.branchdesk.domain.duty.Person;
import org.branchdesk.domain.duty.PersonKind;
import org.branchdesk.domain.duty.Team;
import org.branchdesk.domain.duty.Unavailability;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AvailabilityServiceTest {
    @TempDir Path dir;
    RosterFixture f;
    AvailabilityService availability;

    @BeforeEach
    void open() {
        f = new RosterFixture(dir);
        availability = f.s.availability();
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void limitsStartAtTheDefaultAndKeepWhatIsNotGiven() {
        assertThat(availability.of(f.li).limit()).isEqualTo(DutyLimit.DEFAULT);
        assertThat(availability.of(f.li).own()).isFalse();
        assertThat(availability.setLimit(f.li, 3, null)).isEqualTo(new DutyLimit(3, 8));
        assertThat(availability.setLimit(f.li, null, 12)).isEqualTo(new DutyLimit(3, 12));
        assertThat(f.s.stats().counts()).containsEntry("duty_limits", 1);
        assertThatThrownBy(() -> availability.setLimit(f.li, 40, null))
                .isInstanceOfSatisfying(
                        ValidationError.class,
                        e -> assertThat(e.getMessage()).isEqualTo("每周最多班数：应在 0 至 28 之间"));
        assertThat(availability.of(f.li).limit()).isEqualTo(new DutyLimit(3, 12));
        assertThat(availability.setLimit(f.liu, 2, 10)).isEqualTo(new DutyLimit(2, 10));
        assertThat(availability.list())
                .extracting(l -> l.name() + " " + l.limit().maxShiftsPerWeek())
                .containsExactly("李强 3", "柳青 2");
    }

    @Test
    void aPersonWhoIsAlsoAMemberIsTheMember() {
        String id = f.s.members().get(f.zhang.memberId()).citizenId().value();
        Person linked =
                f.s.people()
                        .add(new PeopleService.NewPerson("张伟", id, null, PersonKind.OTHER, null));
        assertThat(linked.memberId()).isEqualTo(f.zhang.memberId());
        availability.setLimit(Team.Someone.person(linked.id()), 2, null);
        assertThat(availability.of(f.zhang).limit().maxShiftsPerWeek()).isEqualTo(2);
        // and the name finds the member once
        assertThat(f.s.roster().someoneNamed("张伟", null)).isEqualTo(f.zhang);
    }

    @Test
    void unavailableDaysAndHoursAreAddedListedAndTakenBack() {
        Unavailability days =
                availability.addDays(
                        f.liu, LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 21), "返乡");
        Unavailability hours =
                availability.addHours(
                        f.liu,
                        LocalDateTime.parse("2026-03-23T08:00"),
                        LocalDateTime.parse("2026-03-23T12:00"),
                        null);
        assertThat(availability.of(f.liu).off())
                .extracting(u -> AvailabilityService.describe(u.period()))
                .containsExactly(
                        "2026-03-20 至 2026-03-21 全天", "2026-03-23 08:00 至 2026-03-23 12:00");
        assertThat(f.s.stats().counts()).containsEntry("unavailability", 2);
        assertThat(availability.periodWithPrefix(days.id().toString().substring(0, 8)))
                .isEqualTo(days.id());
        availability.remove(hours.id());
        assertThat(availability.of(f.liu).off()).containsExactly(days);
        assertThat(f.s.stats().counts()).containsEntry("unavailability", 1);
        assertThatThrownBy(() -> availability.remove(hours.id())).hasMessageContaining("找不到");
        assertThatThrownBy(
                        () ->
                                availability.addDays(
                                        f.liu,
                                        LocalDate.of(2026, 3, 21),
                                        LocalDate.of(2026, 3, 20),
                                        null))
                .isInstanceOfSatisfying(
                        ValidationError.class,
                        e -> assertThat(e.field()).isEqualTo("field.unavailable.to"));
    }
}
