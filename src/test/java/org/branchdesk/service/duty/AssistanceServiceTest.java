package org.branchdesk.service.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.branchdesk.domain.accounts.Role;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.duty.AssistanceCategory;
import org.branchdesk.domain.duty.Pairing;
import org.branchdesk.domain.duty.ServiceEntry;
import org.branchdesk.domain.duty.ServiceKind;
import org.branchdesk.domain.households.Household;
import org.branchdesk.domain.members.Departure;
import org.branchdesk.service.Services;
import org.branchdesk.service.access.Actor;
import org.branchdesk.service.households.HouseholdService;
import org.branchdesk.service.office.PrivacyService;
import org.branchdesk.service.registers.MemberFilter;
import org.branchdesk.store.AuditLog;
import org.branchdesk.store.FxThreadGuard;
import org.branchdesk.store.Store;
import org.branchdesk.store.accounts.DataKey;
import org.branchdesk.testing.TestOffice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One-to-one assistance on the demo street: pairings, service logs, and their health details. */
class AssistanceServiceTest {
    static final String HEALTH = "体温38.6℃，咳嗽两天";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @TempDir Path dir;
    Store store;
    Services s;
    List<Household> assisted;
    List<UUID> members;

    /** How many pairings the demo made, ended ones too. */
    int demoPairings;

    @BeforeEach
    void open() {
        store = Store.open(dir, Clock.systemUTC(), FxThreadGuard.NONE, DataKey.random());
        s = Services.of(store, new Actor("测试员", Role.ADMIN));
        s.demo().load(0, false);
        demoPairings = s.assistance().pairings(true).size();
        assisted = store.read(x -> x.households().ofKind(Household.Kind.ASSISTED));
        members =
                s.members().search(MemberFilter.text(""), 5).rows().stream()
                        .map(r -> r.id())
                        .toList();
    }

    @AfterEach
    void close() {
        s.close();
    }

    /** The same office as another account (closed with the administrator's). */
    Services as(Role role) {
        return Services.of(store, new Actor(role.label(), role));
    }

    Pairing pair(int member, int household, String from) {
        return s.assistance()
                .pair(
                        new AssistanceService.NewPairing(
                                members.get(member),
                                assisted.get(household).id(),
                                AssistanceCategory.ELDERLY_ALONE,
                                LocalDate.parse(from)));
    }

    ServiceEntry log(Pairing p, String day, ServiceKind kind, String health) {
        return s.assistance()
                .log(
                        new AssistanceService.NewService(
                                p.id(), LocalDate.parse(day), kind, health, null));
    }

    @Test
    void aMemberIsPairedServesTheResidentAndTheEndKeepsTheLog() {
        // the demo pairs most residents under assistance: the test pairs one it left unpaired
        Map<String, Integer> before = s.stats().counts();
        List<AssistanceService.PairingLine> open0 = s.assistance().pairings(false);
        List<AssistanceService.PairingLine> all0 = s.assistance().pairings(true);
        List<AssistanceService.Resident> unpaired0 = s.assistance().unpaired();
        assertThat(before)
                .containsEntry("pairings", open0.size())
                .containsEntry(
                        "service_logs",
                        all0.stream().mapToInt(AssistanceService.PairingLine::servicesTotal).sum());
        assertThat(unpaired0).isNotEmpty().hasSizeLessThanOrEqualTo(assisted.size());
        int h = unpairedIndex(unpaired0);
        Household resident = assisted.get(h);

        Pairing p = pair(0, h, "2020-02-03");
        log(p, "2020-02-04", ServiceKind.SHOPPING, null);
        log(p, "2020-02-05", ServiceKind.TEMPERATURE, HEALTH);
        log(p, "2020-02-07", ServiceKind.TEMPERATURE, "36.5℃");
        assertThat(s.stats().counts())
                .containsEntry("pairings", before.get("pairings") + 1)
                .containsEntry("service_logs", before.get("service_logs") + 3);
        assertThat(s.assistance().unpaired())
                .hasSize(unpaired0.size() - 1)
                .noneMatch(r -> r.householdId().equals(resident.id()));

        assertThat(s.assistance().pairings(false)).hasSize(open0.size() + 1);
        AssistanceService.PairingLine line = lineOf(s.assistance().pairings(false), p);
        assertThat(line.code()).startsWith("P").hasSize(9);
        assertThat(line.household().head()).isEqualTo(resident.headName());
        assertThat(line.household().maskedPhone())
                .isEqualTo(
                        resident.phone() == null
                                ? null
                                : org.branchdesk.domain.common.Phones.mask(resident.phone()));
        assertThat(line.services())
                .containsEntry(ServiceKind.TEMPERATURE, 2)
                .containsEntry(ServiceKind.SHOPPING, 1)
                .containsEntry(ServiceKind.VISIT, 0);
        assertThat(line.servicesTotal()).isEqualTo(3);
        assertThat(line.lastService()).isEqualTo(LocalDate.parse("2020-02-07"));
        assertThat(s.assistance().pairingCoded(line.code().toLowerCase())).isEqualTo(p.id());

        Pairing ended = s.assistance().end(p.id(), LocalDate.parse("2020-04-30"));
        assertThat(ended.isOpen()).isFalse();
        assertThat(s.stats().counts())
                .containsEntry("pairings", before.get("pairings"))
                .containsEntry("service_logs", before.get("service_logs") + 3);
        assertThat(s.assistance().pairings(false)).isEqualTo(open0);
        assertThat(s.assistance().pairings(true)).hasSize(all0.size() + 1);
        assertThat(lineOf(s.assistance().pairings(true), p).endedOn()).isEqualTo("2020-04-30");
        assertThat(s.assistance().serviceLog(p.id()))
                .extracting(AssistanceService.ServiceLine::day)
                .containsExactly(
                        LocalDate.parse("2020-02-04"),
                        LocalDate.parse("2020-02-05"),
                        LocalDate.parse("2020-02-07"));
        assertThat(s.assistance().unpaired()).isEqualTo(unpaired0);
        // a new pairing of the same two after the first ended
        assertThat(pair(0, h, "2020-05-01").isOpen()).isTrue();
    }

    /** The index in {@link #assisted} of the first resident the demo left unpaired. */
    int unpairedIndex(List<AssistanceService.Resident> unpaired) {
        for (int i = 0; i < assisted.size(); i++) {
            UUID id = assisted.get(i).id();
            if (unpaired.stream().anyMatch(r -> r.householdId().equals(id))) {
                return i;
            }
        }
        throw new AssertionError("the demo left no resident unpaired");
    }

    /** The one line of a list that shows pairing {@code p}. */
    static AssistanceService.PairingLine lineOf(
            List<AssistanceService.PairingLine> lines, Pairing p) {
        assertThat(lines).filteredOn(l -> l.id().equals(p.id())).hasSize(1);
        return lines.stream().filter(l -> l.id().equals(p.id())).findFirst().orElseThrow();
    }

    @Test
    void everyRuleRefusesNamingTheFieldAndChangesNothing() {
        Pairing open = pair(0, 0, "2020-02-03");
        Pairing ended = pair(1, 1, "2020-02-03");
        log(ended, "2020-02-20", ServiceKind.VISIT, null);
        s.assistance().end(ended.id(), LocalDate.parse("2020-02-29"));
        log(open, "2020-03-01", ServiceKind.VISIT, null);
        s.members().leave(members.get(2), Departure.TRANSFERRED_OUT, LocalDate.of(2020, 1, 31));
        Household contact = store.read(x -> x.households().ofKind(Household.Kind.CONTACT)).get(0);
        Map<String, Integer> before = s.stats().counts();
        int audited = store.read(x -> x.audit().count());

        Map<String, Runnable> refused = new java.util.LinkedHashMap<>();
        refused.put("结对日期：结对日期不能晚于今天", () -> pair(3, 2, TODAY.plusDays(2).toString()));
        refused.put("结对党员：这名党员已不在党员名册上", () -> pair(2, 2, "2020-02-03"));
        refused.put(
                "帮扶对象：这一户不是在册的帮扶对象",
                () ->
                        s.assistance()
                                .pair(
                                        new AssistanceService.NewPairing(
                                                members.get(3),
                                                contact.id(),
                                                AssistanceCategory.OTHER,
                                                LocalDate.parse("2020-02-03"))));
        refused.put("结对党员：这名党员已与这户帮扶对象结对，结对尚未结束", () -> pair(0, 0, "2020-03-01"));
        refused.put("结对日期：这名党员与这户帮扶对象的上一次结对到这一天还没有结束", () -> pair(1, 1, "2020-02-29"));
        refused.put("服务日期：服务日期早于结对日期", () -> log(open, "2020-02-02", ServiceKind.SHOPPING, null));
        refused.put(
                "服务日期：服务日期晚于结对的结束日期", () -> log(ended, "2020-03-01", ServiceKind.SHOPPING, null));
        refused.put(
                "服务日期：服务日期不能晚于今天",
                () -> log(open, TODAY.plusDays(2).toString(), ServiceKind.SHOPPING, null));
        refused.put(
                "健康情况：不能超过 200 个字",
                () -> log(open, "2020-03-02", ServiceKind.TEMPERATURE, "咳".repeat(201)));
        refused.put(
                "结束日期：结束日期早于服务记录中最后一次服务的日期",
                () -> s.assistance().end(open.id(), LocalDate.parse("2020-02-29")));
        refused.put(
                "结束日期：结束日期早于结对日期",
                () -> s.assistance().end(open.id(), LocalDate.parse("2020-02-01")));
        refused.put("结束日期：结束日期不能晚于今天", () -> s.assistance().end(open.id(), TODAY.plusDays(2)));
        refused.put(
                "结束日期：这次结对已经结束",
                () -> s.assistance().end(ended.id(), LocalDate.parse("2020-03-31")));
        refused.put(
                Messages.format("error.pairing.notFound"),
                () -> s.assistance().end(UUID.randomUUID(), LocalDate.parse("2020-03-31")));
        refused.forEach(
                (message, call) ->
                        assertThatThrownBy(call::run)
                                .as(message)
                                .isInstanceOf(UserError.class)
                                .hasMessage(message));
        assertThat(s.stats().counts()).isEqualTo(before);
        int auditedAfter = store.read(x -> x.audit().count());
        assertThat(auditedAfter).as("nothing refused is audited").isEqualTo(audited);
    }

    @Test
    void theAuditLogNeverHoldsHealthDetailsInClear() {
        Pairing p = pair(0, 0, "2020-02-03");
        ServiceEntry e = log(p, "2020-02-05", ServiceKind.TEMPERATURE, HEALTH);
        assertThat(e.health()).isEqualTo(HEALTH);
        AuditLog.Entry logged =
                store.read(x -> x.audit().latest(50)).stream()
                        .filter(x -> x.entityId().equals(e.id()))
                        .findFirst()
                        .orElseThrow();
        assertThat(logged.entity()).isEqualTo("service_log");
        assertThat(logged.afterJson())
                .contains("\"health\":\"***\"")
                .contains("\"kind\":\"TEMPERATURE\"")
                .doesNotContain("38.6")
                .doesNotContain("咳嗽");
        List<AuditLog.Entry> all = store.read(x -> x.audit().latest(1000));
        assertThat(all)
                .allSatisfy(
                        x ->
                                assertThat(x.beforeJson() + x.afterJson())
                                        .doesNotContain("38.6")
                                        .doesNotContain("咳嗽"));
    }

    @Test
    void aListShowsHealthDetailsToAClerkAndOnlyThatTheyWereNotedToASupervisor() {
        Pairing p = pair(0, 0, "2020-02-03");
        log(p, "2020-02-04", ServiceKind.SHOPPING, null);
        log(p, "2020-02-05", ServiceKind.TEMPERATURE, HEALTH);
        assertThat(as(Role.CLERK).assistance().serviceLog(p.id()))
                .extracting(AssistanceService.ServiceLine::health)
                .containsExactly(null, HEALTH);

        Services supervisor = as(Role.SUPERVISOR);
        assertThat(supervisor.assistance().serviceLog(p.id()))
                .extracting(AssistanceService.ServiceLine::health)
                .containsExactly(null, Messages.format("personal.withheld"));
        assertThat(supervisor.assistance().pairings(true))
                .as("the demo's pairings and the test's")
                .hasSize(demoPairings + 1);
        lineOf(supervisor.assistance().pairings(true), p);
        assertThat(supervisor.assistance().unpaired())
                .isNotEmpty()
                .allSatisfy(
                        r -> {
                            assertThat(r.maskedPhone())
                                    .satisfiesAnyOf(
                                            phone -> assertThat(phone).isNull(),
                                            phone -> assertThat(phone).contains("****"));
                        });
        Map<String, Integer> before = s.stats().counts();
        assertThatThrownBy(() -> supervisor.assistance().end(p.id(), LocalDate.parse("2020-03-01")))
                .hasMessageContaining("无权");
        assertThatThrownBy(
                        () ->
                                supervisor
                                        .assistance()
                                        .log(
                                                new AssistanceService.NewService(
                                                        p.id(),
                                                        LocalDate.parse("2020-02-06"),
                                                        ServiceKind.VISIT,
                                                        null,
                                                        null)))
                .hasMessageContaining("无权");
        assertThat(s.stats().counts()).isEqualTo(before);
    }

    @Test
    void thePurgeClearsTheHealthDetailsOfPairingsEndedLongerAgoThanTheRetention() {
        // the demo's home observation ended in February 2020: its temperatures are past retention
        Map<String, Integer> inventory0 = inventory();
        PrivacyService.Purge demo = s.privacy().purgeable();
        List<UUID> demoEnded = TestOffice.endedBefore(s, demo.cutoff());
        assertThat(demo.serviceLogs())
                .as("the demo's ended observation is purgeable")
                .isPositive()
                .isEqualTo(TestOffice.healthNoted(s, demoEnded));

        Pairing old = pair(0, 0, "2020-02-03");
        log(old, "2020-02-05", ServiceKind.TEMPERATURE, HEALTH);
        log(old, "2020-02-06", ServiceKind.TEMPERATURE, "36.8℃");
        log(old, "2020-02-07", ServiceKind.RUBBISH, null);
        s.assistance().end(old.id(), LocalDate.parse("2020-04-30"));
        Pairing open = pair(1, 1, "2020-02-03");
        log(open, "2020-02-05", ServiceKind.TEMPERATURE, HEALTH);
        Pairing recent = pair(2, 2, TODAY.minusMonths(1).toString());
        log(recent, TODAY.minusMonths(1).toString(), ServiceKind.TEMPERATURE, HEALTH);
        s.assistance().end(recent.id(), TODAY);

        String pairings = "一对一帮扶结对（含已结束的）/记录";
        String logs = "帮扶服务记录/记录";
        String health = "帮扶服务记录/健康情况（体温、症状等）";
        assertThat(inventory())
                .containsEntry(pairings, inventory0.get(pairings) + 3)
                .containsEntry(logs, inventory0.get(logs) + 5)
                .containsEntry(health, inventory0.get(health) + 4);
        PrivacyService.Purge due = s.privacy().purgeable();
        assertThat(due.serviceLogs()).isEqualTo(demo.serviceLogs() + 2);
        assertThat(due.healthDetails()).isEqualTo(due.households() + demo.serviceLogs() + 2);
        Map<String, Integer> before = s.stats().counts();

        PrivacyService.Purge done = s.privacy().purge();
        assertThat(done.serviceLogs()).isEqualTo(demo.serviceLogs() + 2);
        assertThat(s.privacy().purgeable().serviceLogs()).isZero();
        assertThat(s.stats().counts())
                .as("the entries stay, without their health details")
                .isEqualTo(before);
        assertThat(TestOffice.healthNoted(s, demoEnded))
                .as("the demo's observation is cleared too")
                .isZero();
        assertThat(s.assistance().serviceLog(old.id()))
                .extracting(AssistanceService.ServiceLine::health)
                .containsOnlyNulls();
        assertThat(s.assistance().serviceLog(open.id()))
                .extracting(AssistanceService.ServiceLine::health)
                .containsExactly(HEALTH);
        assertThat(s.assistance().serviceLog(recent.id()))
                .extracting(AssistanceService.ServiceLine::health)
                .containsExactly(HEALTH);
        assertThat(inventory())
                .containsEntry(health, inventory0.get(health) - demo.serviceLogs() + 2);
        AuditLog.Entry purge =
                store.read(x -> x.audit().latest(5)).stream()
                        .filter(x -> x.action() == AuditLog.Action.PURGE)
                        .findFirst()
                        .orElseThrow();
        assertThat(purge.entity()).isEqualTo("health_details");
        assertThat(purge.afterJson()).contains("\"serviceLogs\":" + (demo.serviceLogs() + 2));
        assertThat(s.privacy().purge().healthDetails()).as("a second purge finds nothing").isZero();
    }

    private Map<String, Integer> inventory() {
        Map<String, Integer> out = new java.util.HashMap<>();
        s.privacy().inventory().forEach(i -> out.put(i.place() + "/" + i.what(), i.count()));
        return out;
    }

    @Test
    void aResidentIsNamedByTheHeadsNameWithinACompoundOrByItsCode() {
        Household first = assisted.get(0);
        String head = first.headName();
        assertThat(s.assistance().householdNamed(head, null, null)).isEqualTo(first.id());
        UUID elsewhere =
                store.read(x -> x.compounds().list()).stream()
                        .filter(c -> !c.id().equals(first.compoundId()))
                        .findFirst()
                        .orElseThrow()
                        .id();
        Household twin =
                s.households()
                        .addHousehold(
                                new HouseholdService.Draft(
                                        Household.Kind.ASSISTED,
                                        elsewhere,
                                        null,
                                        null,
                                        "101",
                                        head,
                                        "13900001234",
                                        null,
                                        "独居"));
        assertThatThrownBy(() -> s.assistance().householdNamed(head, null, null))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("户主都叫“" + head + "”")
                .hasMessageContaining("139****1234")
                .hasMessageNotContaining("13900001234")
                .hasMessageNotContaining("独居");
        String compound =
                store.read(x -> x.compounds().list()).stream()
                        .filter(c -> c.id().equals(elsewhere))
                        .findFirst()
                        .orElseThrow()
                        .name();
        assertThat(s.assistance().householdNamed(head, null, compound)).isEqualTo(twin.id());
        String code =
                s.assistance().unpaired().stream()
                        .filter(r -> r.householdId().equals(twin.id()))
                        .findFirst()
                        .orElseThrow()
                        .code();
        assertThat(s.assistance().householdNamed(code, null, null)).isEqualTo(twin.id());
        assertThatThrownBy(() -> s.assistance().householdNamed("无此人", null, null))
                .hasMessageContaining("没有户主叫“无此人”的在册帮扶对象");
    }

    @Test
    void theMembersToPairInACommunityAreListedMaskedWithHowManyTheyAssistNow() {
        int h = unpairedIndex(s.assistance().unpaired());
        UUID community = s.members().get(members.get(0)).communityId();
        List<AssistanceService.MemberChoice> before = s.assistance().members(community);
        assertThat(before).isNotEmpty().allSatisfy(m -> assertThat(m.maskedId()).contains("*"));
        assertThat(before)
                .extracting(AssistanceService.MemberChoice::name)
                .isSortedAccordingTo(java.text.Collator.getInstance(java.util.Locale.CHINA));
        AssistanceService.MemberChoice first =
                before.stream()
                        .filter(m -> m.id().equals(members.get(0)))
                        .findFirst()
                        .orElseThrow();

        pair(0, h, "2020-02-03");

        assertThat(s.assistance().members(community))
                .filteredOn(m -> m.id().equals(members.get(0)))
                .singleElement()
                .extracting(AssistanceService.MemberChoice::openPairings)
                .isEqualTo(first.openPairings() + 1);
        assertThat(as(Role.SUPERVISOR).assistance().members(community)).hasSameSizeAs(before);
    }
}
