package org.branchdesk.domain.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.branchdesk.domain.common.ValidationError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CitizenIdTest {
    /** 17 digits plus their check character. */
    static String valid(String first17) {
        return first17 + CitizenId.checkCharacter(first17);
    }

    @Test
    void theStandardsWorkedExampleChecksOut() {
        // GB 11643-1999 appendix example: 11010519491231002X
        CitizenId id = CitizenId.parse("11010519491231002X");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.sex()).isEqualTo(Sex.FEMALE);
        assertThat(id.convertedFrom15()).isFalse();
    }

    @Test
    void aLowerCaseXSpacesAndFullWidthDigitsAreAccepted() {
        assertThat(CitizenId.parse(" 11010519491231002x ").value()).isEqualTo("11010519491231002X");
        assertThat(CitizenId.parse("１１０１０５１９４９１２３１００２Ｘ").value()).isEqualTo("11010519491231002X");
        assertThat(CitizenId.parse("110105 19491231 002X").value()).isEqualTo("11010519491231002X");
    }

    @Test
    void aWrongCheckCharacterIsRefused() {
        assertThatThrownBy(() -> CitizenId.parse("110105194912310021"))
                .isInstanceOfSatisfying(
                        ValidationError.class,
                        e -> assertThat(e.getMessage()).isEqualTo("公民身份号码：校验位不对，请核对号码"));
    }

    @ParameterizedTest
    @CsvSource({"9901011980130", "99010119801301123", "9901011980010112345", "A90101198001011234"})
    void wrongLengthsAndCharactersAreRefused(String raw) {
        assertThatThrownBy(() -> CitizenId.parse(raw))
                .isInstanceOf(ValidationError.class)
                .hasMessageStartingWith("公民身份号码：");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "11010519X91231002X|公民身份号码：只有最后一位可以是 X，这个号码的第 9 位是 X",
                "X10105194912310021|公民身份号码：只有最后一位可以是 X，这个号码的第 1 位是 X",
                "1101051949123100-2|公民身份号码：第 17 位“-”不是数字（只有最后一位可以是 X）",
                "A90101198001011234|公民身份号码：第 1 位“A”不是数字（只有最后一位可以是 X）",
                "9901011980130|公民身份号码：应为 18 位（或旧的 15 位）号码，现在是 13 位",
                "990413********2845|公民身份号码：号码中有 *，是遮盖过的号码，请填写完整的公民身份号码"
            })
    void eachMalformedNumberIsToldWhatIsWrongWithIt(String raw, String message) {
        assertThatThrownBy(() -> CitizenId.parse(raw))
                .isInstanceOfSatisfying(
                        ValidationError.class, e -> assertThat(e.getMessage()).isEqualTo(message));
    }

    @Test
    void anImpossibleBirthDateIsRefused() {
        assertThatThrownBy(() -> CitizenId.parse(valid("99010119800230123")))
                .hasMessageContaining("出生日期")
                .hasMessageContaining("19800230");
        assertThatThrownBy(() -> CitizenId.parse(valid("99010118991231123")))
                .hasMessageContaining("出生日期");
    }

    @Test
    void aRegionCodeCannotStartWithZero() {
        assertThatThrownBy(() -> CitizenId.parse(valid("09010119800101123")))
                .hasMessageContaining("地区码");
    }

    @Test
    void anOldFifteenDigitNumberIsConvertedAndFlagged() {
        CitizenId id = CitizenId.parse("990101800101123");
        assertThat(id.value()).isEqualTo(valid("99010119800101123"));
        assertThat(id.convertedFrom15()).isTrue();
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1980, 1, 1));
        assertThat(id.sex()).isEqualTo(Sex.MALE);
    }

    @Test
    void aNumberThatExcelTurnedIntoScientificNotationIsExplained() {
        assertThatThrownBy(() -> CitizenId.parse("9.90101198001011E17"))
                .hasMessageContaining("科学计数");
    }

    @Test
    void sexComesFromTheSeventeenthDigit() {
        assertThat(CitizenId.parse(valid("99010119800101121")).sex()).isEqualTo(Sex.MALE);
        assertThat(CitizenId.parse(valid("99010119800101122")).sex()).isEqualTo(Sex.FEMALE);
    }

    @Test
    void itPrintsItselfMasked() {
        CitizenId id = CitizenId.parse("11010519491231002X");
        assertThat(id.toString()).isEqualTo("110105********002X");
        assertThat(id.masked()).isEqualTo("110105********002X");
    }
}
