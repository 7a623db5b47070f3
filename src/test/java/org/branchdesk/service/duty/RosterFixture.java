package org.branchdesk.service.duty;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.branchdesk.domain.accounts.Role;
import org.branchdesk.domain.duty.Person;
import org.branchdesk.domain.duty.PersonKind;
import org.branchdesk.domain.duty.Post;
import org.branchdesk.domain.duty.PostKind;
import org.branchdesk.domain.duty.Team;
import org.branchdesk.domain.members.CitizenId;
import org.branchdesk.domain.members.Member;
import org.branchdesk.domain.members.Presence;
import org.branchdesk.domain.members.Registration;
import org.branchdesk.domain.members.Standing;
import org.branchdesk.service.Services;
import org.branchdesk.service.members.MemberService;
import org.branchdesk.testing.TestOffice;

/**
 * A small office of its own for the roster's tests: 青槐街道 with 试点社区 and its compounds 东苑 and 西苑,
 * four members (two named 王芳) and two people on the people register (one named 王芳 too), on a clock
 * that stands still on Wednesday 18 March 2026, 10:00 Beijing time.
 */
final class RosterFixture implements AutoCloseable {
    static final Instant NOW =
            ZonedDateTime.of(2026, 3, 18, 10, 0, 0, 0, ZoneId.of("Asia/Shanghai")).toInstant();
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 16);

    final Services s;
    final UUID community;
    final UUID east;
    final UUID west;

    /** A member with 医护 among his tags. */
    final Team.Someone zhang;

    /** A member. */
    final Team.Someone li;

    /** Two members and a person (without an ID number) named 王芳. */
    final Team.Someone wangA;

    final Team.Someone wangB;
    final Team.Someone wangPerson;

    /** A volunteer on the people register. */
    final Team.Someone liu;

    RosterFixture(Path dir) {
        this(dir, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    RosterFixture(Path dir, Clock pc) {
        s = TestOffice.open(dir, Role.ADMIN, pc);
        s.office().initialize("青槐街道", "明川区", "青槐街党工");
        community = s.places().createCommunity("试点社区").id();
        east = s.places().createCompound(community, "东苑").id();
        west = s.places().createCompound(community, "西苑").id();
        zhang = member("张伟", "11010519800101001", "医护、志愿者");
        li = member("李强", "11010519810202003", null);
        wangA = member("王芳", "11010519820303002", null);
        wangB = member("王芳", "11010519830404004", null);
        wangPerson = person("王芳");
        liu = person("柳青");
    }

    private Team.Someone member(String name, String first17, String tags) {
        Member m =
                s.members()
                        .add(
                                new MemberService.NewMember(
                                        name,
                                        first17 + CitizenId.checkCharacter(first17),
                                        null,
                                        LocalDate.of(2010, 7, 1),
                                        LocalDate.of(2011, 7, 1),
                                        Standing.FULL,
                                        Registration.COMMUNITY,
                                        Presence.RESIDENT,
                                        east,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        tags));
        return Team.Someone.member(m.id());
    }

    private Team.Someone person(String name) {
        Person p =
                s.people()
                        .add(
                                new PeopleService.NewPerson(
                                        name, null, null, PersonKind.VOLUNTEER, null));
        return Team.Someone.person(p.id());
    }

    /** A post of 东苑 (or, with {@code compound} null, of the community). */
    Post post(String name, UUID compound, int headcount, boolean needsMember, String tag) {
        return s.roster()
                .addPost(
                        new RosterService.NewPost(
                                community,
                                compound,
                                PostKind.CHECKPOINT,
                                name,
                                headcount,
                                needsMember,
                                tag));
    }

    /** A post's shift on a day at a start time (generated already). */
    UUID shift(Post p, LocalDate day, String start) {
        return s.roster().shifts(day, day, null, null).stream()
                .filter(l -> l.post().id().equals(p.id()))
                .filter(l -> l.shift().shift().hours().start().equals(LocalTime.parse(start)))
                .findFirst()
                .orElseThrow()
                .shift()
                .id();
    }

    private boolean closed;

    /** Closes the office (once: a test may close it early to open it as another account). */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            s.close();
        }
    }
}
