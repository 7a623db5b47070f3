package org.branchdesk.domain.duty;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A week (Monday to Sunday) of a community's roster, or of one of its compounds', published: from
 * then on its changes are swaps with a reason, and the auto-fill leaves it alone.
 *
 * @param compoundId the compound, or {@code null} for every post of the community
 */
public record PublishedWeek(
        UUID id,
        UUID communityId,
        UUID compoundId,
        LocalDate weekStart,
        Instant publishedAt,
        String publishedBy) {
    public PublishedWeek {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(weekStart, "weekStart");
        if (weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a week starts on a Monday: " + weekStart);
        }
    }

    /**
     * Whether the publication covers a post's shift on a day: the same week, the post's community,
     * and the post's compound unless the whole community was published.
     */
    public boolean covers(Post post, LocalDate day) {
        return weekStart.equals(Shift.mondayOf(day))
                && communityId.equals(post.communityId())
                && (compoundId == null || compoundId.equals(post.compoundId()));
    }
}
