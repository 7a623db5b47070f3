package org.branchdesk.domain.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.households.Household;
import org.branchdesk.domain.members.CitizenId;
import org.branchdesk.domain.members.Departure;
import org.branchdesk.domain.members.Member;
import org.branchdesk.domain.members.Presence;
import org.branchdesk.domain.members.Registration;
import org.branchdesk.domain.members.Standing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class AssistanceRulesTest {
    static final LocalDate TODAY = LocalDate.parse("2020-03-15");
    static final UUID MEMBER = UUID.randomUUID();
    static final UUID OTHER_MEMBER = UUID.randomUUID();
    static final UUID HOUSEHOLD = UUID.randomUUID();
    static final UUID OTHER_HOUSEHOLD = UUID.randomUUID();

    static LocalDate day(String d) {
        return d == null ? null : LocalDate.parse(d);
    }

    static Pairing pairing(String from, String to) {
        return new Pairing(
                UUID.randomUUID(),
                MEMBER,
                HOUSEHOLD,
                AssistanceCategory.ELDERLY_ALONE,
                day(from),
                day(to));
    }

    static Member member(Departure departure) {
        return new Member(
                MEMBER,
                "王芳",
                null,
                CitizenId.parse("11010519491231002X"),
                null,
                null,
                null,
                LocalDate.of(2000, 7, 1),
                LocalDate.of(2001, 7, 1),
                Standing.FULL,
                Registration.COMMUNITY,
                Presence.RESIDENT,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                departure,
                departure == null ? null : LocalDate.of(2020, 1, 31),
                null);
    }

    static Household household(Household.Kind kind) {
        return new Household(
                HOUSEHOLD,
                kind,
                UUID.randomUUID(),
                null,
                null,
                "301",
                "赵大爷",
                null,
                kind == Household.Kind.CONTACT ? UUID.randomUUID() : null,
                kind == Household.Kind.ASSISTED ? "独居，行动不便" : null);
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource({
        "2020-03-14,2020-03-15,true",
        "2020-03-15,2020-03-15,true", // today has happened
        "2020-03-16,2020-03-15,false"
    })
    void whatIsRecordedHasHappened(String day, String today, boolean ok) {
        assertThat(AssistanceRules.notInFuture(day(day), day(today))).isEqualTo(ok);
    }

    @ParameterizedTest(name = "a member who left by {0}")
    @EnumSource(Departure.class)
    void onlyAMemberOnTheRegisterIsPaired(Departure departure) {
        assertThat(AssistanceRules.memberOnRegister(member(null))).isTrue();
        assertThat(AssistanceRules.memberOnRegister(member(departure))).isFalse();
        assertThat(AssistanceRules.memberOnRegister(null)).isFalse();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"ASSISTED,true", "CONTACT,false"})
    void onlyAResidentUnderAssistanceIsPaired(Household.Kind kind, boolean ok) {
        assertThat(AssistanceRules.householdAssisted(household(kind))).isEqualTo(ok);
        assertThat(AssistanceRules.householdAssisted(null)).isFalse();
    }

    /** "M H open", "M H 2020-02-29", "O H open": member (M or another, O), household, end. */
    static List<Pairing> register(String rows) {
        List<Pairing> out = new ArrayList<>();
        if (rows == null) {
            return out;
        }
        for (String row : rows.split(";")) {
            String[] w = row.trim().split(" ");
            out.add(
                    new Pairing(
                            UUID.randomUUID(),
                            w[0].equals("M") ? MEMBER : OTHER_MEMBER,
                            w[1].equals("H") ? HOUSEHOLD : OTHER_HOUSEHOLD,
                            AssistanceCategory.HOME_OBSERVATION,
                            LocalDate.parse("2020-02-01"),
                            w[2].equals("open") ? null : LocalDate.parse(w[2])));
        }
        return out;
    }

    @ParameterizedTest(name = "beside [{0}] from {1}: open {2}, overlaps {3}")
    @CsvSource({
        ",2020-03-01,false,false",
        "M H open,2020-03-01,true,false",
        "O H open,2020-03-01,false,false", // another member may help the same household
        "M X open,2020-03-01,false,false", // and the member another household
        "M H 2020-02-29,2020-03-01,false,false", // a new pairing after the last one ended
        "M H 2020-03-01,2020-03-01,false,true", // the last one's last day is taken
        "M H 2020-03-10,2020-03-01,false,true",
        "M H 2020-02-10;M H open,2020-03-01,true,false"
    })
    void aMemberAndAHouseholdHaveOnePairingAtATime(
            String rows, String from, boolean open, boolean overlaps) {
        List<Pairing> existing = register(rows);
        assertThat(AssistanceRules.openPairingOf(existing, MEMBER, HOUSEHOLD)).isEqualTo(open);
        assertThat(AssistanceRules.overlapsEnded(existing, MEMBER, HOUSEHOLD, day(from)))
                .isEqualTo(overlaps);
    }

    @ParameterizedTest(name = "{0} to {1}: {2}")
    @CsvSource({
        "2020-02-01,2020-02-29,true",
        "2020-02-01,2020-02-01,true",
        "2020-02-01,2020-01-31,false"
    })
    void aPairingEndsNotBeforeItStarted(String from, String to, boolean ok) {
        assertThat(AssistanceRules.endsNotBeforeStart(day(from), day(to))).isEqualTo(ok);
    }

    @ParameterizedTest(name = "ending {0} after a service on {1}: {2}")
    @CsvSource({
        "2020-03-01,,true",
        "2020-03-01,2020-02-28,true",
        "2020-03-01,2020-03-01,true",
        "2020-03-01,2020-03-02,false"
    })
    void aPairingEndsNotBeforeItsLastService(String end, String last, boolean ok) {
        assertThat(AssistanceRules.endKeepsTheLog(day(end), day(last))).isEqualTo(ok);
    }

    @ParameterizedTest(name = "a service on {2} in {0}–{1}: {3}")
    @CsvSource({
        "2020-02-01,,2020-02-01,",
        "2020-02-01,,2020-01-31,DAY_BEFORE_START",
        "2020-02-01,2020-02-29,2020-02-29,",
        "2020-02-01,2020-02-29,2020-03-01,DAY_AFTER_END",
        "2020-02-01,,2020-03-16,DAY_IN_FUTURE", // tomorrow
        "2020-02-01,2020-02-29,2020-03-16,DAY_IN_FUTURE" // the first rule broken is told
    })
    void aServiceIsDatedWithinItsPairingAndNotInTheFuture(
            String from, String to, String on, AssistanceRules.Refusal refusal) {
        Pairing p = pairing(from, to);
        assertThat(AssistanceRules.entry(p, day(on), TODAY)).isEqualTo(refusal);
        assertThat(AssistanceRules.notBeforeStart(p, day(on)))
                .isEqualTo(refusal != AssistanceRules.Refusal.DAY_BEFORE_START);
    }

    @ParameterizedTest(name = "from {0}, member left {1}, {2}, beside [{3}]: {4}")
    @CsvSource({
        "2020-03-01,false,ASSISTED,,",
        "2020-03-15,false,ASSISTED,,", // from today
        "2020-03-16,false,ASSISTED,,START_IN_FUTURE",
        "2020-03-01,true,ASSISTED,,MEMBER_NOT_ACTIVE",
        "2020-03-01,false,CONTACT,,HOUSEHOLD_NOT_ASSISTED",
        "2020-03-01,false,,,HOUSEHOLD_NOT_ASSISTED", // off the register
        "2020-03-01,false,ASSISTED,M H open,ALREADY_PAIRED",
        "2020-03-01,false,ASSISTED,M H 2020-03-05,OVERLAPS_EARLIER",
        "2020-03-01,false,ASSISTED,O H open,"
    })
    void aNewPairingIsCheckedRuleByRule(
            String from,
            boolean left,
            Household.Kind kind,
            String rows,
            AssistanceRules.Refusal refusal) {
        Pairing p = pairing(from, null);
        assertThat(
                        AssistanceRules.pairing(
                                p,
                                member(left ? Departure.TRANSFERRED_OUT : null),
                                kind == null ? null : household(kind),
                                register(rows),
                                TODAY))
                .isEqualTo(refusal);
    }

    @ParameterizedTest(name = "{0}–{1} ended on {2}, last service {3}: {4}")
    @CsvSource({
        "2020-02-01,,2020-03-01,2020-02-20,",
        "2020-02-01,,2020-03-15,,",
        "2020-02-01,2020-02-29,2020-03-01,,ALREADY_ENDED",
        "2020-02-01,,2020-03-16,,END_IN_FUTURE",
        "2020-02-01,,2020-01-31,,END_BEFORE_START",
        "2020-02-01,,2020-02-10,2020-02-20,END_BEFORE_LAST_SERVICE"
    })
    void endingAPairingIsCheckedRuleByRule(
            String from, String to, String on, String last, AssistanceRules.Refusal refusal) {
        assertThat(AssistanceRules.ending(pairing(from, to), day(on), day(last), TODAY))
                .isEqualTo(refusal);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(AssistanceRules.Refusal.class)
    void everyRefusalNamesAFieldAndReadsInChinese(AssistanceRules.Refusal r) {
        assertThat(Messages.format(AssistanceRules.fieldOf(r))).doesNotStartWith("field.");
        assertThat(Messages.format("refusal.pairing." + r.name()))
                .doesNotStartWith("refusal.")
                .matches(".*\\p{IsHan}.*");
    }

    @Test
    void aPairingAndAnEntryNameTheFieldTheyLack() {
        UUID id = UUID.randomUUID();
        assertThatThrownBy(() -> Pairing.of(id, MEMBER, null, AssistanceCategory.OTHER, TODAY))
                .isInstanceOf(ValidationError.class)
                .hasMessage("帮扶对象：不能为空");
        assertThatThrownBy(() -> Pairing.of(id, MEMBER, HOUSEHOLD, null, TODAY))
                .hasMessage("帮扶类别：不能为空");
        assertThatThrownBy(
                        () ->
                                ServiceEntry.of(
                                        id,
                                        id,
                                        TODAY,
                                        ServiceKind.VISIT,
                                        "体温" + "3".repeat(200),
                                        null))
                .hasMessage("健康情况：不能超过 200 个字");
        ServiceEntry e = ServiceEntry.of(id, id, TODAY, ServiceKind.TEMPERATURE, "  ", " 门口测温 ");
        assertThat(e.health()).isNull();
        assertThat(e.note()).isEqualTo("门口测温");
    }
}
