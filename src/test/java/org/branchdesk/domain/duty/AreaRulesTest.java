package org.branchdesk.domain.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.branchdesk.domain.common.ValidationError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AreaRulesTest {
    static final LocalDate TODAY = LocalDate.of(2020, 2, 15);
    static final UUID COMMUNITY = UUID.randomUUID();
    static final UUID COMPOUND = UUID.randomUUID();
    static final Team.Someone CADRE = Team.Someone.member(UUID.randomUUID());

    @ParameterizedTest(name = "from {0} to {1}, last contact {2}, {3} days: quiet {4}")
    @CsvSource({
        // contacted within the last 7 days (today and the six before): not quiet
        "2020-01-01,,2020-02-15,7,false",
        "2020-01-01,,2020-02-09,7,false",
        // the last contact 7 days ago or more: quiet
        "2020-01-01,,2020-02-08,7,true",
        "2020-01-01,,2020-01-02,7,true",
        // never contacted: counted from the start
        "2020-01-01,,,7,true",
        "2020-02-09,,,7,false", // started six days ago: not quiet yet
        "2020-02-08,,,7,true", // started seven days ago
        "2020-02-15,,,1,false", // started today
        "2020-02-14,,,1,true",
        // an area that has ended is never quiet
        "2020-01-01,2020-02-01,,7,false",
        // a longer look-back
        "2020-01-01,,2020-01-20,30,false",
        "2020-01-01,,2020-01-16,30,true"
    })
    void anAreaNobodyContactedInTheLastDaysIsQuietCountingFromItsStartWhenNewer(
            LocalDate from, LocalDate to, LocalDate last, int days, boolean quiet) {
        assertThat(AreaRules.quiet(from, to, last, TODAY, days)).isEqualTo(quiet);
    }

    @ParameterizedTest(name = "from {0}, last contact {1}: {2} days without contact")
    @CsvSource({
        "2020-01-01,2020-02-15,0", // contacted today
        "2020-01-01,2020-02-14,1",
        "2020-01-01,2020-02-08,7",
        "2020-02-10,,5", // never contacted: since its start
        "2020-02-15,,0", // started today
        "2020-02-10,2020-01-20,5" // a contact before its start does not count
    })
    void anAreasDaysWithoutContactCountFromItsLastContactOrItsStart(
            LocalDate from, LocalDate last, long days) {
        assertThat(AreaRules.daysWithoutContact(from, last, TODAY)).isEqualTo(days);
    }

    @ParameterizedTest(name = "{0} days: valid {1}")
    @CsvSource({"0,false", "-3,false", "1,true", "7,true", "366,true", "367,false"})
    void theQuietListLooksBackBetweenADayAndAYear(int days, boolean valid) {
        assertThat(AreaRules.validQuietDays(days)).isEqualTo(valid);
    }

    static CadreArea area(UUID compound, LocalDate to) {
        return new CadreArea(
                UUID.randomUUID(), CADRE, COMMUNITY, compound, LocalDate.of(2020, 1, 1), to);
    }

    @ParameterizedTest(name = "has {0}; asks for compound {1}: answers already {2}")
    @CsvSource({
        "'',compound,false",
        "community,community,true",
        "community,compound,false", // the community and one of its compounds are two places
        "compound,compound,true",
        "ended-compound,compound,false",
        "ended-compound compound,compound,true"
    })
    void aCadreAnswersForAPlaceOnceAtATime(String has, String asks, boolean already) {
        List<CadreArea> ofCadre = new ArrayList<>();
        for (String h : has.split(" ")) {
            switch (h) {
                case "community" -> ofCadre.add(area(null, null));
                case "compound" -> ofCadre.add(area(COMPOUND, null));
                case "ended-compound" -> ofCadre.add(area(COMPOUND, LocalDate.of(2020, 1, 31)));
                default -> {}
            }
        }
        assertThat(
                        AreaRules.answersAlready(
                                ofCadre, COMMUNITY, asks.equals("compound") ? COMPOUND : null))
                .isEqualTo(already);
    }

    @Test
    void anAreaEndsNoEarlierThanItStarts() {
        assertThatThrownBy(
                        () ->
                                CadreArea.of(
                                        UUID.randomUUID(),
                                        CADRE,
                                        COMMUNITY,
                                        null,
                                        LocalDate.of(2020, 2, 1),
                                        LocalDate.of(2020, 1, 31)))
                .isInstanceOf(ValidationError.class)
                .hasMessage("结束日期：不能早于开始日期 2020-02-01");
    }

    @ParameterizedTest(name = "cadre {0}, community {1}, from {2}: refused on {3}")
    @CsvSource({
        "false,true,true,包联干部：不能为空",
        "true,false,true,包联社区：不能为空",
        "true,true,false,开始日期：不能为空"
    })
    void anAreaNamesItsCadreCommunityAndStart(
            boolean cadre, boolean community, boolean from, String message) {
        assertThatThrownBy(
                        () ->
                                CadreArea.of(
                                        UUID.randomUUID(),
                                        cadre ? CADRE : null,
                                        community ? COMMUNITY : null,
                                        null,
                                        from ? LocalDate.of(2020, 2, 1) : null,
                                        null))
                .hasMessage(message);
    }

    @ParameterizedTest(name = "note of {0} characters: valid {1}")
    @CsvSource({"0,true", "200,true", "201,false"})
    void aContactsNoteIsAtMost200Characters(int length, boolean valid) {
        String note = "查".repeat(length);
        if (valid) {
            assertThat(
                            AreaContact.of(
                                            UUID.randomUUID(),
                                            UUID.randomUUID(),
                                            TODAY,
                                            ContactChannel.WECHAT,
                                            note)
                                    .note())
                    .isEqualTo(length == 0 ? null : note);
        } else {
            assertThatThrownBy(
                            () ->
                                    AreaContact.of(
                                            UUID.randomUUID(),
                                            UUID.randomUUID(),
                                            TODAY,
                                            ContactChannel.WECHAT,
                                            note))
                    .hasMessage("联系情况：不能超过 200 个字");
        }
    }
}
