package org.branchdesk.domain.members;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.branchdesk.domain.common.Personal;
import org.branchdesk.domain.common.Tags;

/**
 * A party member (党员) on the office's register.
 *
 * @param joinedOn the day the branch meeting admitted the member (入党日期)
 * @param fullOn the day probation ended (转正日期); {@code null} for probationary members
 * @param orgId the branch the member belongs to here, if any
 * @param departure how the member left the register, {@code null} while on it
 * @param tags the office's own tags (退役军人、志愿者 …), separated by 、; {@code null} for none
 */
public record Member(
        UUID id,
        String name,
        Sex sex,
        CitizenId citizenId,
        String ethnicGroup,
        String education,
        @Personal(Personal.Kind.PHONE) String phone,
        LocalDate joinedOn,
        LocalDate fullOn,
        Standing standing,
        Registration registration,
        Presence presence,
        UUID orgId,
        UUID communityId,
        UUID compoundId,
        String building,
        String unit,
        String room,
        String workplace,
        String note,
        Departure departure,
        LocalDate departedOn,
        String tags) {

    public Member {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(citizenId, "citizenId");
        Objects.requireNonNull(standing, "standing");
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(presence, "presence");
    }

    public LocalDate birthDate() {
        return citizenId.birthDate();
    }

    public boolean isActive() {
        return departure == null;
    }

    /**
     * Party standing (党龄) in whole years on {@code asOf}, counted from the full-member date; {@code
     * null} for a probationary member or when the date is unknown.
     */
    public Integer partyStanding(LocalDate asOf) {
        return PartyStanding.years(fullOn, asOf);
    }

    /** A full member whose membership is held in the community: counts towards a regular branch. */
    public boolean countsForRegularBranch() {
        return Membership.countsTowardRegularBranch(isActive(), standing, registration, presence);
    }

    public Member leaving(Departure how, LocalDate on) {
        return new Member(
                id,
                name,
                sex,
                citizenId,
                ethnicGroup,
                education,
                phone,
                joinedOn,
                fullOn,
                standing,
                registration,
                presence,
                orgId,
                communityId,
                compoundId,
                building,
                unit,
                room,
                workplace,
                note,
                Objects.requireNonNull(how),
                Objects.requireNonNull(on),
                tags);
    }

    public Member withPlaceAndOrg(UUID community, UUID compound, UUID org) {
        return new Member(
                id,
                name,
                sex,
                citizenId,
                ethnicGroup,
                education,
                phone,
                joinedOn,
                fullOn,
                standing,
                registration,
                presence,
                org,
                community,
                compound,
                building,
                unit,
                room,
                workplace,
                note,
                departure,
                departedOn,
                tags);
    }

    /** Tags as a clerk types them (、，, ; or spaces between): trimmed, each once, joined by 、. */
    public static String normalizeTags(String raw) {
        return Tags.normalize("field.member.tags", raw);
    }
}
