package org.branchdesk.domain.households;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.orgs.BranchGroup;
import org.branchdesk.domain.orgs.OrgType;
import org.branchdesk.domain.orgs.PartyOrg;
import org.branchdesk.domain.places.Building;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BuildingsAndHouseholdsTest {
    static final UUID COMPOUND = UUID.randomUUID();

    @ParameterizedTest
    @CsvSource({"3号楼,3", "3栋,3", "３号楼,3", "3号,3", "3幢,3", "3座,3", "东区1号楼,东区1", "综合楼,综合"})
    void aBuildingIsKnownByWhatTellsItApart(String name, String key) {
        assertThat(Building.key(name)).isEqualTo(key);
    }

    @Test
    void residencesWrittenDifferentlyNameTheSameBuilding() {
        Building b = Building.of(UUID.randomUUID(), COMPOUND, "3号楼", 2, 24);
        assertThat(b.isNamed("3栋")).isTrue();
        assertThat(b.isNamed("３号楼")).isTrue();
        assertThat(b.isNamed("13号楼")).isFalse();
        assertThat(b.isNamed(null)).isFalse();
    }

    @Test
    void aBuildingNeedsANameAndCountsThatAreNotNegative() {
        assertThatThrownBy(() -> Building.of(UUID.randomUUID(), COMPOUND, " ", null, null))
                .isInstanceOf(ValidationError.class)
                .hasMessageContaining("楼栋名称");
        assertThatThrownBy(() -> Building.of(UUID.randomUUID(), COMPOUND, "3号楼", -1, null))
                .isInstanceOf(ValidationError.class)
                .hasMessageContaining("单元数");
        assertThatThrownBy(
                        () -> Building.of(UUID.randomUUID(), COMPOUND, "很".repeat(41), null, null))
                .isInstanceOf(ValidationError.class)
                .hasMessageContaining("40");
    }

    @Test
    void aContactHouseholdBelongsToACentralHousehold() {
        assertThatThrownBy(
                        () ->
                                Household.of(
                                        UUID.randomUUID(),
                                        Household.Kind.CONTACT,
                                        COMPOUND,
                                        null,
                                        "1",
                                        "101",
                                        "李秀兰",
                                        null,
                                        null,
                                        null))
                .isInstanceOf(ValidationError.class)
                .hasMessageContaining("党员中心户");
        UUID group = UUID.randomUUID();
        Household h =
                Household.of(
                        UUID.randomUUID(),
                        Household.Kind.CONTACT,
                        COMPOUND,
                        null,
                        "1",
                        "101",
                        "李秀兰",
                        null,
                        group,
                        "不会记下");
        assertThat(h.groupId()).isEqualTo(group);
        assertThat(h.address("3号楼")).isEqualTo("3号楼 1单元 101");
    }

    @Test
    void aResidentUnderAssistanceSaysWhatHelpIsNeeded() {
        assertThatThrownBy(
                        () ->
                                Household.of(
                                        UUID.randomUUID(),
                                        Household.Kind.ASSISTED,
                                        COMPOUND,
                                        null,
                                        null,
                                        null,
                                        "王桂英",
                                        null,
                                        null,
                                        "  "))
                .isInstanceOf(ValidationError.class)
                .hasMessageContaining("帮扶需求");
        Household h =
                Household.of(
                        UUID.randomUUID(),
                        Household.Kind.ASSISTED,
                        COMPOUND,
                        null,
                        "2单元",
                        null,
                        "王桂英",
                        null,
                        UUID.randomUUID(),
                        "独居老人");
        assertThat(h.groupId()).as("only a contact household has a central household").isNull();
        assertThat(h.address(null)).isEqualTo("2单元");
        assertThatThrownBy(
                        () ->
                                Household.of(
                                        UUID.randomUUID(),
                                        Household.Kind.ASSISTED,
                                        null,
                                        null,
                                        null,
                                        null,
                                        "王桂英",
                                        null,
                                        null,
                                        "独居老人"))
                .isInstanceOf(ValidationError.class)
                .hasMessageContaining("所在小区");
    }

    @Test
    void aCentralHouseholdIsAMembersHouseholdWithItsContacts() {
        PartyOrg branch =
                PartyOrg.of(
                        UUID.randomUUID(),
                        OrgType.COMPOUND_BRANCH,
                        "槐荫里党支部",
                        null,
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        Set.of(COMPOUND),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null);
        assertThatThrownBy(
                        () ->
                                BranchGroup.of(
                                        UUID.randomUUID(),
                                        BranchGroup.Kind.CENTRAL_HOUSEHOLD,
                                        branch,
                                        "毛婷敏党员中心户",
                                        COMPOUND,
                                        null,
                                        null,
                                        null,
                                        "14号楼1单元101"))
                .isInstanceOf(ValidationError.class)
                .hasMessageContaining("负责人");
        assertThat(
                        BranchGroup.of(
                                        UUID.randomUUID(),
                                        BranchGroup.Kind.CENTRAL_HOUSEHOLD,
                                        branch,
                                        "毛婷敏党员中心户",
                                        COMPOUND,
                                        null,
                                        "毛婷敏",
                                        null,
                                        null)
                                .contactHouseholds())
                .as("contacts may be recorded as households instead")
                .isNull();
        BranchGroup group =
                BranchGroup.of(
                        UUID.randomUUID(),
                        BranchGroup.Kind.BUILDING_PARTY_GROUP,
                        branch,
                        "3号楼党小组",
                        COMPOUND,
                        null,
                        null,
                        null,
                        null);
        assertThat(group.leaderName()).isNull();
        BranchGroup led = group.withLeaderAndContacts("张伟", UUID.randomUUID(), null, null);
        assertThat(led.sameDetails(group)).isFalse();
        assertThat(group.sameDetails(group.withLeaderAndContacts(null, null, null, null))).isTrue();
    }
}
