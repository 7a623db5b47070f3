package org.branchdesk.service.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.branchdesk.domain.accounts.Role;
import org.branchdesk.domain.care.FundSource;
import org.branchdesk.domain.care.Payment;
import org.branchdesk.domain.care.PaymentBatch;
import org.branchdesk.domain.care.PaymentKind;
import org.branchdesk.domain.care.PaymentState;
import org.branchdesk.domain.care.RecipientKind;
import org.branchdesk.domain.care.Yuan;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.duty.Attendance;
import org.branchdesk.domain.duty.PersonKind;
import org.branchdesk.domain.duty.Team;
import org.branchdesk.domain.leadership.Holding;
import org.branchdesk.domain.orgs.OrgType;
import org.branchdesk.domain.orgs.PartyOrg;
import org.branchdesk.service.Services;
import org.branchdesk.service.access.Actor;
import org.branchdesk.service.duty.PeopleService;
import org.branchdesk.store.FxThreadGuard;
import org.branchdesk.store.Store;
import org.branchdesk.testing.DemoRoster;
import org.branchdesk.testing.TestOffice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both batches on the demo street: the preview is exactly what is saved, in one batch of recorded
 * payments; a worker not serving that month, or already paid, is left out; a day of attendance
 * counts once, for whoever served (a substitute too); a batch the fund can no longer afford when it
 * is saved is refused and leaves the registers as they were.
 */
class PaymentBatchesTest {
    static final YearMonth APRIL_2020 = YearMonth.of(2020, 4);

    /** A week long past, away from the demo's February 2020. */
    static final LocalDate MONDAY = LocalDate.of(2021, 3, 1);

    @TempDir Path dir;
    Services s;
    UUID fiscal;

    @BeforeEach
    void open() {
        s = TestOffice.open(dir);
        s.demo().load(0, false);
        fiscal = s.funds().add("测试财政资金", FundSource.FISCAL).id();
        s.funds().allocate(fiscal, Yuan.parse("49000"), LocalDate.of(2020, 1, 2), "测试〔2020〕1号");
    }

    @AfterEach
    void close() {
        s.close();
    }

    /** The same office opened as another account. */
    void as(String name) {
        s.close();
        s =
                Services.of(
                        Store.open(
                                dir, Clock.systemUTC(), FxThreadGuard.NONE, TestOffice.keyOf(dir)),
                        new Actor(name, Role.ADMIN));
    }

    Store store() {
        return (Store) s.closer();
    }

    @Test
    void aLivingSubsidyPreviewIsExactlyWhatIsSavedAsOneBatchOfRecordedPayments() {
        PaymentBatches.Preview p =
                s.paymentBatches().previewLivingSubsidy(APRIL_2020, fiscal, Yuan.parse("800"));
        assertThat(p.refused()).as(p.refusals().toString()).isFalse();
        assertThat(p.rows()).hasSize(61);
        assertThat(p.rows())
                .allSatisfy(
                        r -> {
                            assertThat(r.kind()).isEqualTo(RecipientKind.MEMBER);
                            assertThat(r.days()).isEqualTo(1);
                            assertThat(r.amount()).isEqualTo(Yuan.parse("800"));
                            assertThat(r.maskedId()).matches("\\d{6}\\*{8}\\d{3}[\\dX]");
                            assertThat(r.where()).contains("党支部");
                        });
        assertThat(p.total()).isEqualByComparingTo("48800");
        assertThat(p.balance()).isEqualByComparingTo("49000");
        Map<String, Integer> before = s.stats().counts();

        PaymentBatch b = s.paymentBatches().apply(p);

        List<Payment> saved = store().read(x -> x.payments().inBatch(b.id()));
        assertThat(saved)
                .extracting(
                        x -> x.recipient().id(),
                        x -> x.recipient().name(),
                        Payment::amount,
                        Payment::days)
                .containsExactlyInAnyOrderElementsOf(
                        p.rows().stream()
                                .map(r -> tuple(r.recipientId(), r.name(), r.amount(), r.days()))
                                .toList());
        assertThat(saved)
                .allSatisfy(
                        x -> {
                            assertThat(x.state()).isEqualTo(PaymentState.RECORDED);
                            assertThat(x.kind()).isEqualTo(PaymentKind.LIVING_SUBSIDY);
                            assertThat(x.rate()).isEqualTo(Yuan.parse("800"));
                            assertThat(x.periodFrom()).isEqualTo(LocalDate.of(2020, 4, 1));
                            assertThat(x.periodTo()).isEqualTo(LocalDate.of(2020, 4, 30));
                            assertThat(x.reason()).isEqualTo("2020年4月生活补贴");
                        });
        assertThat(b.kind()).isEqualTo(PaymentKind.LIVING_SUBSIDY);
        assertThat(s.stats().counts())
                .containsEntry("payments", before.get("payments") + 61)
                .containsEntry("payment_batches", before.get("payment_batches") + 1);

        PaymentBatches.Preview again =
                s.paymentBatches().previewLivingSubsidy(APRIL_2020, fiscal, Yuan.parse("800"));
        assertThat(again.rows()).isEmpty();
        assertThat(again.skipped())
                .hasSize(61)
                .allSatisfy(k -> assertThat(k.reason()).startsWith("已有同期生活补贴 P"));
        assertThat(again.refusals()).containsExactly("批次：没有可发放的人员");
    }

    @Test
    void aBranchWorkerWhoseSeatEndedBeforeTheMonthIsLeftOutAndACommunityCommitteeIsNotABranch() {
        Map<UUID, PartyOrg> orgs = new java.util.HashMap<>();
        s.orgs().list().forEach(o -> orgs.put(o.id(), o));
        List<Holding> all = store().read(x -> x.positions().all());
        // a seat on a compound's branch that ended in March 2022, its member holding no other
        // branch seat in April
        Holding ended =
                all.stream()
                        .filter(h -> orgs.get(h.orgId()).type() == OrgType.COMPOUND_BRANCH)
                        .filter(h -> h.endedOn() != null)
                        .filter(h -> YearMonth.from(h.endedOn()).equals(YearMonth.of(2022, 3)))
                        .filter(
                                h ->
                                        all.stream()
                                                .noneMatch(
                                                        o ->
                                                                o.memberId().equals(h.memberId())
                                                                        && o != h
                                                                        && orgs.get(o.orgId())
                                                                                .type()
                                                                                .isBranchLevel()
                                                                        && o.endedOn() == null))
                        .findFirst()
                        .orElseThrow();
        List<UUID> march =
                s
                        .paymentBatches()
                        .previewLivingSubsidy(YearMonth.of(2022, 3), fiscal, Yuan.parse("10"))
                        .rows()
                        .stream()
                        .map(PaymentBatches.Row::recipientId)
                        .toList();
        List<UUID> april =
                s
                        .paymentBatches()
                        .previewLivingSubsidy(YearMonth.of(2022, 4), fiscal, Yuan.parse("10"))
                        .rows()
                        .stream()
                        .map(PaymentBatches.Row::recipientId)
                        .toList();
        assertThat(march).contains(ended.memberId()).doesNotHaveDuplicates();
        assertThat(april).doesNotContain(ended.memberId()).doesNotHaveDuplicates();
        // the community committee's secretary, who holds no branch seat, is never paid from here
        Holding committee =
                all.stream()
                        .filter(
                                h ->
                                        orgs.get(h.orgId()).type()
                                                == OrgType.COMMUNITY_PARTY_COMMITTEE)
                        .filter(
                                h ->
                                        all.stream()
                                                .noneMatch(
                                                        o ->
                                                                o.memberId().equals(h.memberId())
                                                                        && orgs.get(o.orgId())
                                                                                .type()
                                                                                .isBranchLevel()))
                        .findFirst()
                        .orElseThrow();
        assertThat(april).doesNotContain(committee.memberId());
    }

    @Test
    void aSavedBatchTheFundCanNoLongerAffordIsRefusedAndChangesNothing() {
        PaymentBatches.Preview p =
                s.paymentBatches().previewLivingSubsidy(APRIL_2020, fiscal, Yuan.parse("800"));
        assertThat(p.refused()).isFalse();
        // meanwhile 500 of the fund is approved for something else
        Payment other =
                s.payments()
                        .record(
                                new PaymentService.NewPayment(
                                        PaymentKind.OTHER,
                                        RecipientKind.ORGANIZATION,
                                        s.orgs().list().get(1).id(),
                                        Yuan.parse("500"),
                                        null,
                                        null,
                                        "防护物资",
                                        fiscal));
        as("李主任");
        s.payments().approve(other.id(), "郑立群", "街道党工委书记", LocalDate.of(2020, 4, 2));
        Map<String, Integer> before = s.stats().counts();
        int audited = store().read(x -> x.audit().count());

        assertThatThrownBy(() -> s.paymentBatches().apply(p))
                .isInstanceOfSatisfying(
                        ValidationError.class,
                        e ->
                                assertThat(e.getMessage())
                                        .contains("余额不足")
                                        .contains("¥48,500.00")
                                        .contains("¥48,800.00"));
        assertThat(s.stats().counts()).isEqualTo(before);
        int auditedAfter = store().read(x -> x.audit().count());
        assertThat(auditedAfter).isEqualTo(audited);
        assertThat(s.funds().balance(fiscal)).isEqualByComparingTo("48500");
        assertThat(
                        s.paymentBatches()
                                .previewLivingSubsidy(APRIL_2020, fiscal, Yuan.parse("800"))
                                .refusals())
                .singleElement()
                .asString()
                .contains("余额不足");
    }

    Team.Someone volunteer(String name) {
        return Team.Someone.person(
                s.people()
                        .add(
                                new PeopleService.NewPerson(
                                        name, null, null, PersonKind.VOLUNTEER, null))
                        .id());
    }

    void served(
            String post,
            LocalDate day,
            String start,
            Team.Someone who,
            Attendance a,
            Team.Someone by) {
        UUID shift = DemoRoster.shift(s, post, day, start);
        s.roster().assign(shift, who, "测试：志愿者顶岗");
        s.roster().attend(shift, who, a, by);
    }

    @Test
    void aWorkAllowanceCountsADayOnceForWhoeverServedASubstituteTooAndIsSavedAsPreviewed() {
        DemoRoster.generate(s, MONDAY);
        Team.Someone twice = volunteer("柳青");
        Team.Someone substituted = volunteer("池塘");
        Team.Someone substitute = volunteer("苏木");
        Team.Someone absent = volunteer("白露");
        // two shifts on Monday (one day), and Thursday
        served("青槐小区消杀", MONDAY, "09:00", twice, Attendance.PRESENT, null);
        served("青槐社区夜间巡逻", MONDAY, "18:00", twice, Attendance.PRESENT, null);
        served("青槐小区消杀", MONDAY.plusDays(3), "09:00", twice, Attendance.PRESENT, null);
        served(
                "青槐小区消杀",
                MONDAY.plusDays(1),
                "09:00",
                substituted,
                Attendance.SUBSTITUTED,
                substitute);
        served("青槐小区消杀", MONDAY.plusDays(2), "09:00", absent, Attendance.ABSENT, null);

        PaymentBatches.Preview p =
                s.paymentBatches()
                        .previewWorkAllowance(
                                MONDAY, MONDAY.plusDays(6), fiscal, Yuan.parse("60.50"));
        assertThat(p.rows())
                .extracting(PaymentBatches.Row::name, PaymentBatches.Row::days, r -> r.amount())
                .containsExactlyInAnyOrder(
                        tuple("柳青", 2, Yuan.parse("121")), tuple("苏木", 1, Yuan.parse("60.50")));
        assertThat(p.rows()).allSatisfy(r -> assertThat(r.where()).isEqualTo("青槐社区 青槐小区消杀"));
        assertThat(p.total()).isEqualByComparingTo("181.50");
        // a range that leaves Monday out leaves 柳青 one day
        assertThat(
                        s.paymentBatches()
                                .previewWorkAllowance(
                                        MONDAY.plusDays(1),
                                        MONDAY.plusDays(6),
                                        fiscal,
                                        Yuan.parse("60.50"))
                                .rows())
                .extracting(PaymentBatches.Row::name, PaymentBatches.Row::days)
                .containsExactlyInAnyOrder(tuple("柳青", 1), tuple("苏木", 1));

        PaymentBatch b = s.paymentBatches().apply(p);
        List<Payment> saved = store().read(x -> x.payments().inBatch(b.id()));
        assertThat(saved)
                .extracting(
                        x -> x.recipient().name(), Payment::days, Payment::amount, Payment::rate)
                .containsExactlyInAnyOrder(
                        tuple("柳青", 2, Yuan.parse("121"), Yuan.parse("60.50")),
                        tuple("苏木", 1, Yuan.parse("60.50"), Yuan.parse("60.50")));
        assertThat(saved).allSatisfy(x -> assertThat(x.batchId()).isEqualTo(b.id()));

        // what changed since a preview is refused: the batch is worked out again
        PaymentBatches.Preview stale =
                s.paymentBatches()
                        .previewWorkAllowance(
                                MONDAY.plusDays(7), MONDAY.plusDays(13), fiscal, Yuan.parse("60"));
        assertThat(stale.refusals()).containsExactly("批次：没有可发放的人员");
        served("青槐小区消杀", MONDAY.plusDays(7), "09:00", absent, Attendance.PRESENT, null);
        PaymentBatches.Preview fresh =
                s.paymentBatches()
                        .previewWorkAllowance(
                                MONDAY.plusDays(7), MONDAY.plusDays(13), fiscal, Yuan.parse("60"));
        s.roster()
                .attend(
                        DemoRoster.shift(s, "青槐小区消杀", MONDAY.plusDays(7), "09:00"),
                        absent,
                        Attendance.ABSENT,
                        null);
        Map<String, Integer> before = s.stats().counts();
        assertThatThrownBy(() -> s.paymentBatches().apply(fresh))
                .isInstanceOfSatisfying(
                        ValidationError.class,
                        e -> assertThat(e.getMessage()).contains("没有可发放的人员"));
        assertThat(s.stats().counts()).isEqualTo(before);
    }

    @Test
    void partyFeesNeverPayABatchAndTheAllowanceAlreadyPaidIsSkipped() {
        UUID partyFees = s.funds().named("2020年上级下拨专项党费");
        PaymentBatches.Preview p =
                s.paymentBatches()
                        .previewWorkAllowance(
                                LocalDate.of(2020, 2, 1),
                                LocalDate.of(2020, 2, 29),
                                partyFees,
                                Yuan.parse("60"));
        assertThat(p.rows()).isEmpty();
        assertThat(p.skipped())
                .isNotEmpty()
                .allSatisfy(k -> assertThat(k.reason()).startsWith("已有同期临时工作补助 P"));
        PaymentBatches.Preview may =
                s.paymentBatches()
                        .previewLivingSubsidy(YearMonth.of(2020, 5), partyFees, Yuan.parse("800"));
        assertThat(may.rows()).hasSize(61);
        assertThat(may.refusals())
                .singleElement()
                .asString()
                .contains("不能支付生活补贴")
                .contains("¥45,000.00");
        Map<String, Integer> before = s.stats().counts();
        assertThatThrownBy(() -> s.paymentBatches().apply(may)).isInstanceOf(ValidationError.class);
        assertThat(s.stats().counts()).isEqualTo(before);
    }
}
