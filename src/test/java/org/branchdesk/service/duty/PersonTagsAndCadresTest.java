package org.branchdesk.service.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.branchdesk.domain.duty.Person;
import org.branchdesk.domain.duty.PersonKind;
import org.branchdesk.domain.duty.Post;
import org.branchdesk.domain.duty.RosterCheck.Rule;
import org.branchdesk.domain.duty.ShiftPattern;
import org.branchdesk.domain.duty.Team;
import org.branchdesk.domain.duty.TeamKind;
import org.branchdesk.domain.members.CitizenId;
import org.branchdesk.domain.members.Member;
import org.branchdesk.domain.members.Presence;
import org.branchdesk.domain.members.Registration;
import org.branchdesk.domain.members.Standing;
import org.branchdesk.service.Services;
import org.branchdesk.service.members.MemberService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tags on the people register meet a post's tag requirement as a member's do, and cadres sent down
 * to a community may serve its posts, in the live check, in auto-fill and in the roster's side
 * list.
 */
class PersonTagsAndCadresTest {
    static final LocalDate MONDAY = RosterFixture.MONDAY;
    static final LocalDate NEXT = MONDAY.plusDays(7);

    @TempDir Path dir;
    RosterFixture f;
    Services s;
    RosterService roster;

    @BeforeEach
    void open() {
        f = new RosterFixture(dir);
        s = f.s;
        roster = s.roster();
    }

    @AfterEach
    void close() {
        f.close();
    }

    static List<Rule> rules(List<Finding> findings) {
        return findings.stream().map(Finding::rule).toList();
    }

    /** 东苑's gate with one morning shift a day this week and next. */
    Post gate(boolean needsMember, String tag) {
        Post gate = f.post("东门卡点", f.east, 1, needsMember, tag);
        roster.generate(
                f.community,
                f.east,
                gate.id(),
                MONDAY,
                NEXT.plusDays(6),
                ShiftPattern.parseAll("08:00-12:00"));
        return gate;
    }

    Person nurse() {
        return s.people()
                .add(
                        new PeopleService.NewPerson(
                                "周敏", null, null, PersonKind.VOLUNTEER, "退休护士", "医护，志愿者"));
    }

    /** The community's own members cannot serve next Monday. */
    void membersAway() {
        for (Team.Someone m : List.of(f.zhang, f.li, f.wangA, f.wangB)) {
            s.availability().addDays(m, NEXT, NEXT, "单位值班");
        }
    }

    RosterAutoFill.Report fillNextMonday() {
        return roster.autofill(
                NEXT, NEXT, java.time.Duration.ofSeconds(2), false, p -> {}, () -> false);
    }

    @Test
    void aVolunteerNurseOnThePeopleRegisterMeetsAPostsMedicalRequirement() {
        Person nurse = nurse();
        assertThat(nurse.tags()).isEqualTo("医护、志愿者");
        Post gate = gate(false, "医护");
        UUID shift = f.shift(gate, NEXT.plusDays(1), "08:00");
        Team.Someone who = Team.Someone.person(nurse.id());

        assertThat(rules(roster.preview(shift, List.of(f.liu)).broken()))
                .containsExactly(Rule.MISSING_TAG);
        assertThat(roster.preview(shift, List.of(who)).broken()).isEmpty();
        roster.assign(shift, who, null);
        assertThat(rules(roster.check(NEXT.plusDays(1), NEXT.plusDays(1)))).isEmpty();
    }

    @Test
    void autoFillPutsTheNurseOnAPostThatNeedsAMedicalBackground() {
        Person nurse = nurse();
        // she serves 东苑 with its volunteers; the member with 医护 cannot come that day
        s.teams()
                .add(
                        new TeamService.NewTeam(
                                TeamKind.VOLUNTEER,
                                "东苑志愿队",
                                f.community,
                                f.east,
                                f.li,
                                List.of(f.li, Team.Someone.person(nurse.id())),
                                LocalDate.of(2026, 3, 1)));
        s.availability().addDays(f.zhang, NEXT, NEXT, "单位值班");
        gate(false, "医护");

        RosterAutoFill.Report r = fillNextMonday();
        assertThat(r.filled()).extracting(RosterAutoFill.Placed::name).containsExactly("周敏");
        assertThat(r.unfilled()).isEmpty();
        assertThat(roster.check(NEXT, NEXT)).isEmpty();
    }

    /** A member of another community, sent down to 试点社区 since this Monday. */
    Member cadreFromElsewhere() {
        UUID other = s.places().createCommunity("邻近社区").id();
        UUID north = s.places().createCompound(other, "北苑").id();
        String first17 = "11010519750505005";
        Member m =
                s.members()
                        .add(
                                new MemberService.NewMember(
                                        "赵干部",
                                        first17 + CitizenId.checkCharacter(first17),
                                        null,
                                        LocalDate.of(2000, 7, 1),
                                        LocalDate.of(2001, 7, 1),
                                        Standing.FULL,
                                        Registration.COMMUNITY,
                                        Presence.RESIDENT,
                                        north,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null));
        s.sentDown()
                .add(
                        new SentDownService.NewSentDown(
                                Team.Someone.member(m.id()),
                                null,
                                "明川区财政局",
                                f.community,
                                null,
                                MONDAY,
                                null));
        return m;
    }

    @Test
    void aMemberOfAnotherCommunitySentDownHereIsFilledByAutoFill() {
        Member cadre = cadreFromElsewhere();
        membersAway();
        gate(true, null);

        RosterAutoFill.Report r = fillNextMonday();
        assertThat(r.filled()).extracting(RosterAutoFill.Placed::name).containsExactly("赵干部");
        assertThat(roster.check(NEXT, NEXT)).isEmpty();
        assertThat(cadre.communityId()).isNotEqualTo(f.community);
    }

    /** 韩冬, on the people register, sent down to 试点社区's 东苑 from this Monday to {@code to}. */
    Person personSentDown(LocalDate to) {
        Person cadre =
                s.people()
                        .add(
                                new PeopleService.NewPerson(
                                        "韩冬", null, null, PersonKind.SENT_DOWN_CADRE, null));
        s.sentDown()
                .add(
                        new SentDownService.NewSentDown(
                                Team.Someone.person(cadre.id()),
                                null,
                                "明川区税务局",
                                f.community,
                                f.east,
                                MONDAY,
                                to));
        return cadre;
    }

    @Test
    void aPersonSentDownHereIsFilledByAutoFill() {
        personSentDown(null);
        membersAway();
        gate(false, null);

        RosterAutoFill.Report r = fillNextMonday();
        assertThat(r.filled()).extracting(RosterAutoFill.Placed::name).containsExactly("韩冬");
    }

    /** Those who cannot serve on a day. */
    void away(LocalDate day, Team.Someone... who) {
        for (Team.Someone w : who) {
            s.availability().addDays(w, day, day, "单位值班");
        }
    }

    /** Auto-fill of this Tuesday, the sending's last day, and Wednesday, the day after. */
    RosterAutoFill.Report fillTuesdayAndWednesday() {
        return roster.autofill(
                MONDAY.plusDays(1),
                MONDAY.plusDays(2),
                java.time.Duration.ofSeconds(2),
                false,
                p -> {},
                () -> false);
    }

    @Test
    void autoFillLeavesTheDayAfterTheSendingToSomeoneElse() {
        LocalDate tuesday = MONDAY.plusDays(1);
        personSentDown(tuesday);
        away(tuesday, f.zhang, f.li, f.wangA, f.wangB);
        away(tuesday.plusDays(1), f.li, f.wangA, f.wangB);
        gate(false, null);

        RosterAutoFill.Report r = fillTuesdayAndWednesday();
        assertThat(r.filled())
                .extracting(RosterAutoFill.Placed::day, RosterAutoFill.Placed::name)
                .containsExactly(tuple(tuesday, "韩冬"), tuple(tuesday.plusDays(1), "张伟"));
        assertThat(r.unfilled()).isEmpty();
    }

    @Test
    void aDayAfterTheSendingIsLeftOpenSayingTheCadreCannotServeThen() {
        LocalDate tuesday = MONDAY.plusDays(1);
        personSentDown(tuesday);
        away(tuesday, f.zhang, f.li, f.wangA, f.wangB);
        away(tuesday.plusDays(1), f.zhang, f.li, f.wangA, f.wangB);
        gate(false, null);

        RosterAutoFill.Report r = fillTuesdayAndWednesday();
        assertThat(r.filled())
                .extracting(RosterAutoFill.Placed::day, RosterAutoFill.Placed::name)
                .containsExactly(tuple(tuesday, "韩冬"));
        assertThat(r.unfilled())
                .singleElement()
                .satisfies(
                        o -> {
                            assertThat(o.day()).isEqualTo(tuesday.plusDays(1));
                            assertThat(o.why()).contains("韩冬 不可值班");
                        });
    }

    @Test
    void theSideListHasTheCadresSentDownOverTheWeekShown() {
        Member cadre = cadreFromElsewhere();
        assertThat(s.teams().candidates(f.community, NEXT, NEXT.plusDays(6)))
                .filteredOn(c -> c.who().equals(Team.Someone.member(cadre.id())))
                .singleElement()
                .satisfies(
                        c -> {
                            assertThat(c.name()).isEqualTo("赵干部");
                            assertThat(c.kind()).isEqualTo(PersonKind.SENT_DOWN_CADRE);
                            assertThat(c.maskedId()).doesNotContain("0505");
                        });
        // not in a week before the sending, and a team of today may take the cadre too
        assertThat(s.teams().candidates(f.community, MONDAY.minusDays(7), MONDAY.minusDays(1)))
                .noneMatch(c -> c.name().equals("赵干部"));
        assertThat(s.teams().candidates(f.community)).anyMatch(c -> c.name().equals("赵干部"));
        // nor in the cadre's own community twice
        assertThat(s.teams().candidates(cadre.communityId(), NEXT, NEXT))
                .filteredOn(c -> c.name().equals("赵干部"))
                .singleElement()
                .satisfies(c -> assertThat(c.kind()).isNull());
    }
}
