package org.branchdesk.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Chinese line breaking on a grid of 10 full-width cells (half-width characters take half). */
class LineBreakerTest {
    static List<String> lines(String text) {
        return LineBreaker.lines(text, 10, 0, cp -> LineBreaker.isHalfWidth(cp) ? 0.5f : 1f);
    }

    @Test
    void breaksAtAnyCharacterWhenNoRuleApplies() {
        assertThat(lines("一二三四五六七八九十甲乙丙")).containsExactly("一二三四五六七八九十", "甲乙丙");
    }

    @ParameterizedTest
    @ValueSource(strings = {"，", "。", "、", "；", "：", "？", "！", "）", "》", "」", "』", "”"})
    void closingPunctuationNeverStartsALine(String mark) {
        List<String> l = lines("一二三四五六七八九十" + mark + "甲乙");
        assertThat(l).hasSize(2);
        assertThat(l.get(1)).startsWith("十" + mark);
    }

    @ParameterizedTest
    @ValueSource(strings = {"（", "《", "「", "『", "“", "〔", "【"})
    void openingPunctuationNeverEndsALine(String mark) {
        List<String> l = lines("一二三四五六七八九" + mark + "甲乙");
        assertThat(l.get(0)).doesNotEndWith(mark);
        assertThat(l.get(1)).startsWith(mark);
    }

    @Test
    void aNumberStaysWholeAndItsBracketGoesWithIt() {
        // 〔2020 fits on the first line, 〕 may not start the next: the year moves, and its bracket
        // too
        List<String> l = lines("一二三四五六七八〔2020〕2号");
        assertThat(l.get(0)).isEqualTo("一二三四五六七八");
        assertThat(l.get(1)).isEqualTo("〔2020〕2号");
    }

    @Test
    void halfWidthCharactersTakeHalfACell() {
        assertThat(lines("12345678901234567890")).containsExactly("12345678901234567890");
    }

    @Test
    void theFirstLineCanBeIndentedAndLineFeedsEndLines() {
        assertThat(LineBreaker.lines("一二三四五六七八九十\n甲", 10, 2, cp -> 1f))
                .containsExactly("一二三四五六七八", "九十", "甲");
    }

    @Test
    void aCharacterWiderThanTheLineGoesAlone() {
        assertThat(LineBreaker.lines("一二", 0.5f, 0, cp -> 1f)).containsExactly("一", "二");
    }
}
