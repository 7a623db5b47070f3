package org.branchdesk.testing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.branchdesk.domain.duty.Post;
import org.branchdesk.domain.duty.PostKind;
import org.branchdesk.domain.duty.ShiftPattern;
import org.branchdesk.service.Services;
import org.branchdesk.service.duty.RosterService;

/**
 * The posts of 青槐社区 in the demo street, as its seeds name them (a checkpoint at 青槐小区 and at 槐荫里,
 * 青槐小区's disinfection round, the community's evening patrol), set up when the demo has not, and
 * their shifts generated for the weeks a test rosters.
 */
public final class DemoRoster {
    public static final String COMMUNITY = "青槐社区";

    private DemoRoster() {}

    /** The post, its compound, kind, headcount, whether it needs a party member, its hours. */
    private record Spec(
            String name,
            String compound,
            PostKind kind,
            int headcount,
            boolean needsMember,
            String hours) {}

    private static final List<Spec> POSTS =
            List.of(
                    new Spec("青槐小区卡点", "青槐小区", PostKind.CHECKPOINT, 2, true, null),
                    new Spec("槐荫里卡点", "槐荫里", PostKind.CHECKPOINT, 2, true, null),
                    new Spec("青槐小区消杀", "青槐小区", PostKind.DISINFECTION, 1, false, "09:00-11:00"),
                    new Spec("青槐社区夜间巡逻", null, PostKind.PATROL, 2, true, "18:00-22:00"));

    /**
     * Generates the shifts of the four posts (set up first if missing) from the Sunday before a
     * week's Monday to the Sunday a week after it.
     */
    public static void generate(Services s, LocalDate monday) {
        RosterService roster = s.roster();
        UUID community = roster.communityNamed(COMMUNITY);
        for (Spec p : POSTS) {
            UUID compound = roster.compoundNamed(community, p.compound());
            UUID post =
                    roster.posts(community, compound, false).stream()
                            .map(RosterService.PostLine::post)
                            .filter(x -> x.name().equals(p.name()))
                            .map(Post::id)
                            .findFirst()
                            .orElseGet(
                                    () ->
                                            roster.addPost(
                                                            new RosterService.NewPost(
                                                                    community,
                                                                    compound,
                                                                    p.kind(),
                                                                    p.name(),
                                                                    p.headcount(),
                                                                    p.needsMember(),
                                                                    null))
                                                    .id());
            roster.generate(
                    community,
                    compound,
                    post,
                    monday.minusDays(1),
                    monday.plusDays(13),
                    ShiftPattern.parseAll(p.hours()));
        }
    }

    /** The id of a post's shift on a day, starting at {@code start}. */
    public static UUID shift(Services s, String post, LocalDate day, String start) {
        UUID community = s.roster().communityNamed(COMMUNITY);
        return s.roster().shifts(day, day, community, null).stream()
                .filter(l -> l.post().name().equals(post))
                .filter(l -> l.shift().shift().hours().start().equals(LocalTime.parse(start)))
                .findFirst()
                .orElseThrow()
                .shift()
                .id();
    }
}
