package org.branchdesk.domain.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.branchdesk.domain.members.MemberMerge.Given;
import org.junit.jupiter.api.Test;

class MemberMergeTest {
    static final CitizenId ID = CitizenId.parse("11010519491231002X");
    static final UUID COMMUNITY = UUID.randomUUID();
    static final UUID COMPOUND = UUID.randomUUID();
    static final UUID BRANCH = UUID.randomUUID();

    static Member member(
            String phone,
            Standing standing,
            LocalDate fullOn,
            UUID community,
            UUID compound,
            UUID org) {
        return new Member(
                UUID.randomUUID(),
                "王芳",
                ID.sex(),
                ID,
                "汉族",
                null,
                phone,
                LocalDate.of(2000, 7, 1),
                fullOn,
                standing,
                Registration.COMMUNITY,
                Presence.RESIDENT,
                org,
                community,
                compound,
                "3号楼",
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    final Member old =
            member("139-0000-1111", Standing.PROBATIONARY, null, COMMUNITY, COMPOUND, BRANCH);

    @Test
    void anEmptyCellKeepsWhatTheOfficeHas() {
        Member row = member(null, Standing.FULL, null, null, null, null);
        Member after = MemberMerge.merge(old, row, EnumSet.noneOf(Given.class), null, null, null);
        assertThat(after).isEqualTo(old);
    }

    @Test
    void aGivenCellChangesItsFactAndNothingElse() {
        Member row = member("138-0000-2222", Standing.FULL, null, null, null, null);
        Member after = MemberMerge.merge(old, row, Set.of(Given.PHONE), null, null, null);
        assertThat(after.phone()).isEqualTo("138-0000-2222");
        assertThat(after.standing()).isEqualTo(Standing.PROBATIONARY);
        assertThat(after.compoundId()).isEqualTo(COMPOUND);
        assertThat(after.id()).isEqualTo(old.id());
    }

    @Test
    void aFullMembershipDateMakesAFullMember() {
        Member row = member(null, Standing.FULL, LocalDate.of(2001, 7, 1), null, null, null);
        Member after = MemberMerge.merge(old, row, Set.of(Given.FULL_ON), null, null, null);
        assertThat(after.standing()).isEqualTo(Standing.FULL);
        assertThat(after.fullOn()).isEqualTo(LocalDate.of(2001, 7, 1));
    }

    @Test
    void anotherCommunityWithoutACompoundMovesTheMemberOutOfTheOldCompound() {
        UUID elsewhere = UUID.randomUUID();
        Member row = member(null, Standing.FULL, null, null, null, null);
        Member after = MemberMerge.merge(old, row, Set.of(Given.COMMUNITY), elsewhere, null, null);
        assertThat(after.communityId()).isEqualTo(elsewhere);
        assertThat(after.compoundId()).isNull();
        Member same = MemberMerge.merge(old, row, Set.of(Given.COMMUNITY), COMMUNITY, null, null);
        assertThat(same.compoundId())
                .as("the same community keeps the compound")
                .isEqualTo(COMPOUND);
    }

    @Test
    void anOrganizationTheOfficeLacksKeepsTheOldOne() {
        Member row = member(null, Standing.FULL, null, null, null, null);
        assertThat(MemberMerge.merge(old, row, Set.of(Given.ORG), null, null, null).orgId())
                .isEqualTo(BRANCH);
        UUID other = UUID.randomUUID();
        assertThat(MemberMerge.merge(old, row, Set.of(Given.ORG), null, null, other).orgId())
                .isEqualTo(other);
    }

    @Test
    void aDepartureIsNeverUndoneByASheet() {
        Member left = old.leaving(Departure.TRANSFERRED_OUT, LocalDate.of(2025, 1, 1));
        Member row = member(null, Standing.FULL, null, null, null, null);
        Member after =
                MemberMerge.merge(
                        left, row, EnumSet.allOf(Given.class), COMMUNITY, COMPOUND, BRANCH);
        assertThat(after.departure()).isEqualTo(Departure.TRANSFERRED_OUT);
        assertThat(after.departedOn()).isEqualTo(LocalDate.of(2025, 1, 1));
    }
}
