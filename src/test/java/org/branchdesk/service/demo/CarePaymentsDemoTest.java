package org.branchdesk.service.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.branchdesk.domain.care.Fund;
import org.branchdesk.domain.care.FundSource;
import org.branchdesk.domain.care.Payment;
import org.branchdesk.domain.care.PaymentBatch;
import org.branchdesk.domain.care.PaymentKind;
import org.branchdesk.domain.care.PaymentState;
import org.branchdesk.service.Services;
import org.branchdesk.service.care.PaymentService;
import org.branchdesk.store.Store;
import org.branchdesk.testing.TestOffice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Care's funds and payments in the demo street: every source allocated, every kind paid, two real
 * batches, approvals by a person with a post entered by another account than the one that recorded,
 * one 代领 and one reversal; a dry run leaves nothing, a second load changes nothing.
 */
class CarePaymentsDemoTest {
    @TempDir Path dir;

    @Test
    void theDemoPaysFromEverySourceThroughBatchesAndFourEyesAndASecondLoadChangesNothing() {
        try (Services s = TestOffice.open(dir)) {
            s.demo().load(0, true);
            assertThat(s.stats().counts()).containsEntry("funds", 0).containsEntry("payments", 0);

            s.demo().load(0, false);
            Store store = (Store) s.closer();
            List<Fund> funds = store.read(x -> x.funds().list());
            assertThat(funds.stream().map(Fund::source).collect(Collectors.toSet()))
                    .isEqualTo(EnumSet.allOf(FundSource.class));
            List<Payment> payments = store.read(x -> x.payments().list(null));
            assertThat(payments.stream().map(Payment::kind).collect(Collectors.toSet()))
                    .isEqualTo(EnumSet.allOf(PaymentKind.class));
            List<PaymentBatch> batches = store.read(x -> x.paymentBatches().list());
            assertThat(batches)
                    .extracting(PaymentBatch::kind)
                    .containsExactly(PaymentKind.WORK_ALLOWANCE, PaymentKind.LIVING_SUBSIDY);
            Map<PaymentKind, Long> inBatches =
                    payments.stream()
                            .filter(p -> p.batchId() != null)
                            .collect(Collectors.groupingBy(Payment::kind, Collectors.counting()));
            assertThat(inBatches)
                    .containsEntry(PaymentKind.WORK_ALLOWANCE, 57L)
                    .containsEntry(PaymentKind.LIVING_SUBSIDY, 61L);
            assertThat(payments)
                    .filteredOn(p -> p.approval() != null)
                    .isNotEmpty()
                    .allSatisfy(
                            p -> {
                                assertThat(p.approval().approverName()).isEqualTo("郑立群");
                                assertThat(p.approval().approverPost()).isEqualTo("青槐街道党工委书记");
                                assertThat(p.approval().enteredBy())
                                        .isEqualTo(PaymentService.accountId(s.actor()))
                                        .isNotEqualTo(p.recordedBy());
                            });
            assertThat(payments)
                    .filteredOn(p -> p.paid() != null && p.paid().collectedBy() != null)
                    .singleElement()
                    .satisfies(p -> assertThat(p.paid().collectedBy()).isEqualTo("王秀兰"));
            int reversals = store.read(x -> x.payments().reversals(null)).size();
            assertThat(reversals).isEqualTo(1);
            assertThat(payments)
                    .extracting(Payment::state)
                    .contains(PaymentState.RECORDED, PaymentState.APPROVED, PaymentState.PAID);

            Map<String, Integer> counts = s.stats().counts();
            int audited = store.read(x -> x.audit().count());
            assertThat(s.demo().load(0, false).changedAnything()).isFalse();
            assertThat(s.stats().counts()).isEqualTo(counts);
            int auditedAfter = store.read(x -> x.audit().count());
            assertThat(auditedAfter).isEqualTo(audited);
        }
    }
}
