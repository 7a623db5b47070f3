package org.branchdesk.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void fullWidthDigitsLettersAndSpacesBecomeAscii() {
        assertThat(Text.normalize("\u3000青槐路１２号　Ａ座 ")).isEqualTo("青槐路12号 A座");
    }

    @Test
    void chinesePunctuationAndMinorityNameDotAreKept() {
        assertThat(Text.normalize("阿依古丽·买买提（社区）")).isEqualTo("阿依古丽·买买提（社区）");
    }

    @Test
    void runsOfWhiteSpaceCollapseAndByteOrderMarkGoes() {
        assertThat(Text.normalize("\uFEFF 石桥  \t新村 ")).isEqualTo("石桥 新村");
    }

    @Test
    void blankBecomesNullButNullStaysNull() {
        assertThat(Text.emptyToNull(" \u3000 ")).isNull();
        assertThat(Text.emptyToNull(null)).isNull();
        assertThat(Text.normalize(null)).isNull();
    }

    @Test
    void lengthCountsCodePoints() {
        assertThat(Text.length("𠀀社区")).isEqualTo(3);
    }
}
