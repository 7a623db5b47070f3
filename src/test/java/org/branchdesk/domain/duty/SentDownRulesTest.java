package org.branchdesk.domain.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class SentDownRulesTest {
    static final Team.Someone CADRE = Team.Someone.person(UUID.randomUUID());

    @ParameterizedTest(name = "{0}")
    @EnumSource(PersonKind.class)
    void aPersonSentDownIsOnThePeopleRegisterAsACadreSentDown(PersonKind kind) {
        assertThat(SentDownRules.personMayBeSentDown(kind))
                .isEqualTo(kind == PersonKind.SENT_DOWN_CADRE);
    }

    static SentDown sentDown(LocalDate to) {
        return SentDown.of(
                UUID.randomUUID(),
                CADRE,
                WorkUnit.named("field.sentDown.unit", "明川区税务局", "field.sentDown.unit", null),
                UUID.randomUUID(),
                null,
                LocalDate.of(2020, 2, 1),
                to);
    }

    @ParameterizedTest(name = "earlier {0}: serving already {1}")
    @CsvSource({"'',false", "ended,false", "ended open,true", "open,true"})
    void aCadreServesOneSendingAtATime(String earlier, boolean already) {
        List<SentDown> ofCadre = new ArrayList<>();
        for (String e : earlier.split(" ")) {
            if (e.equals("open")) {
                ofCadre.add(sentDown(null));
            } else if (e.equals("ended")) {
                ofCadre.add(sentDown(LocalDate.of(2020, 2, 29)));
            }
        }
        assertThat(SentDownRules.servingAlready(ofCadre)).isEqualTo(already);
    }

    @ParameterizedTest(name = "sent {0} to {1}: serves {2} to {3} {4}")
    @CsvSource({
        // from,       to,          first,       last,        serves
        "2020-02-05, '',         2020-02-03, 2020-02-09, true", // starts within the week
        "2020-02-05, '',         2020-02-03, 2020-02-04, false", // not yet
        "2020-02-05, '',         2026-03-16, 2026-03-22, true", // open: serves on
        "2020-02-05, 2020-04-30, 2020-04-27, 2020-05-03, true", // ends within the week
        "2020-02-05, 2020-04-30, 2020-04-30, 2020-04-30, true", // the last day
        "2020-02-05, 2020-04-30, 2020-05-01, 2020-05-07, false", // over
        "2020-02-05, 2020-02-05, 2020-02-05, 2020-02-05, true", // one day
        "2020-02-05, 2020-04-30, 2020-01-01, 2020-12-31, true", // the span covers it all
    })
    void aCadreServesTheCommunityOnTheDaysOfTheSending(
            LocalDate from, String to, LocalDate first, LocalDate last, boolean serves) {
        SentDown d =
                SentDown.of(
                        UUID.randomUUID(),
                        CADRE,
                        WorkUnit.named(
                                "field.sentDown.unit", "明川区税务局", "field.sentDown.unit", null),
                        UUID.randomUUID(),
                        null,
                        from,
                        to.isEmpty() ? null : LocalDate.parse(to));
        assertThat(d.servesDuring(first, last)).isEqualTo(serves);
    }

    @Test
    void aSendingEndsNoEarlierThanItStarts() {
        assertThatThrownBy(() -> sentDown(LocalDate.of(2020, 1, 31)))
                .hasMessage("下沉结束日期：不能早于开始日期 2020-02-01");
        assertThat(sentDown(LocalDate.of(2020, 2, 1)).isServing()).isFalse();
    }

    @Test
    void aUnitIsOnTheRegisterOrNamedNeverBoth() {
        UUID id = UUID.randomUUID();
        assertThat(WorkUnit.onRegister(id).isOnRegister()).isTrue();
        assertThatThrownBy(() -> new WorkUnit(id, "明川区税务局", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WorkUnit(null, null, "机关党委"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Sendings as {@code from..to} separated by spaces (an empty {@code to}: still serving). */
    static List<SentDown> sendings(String spec) {
        List<SentDown> out = new ArrayList<>();
        for (String one : spec.split(" ")) {
            if (one.isEmpty()) {
                continue;
            }
            String[] ft = one.split("\\.\\.", -1);
            out.add(
                    SentDown.of(
                            UUID.randomUUID(),
                            CADRE,
                            WorkUnit.named(
                                    "field.sentDown.unit", "明川区税务局", "field.sentDown.unit", null),
                            UUID.randomUUID(),
                            null,
                            LocalDate.parse(ft[0]),
                            ft[1].isEmpty() ? null : LocalDate.parse(ft[1])));
        }
        return out;
    }

    @ParameterizedTest(name = "sent {0}, span {1} to {2}: cannot serve {3}")
    @CsvSource({
        // sendings,                         first,      last,       unavailable (from..to excl.)
        "2020-02-03..2020-02-09,             2020-02-03, 2020-02-09, ''", // the whole span sent
        "2020-02-03..,                       2020-02-03, 2020-02-09, ''", // still serving
        "2020-02-03..2020-02-07,             2020-02-03, 2020-02-09, 2020-02-08..2020-02-10",
        "2020-02-05..,                       2020-02-03, 2020-02-09, 2020-02-03..2020-02-05",
        "2020-02-05..2020-02-05,             2020-02-03, 2020-02-09,"
                + " 2020-02-03..2020-02-05 2020-02-06..2020-02-10", // one day amid the week
        "2020-02-03..2020-02-04 2020-02-07..,2020-02-03, 2020-02-09, 2020-02-05..2020-02-07",
        "2020-01-01..2020-01-31,             2020-02-03, 2020-02-09, 2020-02-03..2020-02-10",
        "'',                                 2020-02-03, 2020-02-04, 2020-02-03..2020-02-05",
        "2020-02-03..2020-02-09,             2020-02-09, 2020-02-10, 2020-02-10..2020-02-11",
    })
    void aCadreSentDownCannotServeOnTheDaysOutsideTheSending(
            String sent, LocalDate first, LocalDate last, String unavailable) {
        List<String> periods =
                SentDownRules.unavailableOutside(sendings(sent.strip()), first, last).stream()
                        .map(p -> p.from().toLocalDate() + ".." + p.to().toLocalDate())
                        .toList();
        assertThat(String.join(" ", periods)).isEqualTo(unavailable == null ? "" : unavailable);
        SentDownRules.unavailableOutside(sendings(sent.strip()), first, last)
                .forEach(
                        p -> {
                            assertThat(p.from().toLocalTime())
                                    .isEqualTo(java.time.LocalTime.MIDNIGHT);
                            assertThat(p.to().toLocalTime())
                                    .isEqualTo(java.time.LocalTime.MIDNIGHT);
                        });
    }
}
