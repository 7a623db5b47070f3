package org.branchdesk.service.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.branchdesk.domain.accounts.Role;
import org.branchdesk.domain.care.FundSource;
import org.branchdesk.domain.care.InjuryCase;
import org.branchdesk.domain.care.InjuryStatus;
import org.branchdesk.domain.care.Payment;
import org.branchdesk.domain.care.PaymentKind;
import org.branchdesk.domain.care.RecipientKind;
import org.branchdesk.domain.care.Yuan;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.duty.Person;
import org.branchdesk.domain.duty.PersonKind;
import org.branchdesk.service.Services;
import org.branchdesk.service.access.Actor;
import org.branchdesk.service.duty.PeopleService;
import org.branchdesk.service.office.PrivacyService;
import org.branchdesk.store.AuditLog;
import org.branchdesk.store.FxThreadGuard;
import org.branchdesk.store.Store;
import org.branchdesk.testing.TestOffice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Care cases against a real office: a visit hands over a solicitude payment to the one visited; an
 * injury case moves along the fast track in order; its diagnosis is a health detail, withheld from
 * supervisors and the audit log, counted by the privacy inventory and purged past the retention.
 */
class CareCaseServiceTest {
    static final LocalDate FEB = LocalDate.of(2020, 2, 10);

    @TempDir Path dir;
    Services s;
    Person worker;
    Person other;
    UUID fund;

    @BeforeEach
    void open() {
        s = TestOffice.initialized(dir);
        worker = person("廖涛红");
        other = person("史伟");
        fund = s.funds().add("上级下拨党费专项", FundSource.SPECIAL_PARTY_FEES).id();
        s.funds().allocate(fund, Yuan.parse("5000"), FEB, "明组通〔2020〕3号");
    }

    @AfterEach
    void close() {
        s.close();
    }

    Person person(String name) {
        return s.people()
                .add(
                        new PeopleService.NewPerson(
                                name, null, null, PersonKind.COMMUNITY_WORKER, null));
    }

    Services as(String name, Role role) {
        s.close();
        s =
                Services.of(
                        Store.open(
                                dir, Clock.systemUTC(), FxThreadGuard.NONE, TestOffice.keyOf(dir)),
                        new Actor(name, role));
        return s;
    }

    Payment payment(PaymentKind kind, Person to) {
        UUID from = fund;
        if (kind != PaymentKind.SOLICITUDE) {
            from = s.funds().add("社区工作经费", FundSource.COMMUNITY_OPERATING).id();
            s.funds().allocate(from, Yuan.parse("3000"), FEB, "青槐街〔2020〕2号");
        }
        return s.payments()
                .record(
                        new PaymentService.NewPayment(
                                kind,
                                RecipientKind.PERSON,
                                to.id(),
                                Yuan.parse("500"),
                                null,
                                null,
                                "慰问一线社区工作者",
                                from));
    }

    CareCaseService.NewVisit visit(Person who, UUID payment) {
        return new CareCaseService.NewVisit(
                RecipientKind.PERSON, who.id(), FEB.plusDays(5), "李明（街道党工委书记）", null, payment);
    }

    @Test
    void aVisitHandsOverASolicitudePaymentToTheOneVisited() {
        Payment p = payment(PaymentKind.SOLICITUDE, worker);
        s.careCases().visit(visit(worker, p.id()));
        s.careCases().visit(visit(other, null));
        List<CareCaseService.VisitLine> lines = s.careCases().visits();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).visit().visited().name()).isEqualTo("廖涛红");
        assertThat(lines.get(0).amount()).isEqualByComparingTo("500");
        assertThat(lines.get(0).paymentCode()).startsWith("P");
        assertThat(lines.get(1).amount()).isNull();
        assertThat(s.stats().counts()).containsEntry("solicitude_visits", 2);
    }

    @Test
    void aVisitWithSomeoneElsesOrAnotherKindOfPaymentIsRefusedAndChangesNothing() {
        Payment toOther = payment(PaymentKind.SOLICITUDE, other);
        Payment allowance = payment(PaymentKind.OTHER, worker);
        Map<String, Integer> before = s.stats().counts();
        assertThatThrownBy(() -> s.careCases().visit(visit(worker, toOther.id())))
                .hasMessage("关联慰问金：这笔慰问金发给史伟，不是被慰问人廖涛红");
        assertThatThrownBy(() -> s.careCases().visit(visit(worker, allowance.id())))
                .hasMessage("关联慰问金：须是慰问金，不能是其他款项");
        assertThat(s.stats().counts()).isEqualTo(before);
    }

    InjuryCase report(String diagnosis) {
        return s.careCases()
                .report(
                        new CareCaseService.NewInjury(
                                RecipientKind.PERSON,
                                worker.id(),
                                FEB,
                                FEB.plusDays(1),
                                diagnosis,
                                "卡点值守时感染"));
    }

    @Test
    void anInjuryCaseMovesAlongTheFastTrackInOrder() {
        InjuryCase c = report("新冠肺炎（普通型）");
        assertThat(c.status()).isEqualTo(InjuryStatus.REPORTED);
        assertThatThrownBy(
                        () -> s.careCases().move(c.id(), InjuryStatus.RECOGNISED, FEB.plusDays(3)))
                .hasMessage("办理状态：“已登记”的案件不能直接改为“认定工伤”");
        s.careCases().move(c.id(), InjuryStatus.APPLIED, FEB.plusDays(3));
        assertThatThrownBy(() -> s.careCases().move(c.id(), InjuryStatus.RECOGNISED, FEB))
                .hasMessage("日期：“认定工伤”不能早于 2020-02-13");
        InjuryCase done = s.careCases().move(c.id(), InjuryStatus.RECOGNISED, FEB.plusDays(20));
        assertThat(done.appliedOn()).isEqualTo(FEB.plusDays(3));
        assertThat(done.decidedOn()).isEqualTo(FEB.plusDays(20));
        String code = s.careCases().injuries().get(0).code();
        assertThat(s.careCases().injuryCoded(code.toLowerCase())).isEqualTo(c.id());
        assertThatThrownBy(() -> s.careCases().injuryCoded("W00000000"))
                .isInstanceOf(UserError.class);
        assertThat(s.stats().counts()).containsEntry("injury_cases", 1);
    }

    @Test
    void aDiagnosisIsWithheldFromSupervisorsAndTheAuditLog() {
        InjuryCase c = report("新冠肺炎（普通型）");
        assertThat(s.careCases().injuries().get(0).shown().diagnosis()).isEqualTo("新冠肺炎（普通型）");
        s.close();
        try (Store store =
                Store.open(dir, Clock.systemUTC(), FxThreadGuard.NONE, TestOffice.keyOf(dir))) {
            List<AuditLog.Entry> all = store.read(x -> x.audit().latest(1000));
            assertThat(all).anySatisfy(e -> assertThat(e.entityId()).isEqualTo(c.id()));
            assertThat(all)
                    .allSatisfy(
                            e -> assertThat(e.beforeJson() + e.afterJson()).doesNotContain("普通型"));
        }
        s = TestOffice.open(dir);
        as("督查员", Role.SUPERVISOR);
        CareCaseService.InjuryLine l = s.careCases().injuries().get(0);
        assertThat(l.shown().diagnosis()).isNotNull().doesNotContain("普通型");
        assertThat(l.shown().note()).isEqualTo("卡点值守时感染");
        assertThatThrownBy(() -> s.careCases().move(c.id(), InjuryStatus.APPLIED, FEB.plusDays(2)))
                .isInstanceOf(UserError.class);
    }

    @Test
    void theInventoryCountsDiagnosesAndThePurgeClearsThoseOfCasesClosedPastTheRetention() {
        InjuryCase closed = report("新冠肺炎（轻型）");
        s.careCases().move(closed.id(), InjuryStatus.CLOSED, FEB.plusDays(2));
        InjuryCase open = report("新冠肺炎（普通型）");
        report(null);
        String place = org.branchdesk.domain.common.Messages.format("privacy.place.injuryCases");
        assertThat(s.privacy().inventory())
                .filteredOn(i -> i.place().equals(place))
                .extracting(PrivacyService.Item::count)
                .containsExactly(3, 2);
        assertThat(s.privacy().purgeable().injuryCases()).isEqualTo(1);
        PrivacyService.Purge done = s.privacy().purge();
        assertThat(done.injuryCases()).isEqualTo(1);
        assertThat(s.careCases().injuries())
                .filteredOn(l -> l.shown().id().equals(closed.id()))
                .singleElement()
                .satisfies(l -> assertThat(l.shown().diagnosis()).isNull());
        assertThat(s.careCases().injuries())
                .filteredOn(l -> l.shown().id().equals(open.id()))
                .singleElement()
                .satisfies(l -> assertThat(l.shown().diagnosis()).isEqualTo("新冠肺炎（普通型）"));
        assertThat(s.privacy().purgeable().injuryCases()).isZero();
    }
}
