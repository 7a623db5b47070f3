package org.branchdesk.service.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.branchdesk.domain.members.CitizenId;
import org.branchdesk.domain.members.Departure;
import org.branchdesk.domain.members.Member;
import org.branchdesk.domain.members.Presence;
import org.branchdesk.domain.members.Registration;
import org.branchdesk.domain.members.Standing;
import org.branchdesk.domain.orgs.BranchRules.Coverage;
import org.branchdesk.domain.orgs.OrgType;
import org.branchdesk.domain.orgs.PartyOrg;
import org.branchdesk.domain.places.PlaceTree;
import org.branchdesk.service.Services;
import org.branchdesk.service.coverage.CoverageService;
import org.branchdesk.service.importing.ImportPlan;
import org.branchdesk.service.members.MemberService;
import org.branchdesk.service.registers.MemberFilter;
import org.branchdesk.store.Store;
import org.branchdesk.testing.TestOffice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoServiceTest {
    @TempDir Path dir;

    @Test
    void loadsTheDemoStreetOnceAndASecondLoadChangesNothing() {
        try (Services s = TestOffice.open(dir)) {
            DemoService.Outcome first = s.demo().load(0, false);
            assertThat(first.officeCreated()).isTrue();
            assertThat(first.changedAnything()).isTrue();
            assertThat(s.office().current().orElseThrow().name()).isEqualTo("青槐街道");
            Map<String, Integer> counts = s.stats().counts();
            assertThat(counts)
                    .containsEntry("communities", 8)
                    .containsEntry("compounds", 60)
                    .containsEntry(
                            "members", SeedsTest.DEMO_MEMBERS + CareDevelopmentDemo.MEMBERS_MADE);
            assertThat(counts.get("organizations")).isGreaterThan(30);

            Store store = (Store) s.closer();
            int audited = store.read(x -> x.audit().count());
            DemoService.Outcome second = s.demo().load(0, false);
            assertThat(second.changedAnything()).isFalse();
            assertThat(s.stats().counts()).isEqualTo(counts);
            int auditedAfter = store.read(x -> x.audit().count());
            assertThat(auditedAfter)
                    .as("an unchanged reload writes nothing, not even audit entries")
                    .isEqualTo(audited);
        }
    }

    @Test
    void theBulkReadOfMembersGivesTheSameMembersAsTheRegister() {
        try (Services s = TestOffice.open(dir)) {
            s.demo().load(0, false);
            Store store = (Store) s.closer();
            var it = store.read(x -> x.members().byIdNumber().values()).iterator();
            var first = it.next();
            s.members().leave(first.id(), Departure.values()[0], LocalDate.of(2026, 3, 1));
            // one member with every column filled, each with a value no other column holds
            var one = it.next();
            var full =
                    new Member(
                            one.id(),
                            one.name(),
                            one.sex(),
                            new CitizenId(
                                    one.citizenId().value(),
                                    one.citizenId().birthDate(),
                                    one.sex(),
                                    true),
                            "回族",
                            "大学本科",
                            "13912345678",
                            LocalDate.of(1990, 5, 4),
                            LocalDate.of(1991, 5, 4),
                            one.standing(),
                            one.registration(),
                            one.presence(),
                            one.orgId(),
                            one.communityId(),
                            one.compoundId(),
                            "7栋",
                            "2单元",
                            "301室",
                            "青槐街道卫生服务中心",
                            "退休教师，擅长书法",
                            null,
                            null,
                            "志愿者");
            store.write(
                    x -> {
                        x.members().update(full);
                        return null;
                    });
            assertThat(store.read(x -> x.members().find(one.id())).orElseThrow()).isEqualTo(full);
            // the members ledger reads its rows off the result set; the register maps them with
            // jOOQ
            var all = store.read(x -> x.members().byIdNumber().values());
            var expected =
                    all.stream().filter(m -> m.departure() == null).collect(Collectors.toSet());
            assertThat(all.stream().anyMatch(m -> m.departure() != null))
                    .as("the demo has departed members")
                    .isTrue();
            assertThat(all.stream().anyMatch(m -> m.phone() == null))
                    .as("and members without a phone")
                    .isTrue();
            assertThat(Set.copyOf(store.read(x -> x.members().active(null)))).isEqualTo(expected);

            UUID community = expected.iterator().next().communityId();
            assertThat(Set.copyOf(store.read(x -> x.members().active(community))))
                    .isEqualTo(
                            expected.stream()
                                    .filter(m -> community.equals(m.communityId()))
                                    .collect(Collectors.toSet()));
        }
    }

    @Test
    void theDemoHasEveryKindOfMemberBranchAndOwnerlessCompounds() {
        try (Services s = TestOffice.open(dir)) {
            s.demo().load(0, false);
            PlaceTree tree = s.places().tree();
            long ownerless =
                    tree.communities().stream()
                            .flatMap(c -> c.compounds().stream())
                            .filter(tree.ownerlessRule()::isOwnerless)
                            .count();
            assertThat(ownerless).as("ownerless compounds in the demo").isBetween(5L, 15L);

            Set<OrgType> types =
                    s.orgs().list().stream().map(PartyOrg::type).collect(Collectors.toSet());
            assertThat(types)
                    .containsAll(
                            EnumSet.of(
                                    OrgType.STREET_WORKING_COMMITTEE,
                                    OrgType.COMPOUND_BRANCH,
                                    OrgType.JOINT_BRANCH,
                                    OrgType.TEMPORARY_BRANCH,
                                    OrgType.PROPERTY_COMPANY_ORG,
                                    OrgType.RESIDENT_UNIT_ORG,
                                    OrgType.COMMUNITY_BRANCH));
            assertThat(types)
                    .containsAnyOf(
                            OrgType.COMMUNITY_PARTY_COMMITTEE, OrgType.COMMUNITY_GENERAL_BRANCH);

            var all =
                    s.members()
                            .search(
                                    new MemberFilter(
                                            null, null, null, null, null, null, null, true),
                                    10_000)
                            .rows();
            assertThat(all.stream().map(MemberService.Row::standing).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrder(Standing.values());
            assertThat(
                            all.stream()
                                    .map(MemberService.Row::registration)
                                    .collect(Collectors.toSet()))
                    .containsExactlyInAnyOrder(Registration.values());
            assertThat(all.stream().map(MemberService.Row::presence).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrder(Presence.values());
            assertThat(all).anyMatch(r -> r.name().contains("·"));

            Set<Coverage> coverage =
                    s.coverage().coverage(CoverageService.Filter.ALL).stream()
                            .map(CoverageService.Line::coverage)
                            .collect(Collectors.toSet());
            assertThat(coverage).containsExactlyInAnyOrder(Coverage.values());
        }
    }

    @Test
    void aDryRunOnAFreshOfficeCreatesNothing() {
        try (Services s = TestOffice.open(dir)) {
            DemoService.Outcome o = s.demo().load(0, true);
            assertThat(o.compounds().plan().count(ImportPlan.Fate.NEW)).isEqualTo(60);
            assertThat(o.members().plan().count(ImportPlan.Fate.NEW))
                    .isEqualTo(SeedsTest.DEMO_MEMBERS);
            assertThat(s.office().current()).isEmpty();
            assertThat(s.stats().counts())
                    .containsEntry("compounds", 0)
                    .containsEntry("members", 0);
        }
    }

    @Test
    void theGeneratorIsDeterministicAndSizedByMembers() {
        assertThat(DemoGenerator.generate(20_000, "青槐街道", "青槐街党工"))
                .isEqualTo(DemoGenerator.generate(20_000, "青槐街道", "青槐街党工"));
        assertThat(DemoGenerator.compoundsFor(100_000)).isEqualTo(1200);
        try (Services s = TestOffice.open(dir)) {
            s.demo().load(5_000, false);
            assertThat(s.stats().counts())
                    .containsEntry("compounds", 60)
                    .containsEntry("communities", 8)
                    .containsEntry("members", 5_000);
            assertThat(s.demo().load(5_000, false).changedAnything()).isFalse();
        }
    }
}
