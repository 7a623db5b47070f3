package org.branchdesk.domain.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MemberRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    static final CitizenId BORN_1980 = CitizenId.parse(CitizenIdTest.valid("99010119800101123"));

    @Test
    void aConsistentMemberPasses() {
        assertThatCode(
                        () ->
                                MemberRules.check(
                                        BORN_1980,
                                        Sex.MALE,
                                        LocalDate.of(1980, 1, 1),
                                        LocalDate.of(2005, 7, 1),
                                        LocalDate.of(2006, 7, 1),
                                        Standing.FULL,
                                        TODAY))
                .doesNotThrowAnyException();
        assertThatCode(
                        () ->
                                MemberRules.check(
                                        BORN_1980,
                                        null,
                                        null,
                                        LocalDate.of(2026, 7, 1),
                                        null,
                                        Standing.PROBATIONARY,
                                        TODAY))
                .doesNotThrowAnyException();
    }

    @Test
    void aBirthDateThatContradictsTheIdIsRefused() {
        assertThatThrownBy(
                        () ->
                                MemberRules.check(
                                        BORN_1980,
                                        null,
                                        LocalDate.of(1980, 1, 2),
                                        null,
                                        null,
                                        Standing.FULL,
                                        TODAY))
                .hasMessage("出生日期：与公民身份号码不符（填的是 1980-01-02，号码中是 1980-01-01）");
    }

    @Test
    void aSexThatContradictsTheIdIsRefused() {
        assertThatThrownBy(
                        () ->
                                MemberRules.check(
                                        BORN_1980,
                                        Sex.FEMALE,
                                        null,
                                        null,
                                        null,
                                        Standing.FULL,
                                        TODAY))
                .hasMessageStartingWith("性别：");
    }

    @Test
    void joiningUnderEighteenIsRefusedAndTheEighteenthBirthdayIsEnough() {
        assertThatThrownBy(
                        () ->
                                MemberRules.check(
                                        BORN_1980,
                                        null,
                                        null,
                                        LocalDate.of(1997, 12, 31),
                                        null,
                                        Standing.PROBATIONARY,
                                        TODAY))
                .hasMessage("入党日期：入党时未满 18 周岁");
        assertThatCode(
                        () ->
                                MemberRules.check(
                                        BORN_1980,
                                        null,
                                        null,
                                        LocalDate.of(1998, 1, 1),
                                        null,
                                        Standing.PROBATIONARY,
                                        TODAY))
                .doesNotThrowAnyException();
    }

    @Test
    void joiningAfterBecomingFullIsRefused() {
        assertThatThrownBy(
                        () ->
                                MemberRules.check(
                                        BORN_1980,
                                        null,
                                        null,
                                        LocalDate.of(2006, 7, 2),
                                        LocalDate.of(2006, 7, 1),
                                        Standing.FULL,
                                        TODAY))
                .hasMessageStartingWith("入党日期：");
    }

    @Test
    void aProbationaryMemberWithAFullMemberDateIsRefused() {
        assertThatThrownBy(
                        () ->
                                MemberRules.check(
                                        BORN_1980,
                                        null,
                                        null,
                                        LocalDate.of(2005, 7, 1),
                                        LocalDate.of(2006, 7, 1),
                                        Standing.PROBATIONARY,
                                        TODAY))
                .hasMessageStartingWith("转正日期：预备党员");
    }

    @Test
    void datesInTheFutureAreRefused() {
        assertThatThrownBy(
                        () ->
                                MemberRules.check(
                                        BORN_1980,
                                        null,
                                        null,
                                        TODAY.plusDays(1),
                                        null,
                                        Standing.PROBATIONARY,
                                        TODAY))
                .hasMessageStartingWith("入党日期：");
        assertThatThrownBy(
                        () ->
                                MemberRules.check(
                                        BORN_1980,
                                        null,
                                        null,
                                        null,
                                        TODAY.plusDays(1),
                                        Standing.FULL,
                                        TODAY))
                .hasMessageStartingWith("转正日期：");
    }

    @Test
    void namesKeepTheMiddleDotOfMinorityNames() {
        assertThat(MemberRules.validName(" 阿依古丽•买买提 ")).isEqualTo("阿依古丽·买买提");
        assertThatThrownBy(() -> MemberRules.validName("")).hasMessage("姓名：不能为空");
    }

    @Test
    void partyStandingCountsWholeYearsFromTheFullMemberDate() {
        assertThat(PartyStanding.years(LocalDate.of(2006, 7, 1), LocalDate.of(2026, 6, 30)))
                .isEqualTo(19);
        assertThat(PartyStanding.years(LocalDate.of(2006, 7, 1), LocalDate.of(2026, 7, 1)))
                .isEqualTo(20);
        assertThat(PartyStanding.years(null, TODAY)).isNull();
        assertThat(PartyStanding.years(TODAY.plusDays(1), TODAY)).isNull();
    }
}
