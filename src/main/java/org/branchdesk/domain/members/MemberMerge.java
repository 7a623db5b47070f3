package org.branchdesk.domain.members;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What a row of a members sheet may change of a member the office already has (matched by the ID
 * number): every fact the row gives; an empty cell keeps what the office has. The name and sex
 * follow the row (they are read from the ID number); a departure is never undone by a sheet.
 */
public final class MemberMerge {
    private MemberMerge() {}

    /** The facts a row may give. */
    public enum Given {
        ETHNIC_GROUP,
        EDUCATION,
        PHONE,
        JOINED_ON,
        FULL_ON,
        STANDING,
        REGISTRATION,
        PRESENCE,
        ORG,
        COMMUNITY,
        COMPOUND,
        BUILDING,
        UNIT,
        ROOM,
        WORKPLACE,
        NOTE,
        TAGS
    }

    /**
     * The member after the row: {@code community}, {@code compound} and {@code org} are the places
     * and organization the row names, as found in the office. A new community without a compound
     * moves the member out of the old compound; an organization the office lacks keeps the old one;
     * a full-membership date makes a full member ({@link Membership#standingFor}).
     */
    public static Member merge(
            Member old, Member row, Set<Given> given, UUID community, UUID compound, UUID org) {
        return new Member(
                old.id(),
                row.name(),
                row.sex(),
                row.citizenId(),
                given.contains(Given.ETHNIC_GROUP) ? row.ethnicGroup() : old.ethnicGroup(),
                given.contains(Given.EDUCATION) ? row.education() : old.education(),
                given.contains(Given.PHONE) ? row.phone() : old.phone(),
                given.contains(Given.JOINED_ON) ? row.joinedOn() : old.joinedOn(),
                given.contains(Given.FULL_ON) ? row.fullOn() : old.fullOn(),
                Membership.standingFor(
                        given.contains(Given.STANDING) ? row.standing() : null,
                        given.contains(Given.FULL_ON) ? row.fullOn() : null,
                        old.standing()),
                given.contains(Given.REGISTRATION) ? row.registration() : old.registration(),
                given.contains(Given.PRESENCE) ? row.presence() : old.presence(),
                given.contains(Given.ORG) && org != null ? org : old.orgId(),
                given.contains(Given.COMMUNITY) ? community : old.communityId(),
                given.contains(Given.COMPOUND)
                        ? compound
                        : given.contains(Given.COMMUNITY)
                                        && !Objects.equals(community, old.communityId())
                                ? null
                                : old.compoundId(),
                given.contains(Given.BUILDING) ? row.building() : old.building(),
                given.contains(Given.UNIT) ? row.unit() : old.unit(),
                given.contains(Given.ROOM) ? row.room() : old.room(),
                given.contains(Given.WORKPLACE) ? row.workplace() : old.workplace(),
                given.contains(Given.NOTE) ? row.note() : old.note(),
                old.departure(),
                old.departedOn(),
                given.contains(Given.TAGS) ? row.tags() : old.tags());
    }
}
