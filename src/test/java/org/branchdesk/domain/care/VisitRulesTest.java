package org.branchdesk.domain.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VisitRulesTest {
    static final UUID ZHANG = UUID.randomUUID();
    static final UUID WANG = UUID.randomUUID();
    static final Payment.Recipient VISITED =
            new Payment.Recipient(RecipientKind.MEMBER, ZHANG, "张伟");

    static Payment payment(PaymentKind kind, RecipientKind to, UUID id, boolean cancelled) {
        Payment p =
                Payment.record(
                        UUID.randomUUID(),
                        kind,
                        new Payment.Recipient(to, id, id == ZHANG ? "张伟" : "王芳"),
                        Yuan.parse("500"),
                        null,
                        null,
                        "慰问一线党员",
                        UUID.randomUUID(),
                        UUID.randomUUID());
        return cancelled ? p.cancelled() : p;
    }

    @ParameterizedTest(name = "{0} to {1} {2}, cancelled {3}: {4}")
    @CsvSource(
            delimiter = '|',
            value = {
                "SOLICITUDE|MEMBER|ZHANG|false|",
                "WORK_ALLOWANCE|MEMBER|ZHANG|false|关联慰问金：须是慰问金，不能是其他款项",
                "LIVING_SUBSIDY|MEMBER|ZHANG|false|关联慰问金：须是慰问金，不能是其他款项",
                "SOLICITUDE|MEMBER|WANG|false|关联慰问金：这笔慰问金发给王芳，不是被慰问人张伟",
                "SOLICITUDE|PERSON|ZHANG|false|关联慰问金：这笔慰问金发给张伟，不是被慰问人张伟",
                "SOLICITUDE|MEMBER|ZHANG|true|关联慰问金：这笔慰问金已作废"
            })
    void aVisitsPaymentIsAStandingSolicitudePaymentToTheOneVisited(
            PaymentKind kind, RecipientKind to, String who, boolean cancelled, String message) {
        Payment p = payment(kind, to, who.equals("ZHANG") ? ZHANG : WANG, cancelled);
        if (message == null) {
            assertThatCode(() -> VisitRules.checkPayment(p, VISITED)).doesNotThrowAnyException();
            assertThat(VisitRules.sameRecipient(p, VISITED)).isTrue();
        } else {
            assertThatThrownBy(() -> VisitRules.checkPayment(p, VISITED)).hasMessage(message);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "MEMBER|2020-02-15|李明（街道党工委书记）|",
                "ORGANIZATION|2020-02-15|李明|被慰问人：须是党员或人员名册上的人员，不能是组织",
                "MEMBER|2020-07-01|李明|慰问日期：日期不能晚于今天",
                "MEMBER|2020-02-15| |慰问人：不能为空"
            })
    void aVisitIsToSomeoneOnADayByNamedVisitors(
            RecipientKind kind, LocalDate on, String visitors, String message) {
        Payment.Recipient who = new Payment.Recipient(kind, ZHANG, "张伟");
        LocalDate today = LocalDate.of(2020, 6, 30);
        if (message == null) {
            assertThat(
                            SolicitudeVisit.of(
                                            UUID.randomUUID(), who, on, visitors, null, null, today)
                                    .visitors())
                    .isEqualTo(visitors);
        } else {
            assertThatThrownBy(
                            () ->
                                    SolicitudeVisit.of(
                                            UUID.randomUUID(),
                                            who,
                                            on,
                                            visitors,
                                            null,
                                            null,
                                            today))
                    .hasMessage(message);
        }
    }
}
