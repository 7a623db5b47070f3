package org.branchdesk.service.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.branchdesk.domain.accounts.Role;
import org.branchdesk.domain.duty.CadreArea;
import org.branchdesk.domain.duty.ContactChannel;
import org.branchdesk.domain.duty.PersonKind;
import org.branchdesk.domain.duty.Team;
import org.branchdesk.domain.places.Community;
import org.branchdesk.domain.places.Compound;
import org.branchdesk.service.Services;
import org.branchdesk.service.registers.MemberFilter;
import org.branchdesk.testing.TestOffice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AreaServiceTest {
    /** 2020-02-20 00:30 in Beijing: still the 19th in UTC, and on a PC set to UTC. */
    static final Clock PC =
            Clock.fixed(java.time.Instant.parse("2020-02-19T16:30:00Z"), ZoneOffset.UTC);

    static final LocalDate TODAY = LocalDate.of(2020, 2, 20);

    @TempDir Path dir;
    Services s;
    Community community;
    Compound compound;
    Team.Someone member;
    Team.Someone cadre;

    @BeforeEach
    void open() {
        try (Services demo = TestOffice.open(dir)) {
            demo.demo().load(0, false);
        }
        s = TestOffice.open(dir, Role.ADMIN, PC);
        community = s.places().communities().get(0);
        compound = s.places().compounds(community.id()).get(0);
        member =
                Team.Someone.member(
                        s.members().search(MemberFilter.text(""), 1).rows().get(0).id());
        cadre =
                Team.Someone.person(
                        s.people()
                                .add(
                                        new PeopleService.NewPerson(
                                                "韩冬", null, null, PersonKind.SENT_DOWN_CADRE, null))
                                .id());
    }

    @AfterEach
    void close() {
        s.close();
    }

    CadreArea area(Team.Someone who, Compound in, LocalDate from) {
        return s.areas()
                .add(
                        new AreaService.NewArea(
                                who, community.id(), in == null ? null : in.id(), from, null));
    }

    /** The ids of these areas' lines, and then of {@code ours}. */
    static List<java.util.UUID> ids(List<AreaService.Line> lines, CadreArea... ours) {
        return java.util.stream.Stream.concat(
                        lines.stream().map(AreaService.Line::id),
                        java.util.Arrays.stream(ours).map(CadreArea::id))
                .toList();
    }

    @Test
    void quietAreasAreThoseNobodyContactedInTheLastDaysOnTheOfficesClock() {
        // the demo's own areas, quiet or not as their contacts say
        List<AreaService.Line> demoQuiet7 = s.areas().quiet(7);
        List<AreaService.Line> demoQuiet5 = s.areas().quiet(5);
        Map<String, Integer> demo = s.stats().counts();
        CadreArea contacted = area(member, null, LocalDate.of(2020, 1, 1));
        CadreArea lapsed = area(member, compound, LocalDate.of(2020, 1, 1));
        CadreArea never = area(cadre, null, LocalDate.of(2020, 1, 1));
        CadreArea fresh = area(cadre, compound, LocalDate.of(2020, 2, 15));
        s.areas()
                .logContact(
                        contacted.id(),
                        LocalDate.of(2020, 2, 14),
                        ContactChannel.WECHAT,
                        "督促落实卡点值守");
        s.areas().logContact(lapsed.id(), LocalDate.of(2020, 2, 13), ContactChannel.PHONE, null);
        s.areas().logContact(lapsed.id(), LocalDate.of(2020, 2, 1), ContactChannel.ON_SITE, null);
        // 2020-02-20 in Beijing, whatever the PC's zone: the 14th is six days ago, the 13th seven
        assertThatThrownBy(
                        () ->
                                s.areas()
                                        .logContact(
                                                contacted.id(),
                                                LocalDate.of(2020, 2, 21),
                                                ContactChannel.VIDEO,
                                                null))
                .hasMessage("联系日期：日期不能晚于今天");
        s.areas().logContact(contacted.id(), TODAY, ContactChannel.VIDEO, null);

        assertThat(s.areas().quiet(7))
                .extracting(AreaService.Line::id)
                .containsExactlyInAnyOrderElementsOf(ids(demoQuiet7, lapsed, never));
        assertThat(s.areas().quiet(5))
                .extracting(AreaService.Line::id)
                .containsExactlyInAnyOrderElementsOf(ids(demoQuiet5, lapsed, never, fresh));
        AreaService.Line l =
                s.areas().lines(false).stream()
                        .filter(x -> x.id().equals(lapsed.id()))
                        .findFirst()
                        .orElseThrow();
        assertThat(l.contacts()).isEqualTo(2);
        assertThat(l.lastContact()).isEqualTo(LocalDate.of(2020, 2, 13));
        assertThat(l.compound()).isEqualTo(compound.name());
        assertThat(s.areas().contacts(lapsed.id()))
                .extracting(c -> c.channel())
                .containsExactly(ContactChannel.PHONE, ContactChannel.ON_SITE);
        assertThat(s.stats().counts())
                .containsEntry("cadre_areas", demo.get("cadre_areas") + 4)
                .containsEntry("area_contacts", demo.get("area_contacts") + 4);

        s.areas().end(never.id(), LocalDate.of(2020, 2, 19));
        assertThat(s.areas().quiet(7))
                .extracting(AreaService.Line::id)
                .containsExactlyInAnyOrderElementsOf(ids(demoQuiet7, lapsed));
        assertThat(s.stats().counts()).containsEntry("cadre_areas", demo.get("cadre_areas") + 3);
        assertThatThrownBy(() -> s.areas().quiet(0)).hasMessage("天数：须在 1 到 366 天之间");
    }

    @Test
    void theAreaOfACadreIsFoundByItsPlaceOrAsTheirOnlyOne() {
        CadreArea whole = area(member, null, LocalDate.of(2020, 1, 1));
        assertThat(s.areas().openArea(member, null, null)).isEqualTo(whole.id());
        CadreArea one = area(member, compound, LocalDate.of(2020, 1, 1));
        assertThatThrownBy(() -> s.areas().openArea(member, null, null))
                .hasMessageContaining("请用 --community");
        assertThat(s.areas().openArea(member, community.id(), compound.id())).isEqualTo(one.id());
        assertThat(s.areas().openArea(member, community.id(), null)).isEqualTo(whole.id());
        assertThatThrownBy(() -> s.areas().openArea(cadre, null, null))
                .hasMessageContaining("没有尚未结束的包联记录");
    }

    @Test
    void everyRefusalNamesItsFieldAndChangesNothing() {
        CadreArea a = area(member, null, LocalDate.of(2020, 2, 1));
        s.areas().logContact(a.id(), LocalDate.of(2020, 2, 10), ContactChannel.PHONE, null);
        Community other =
                s.places().communities().stream()
                        .filter(c -> !c.id().equals(community.id()))
                        .findFirst()
                        .orElseThrow();
        Map<String, Integer> before = s.stats().counts();
        List<Map.Entry<String, org.junit.jupiter.api.function.Executable>> refused =
                List.of(
                        Map.entry(
                                "包联干部：此人已包联这个社区（小区），尚未结束",
                                () -> area(member, null, LocalDate.of(2020, 2, 5))),
                        Map.entry(
                                "包联小区：这个小区不在该社区",
                                () ->
                                        s.areas()
                                                .add(
                                                        new AreaService.NewArea(
                                                                cadre,
                                                                other.id(),
                                                                compound.id(),
                                                                LocalDate.of(2020, 2, 5),
                                                                null))),
                        Map.entry("开始日期：日期不能晚于今天", () -> area(cadre, null, TODAY.plusDays(1))),
                        Map.entry(
                                "结束日期：不能早于开始日期 2020-02-01",
                                () -> s.areas().end(a.id(), LocalDate.of(2020, 1, 31))),
                        Map.entry(
                                "结束日期：不能早于最近一次联系的日期 2020-02-10",
                                () -> s.areas().end(a.id(), LocalDate.of(2020, 2, 9))),
                        Map.entry(
                                "联系日期：不能早于 2020-02-01",
                                () ->
                                        s.areas()
                                                .logContact(
                                                        a.id(),
                                                        LocalDate.of(2020, 1, 31),
                                                        ContactChannel.PHONE,
                                                        null)),
                        Map.entry(
                                "联系方式：不能为空",
                                () -> s.areas().logContact(a.id(), TODAY, null, null)));
        for (var e : refused) {
            assertThatThrownBy(e.getValue()::execute).as(e.getKey()).hasMessage(e.getKey());
        }
        assertThat(s.stats().counts()).isEqualTo(before);
    }
}
