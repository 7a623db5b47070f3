package org.branchdesk.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CitizenIdsTest {
    @Test
    void masksBirthDateAndSequenceKeepingRegionAndLastFour() {
        assertThat(CitizenIds.mask("41030219800101123X")).isEqualTo("410302********123X");
        assertThat(CitizenIds.mask("410302800101123")).isEqualTo("410302*****1123");
    }

    @Test
    void masksEveryIdNumberInsideAText() {
        String line = "第3行 公民身份号码 41030219800101123x 与 410302198001011234 重复";
        assertThat(CitizenIds.maskAll(line))
                .isEqualTo("第3行 公民身份号码 410302********123x 与 410302********1234 重复")
                .doesNotContain("19800101");
    }

    @Test
    void leavesOtherNumbersAlone() {
        assertThat(CitizenIds.maskAll("电话 13912345678，订单 12345678901234567890123"))
                .isEqualTo("电话 13912345678，订单 12345678901234567890123");
        assertThat(CitizenIds.maskAll(null)).isNull();
    }
}
