package org.branchdesk.domain.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CapitalAmountTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        // the issue's table: the examples of 《正确填写票据和结算凭证的基本规定》四, in the forms it pins
        "1409.50, 壹仟肆佰零玖元伍角",
        "6007.14, 陆仟零柒元壹角肆分",
        "1680.32, 壹仟陆佰捌拾元零叁角贰分",
        "16409.02, 壹万陆仟肆佰零玖元零贰分",
        "325.04, 叁佰贰拾伍元零肆分",
        "10, 壹拾元整",
        "107000.53, 壹拾万柒仟元零伍角叁分"
    })
    void theIssuesTablePrintsExactly(String amount, String capitals) {
        assertThat(CapitalAmount.of(new BigDecimal(amount))).isEqualTo(capitals);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        // 二: ends at 元 → 整; ends at 角 → no 整; has 分 → no 整
        "1, 壹元整",
        "1.00, 壹元整",
        "1.5, 壹元伍角",
        "1.50, 壹元伍角",
        "1.55, 壹元伍角伍分",
        "9, 玖元整",
        // one to ten, eleven, twenty: ten is always 壹拾 (一: never 十 or 拾 alone)
        "11, 壹拾壹元整",
        "20, 贰拾元整",
        "99, 玖拾玖元整",
        "100, 壹佰元整",
        "101, 壹佰零壹元整",
        "110, 壹佰壹拾元整",
        "111, 壹佰壹拾壹元整",
        // a zero in each position of a group of four, and runs of zeros: one 零 (四（一）（二）)
        "1000, 壹仟元整",
        "1001, 壹仟零壹元整",
        "1010, 壹仟零壹拾元整",
        "1100, 壹仟壹佰元整",
        "1011, 壹仟零壹拾壹元整",
        "1101, 壹仟壹佰零壹元整",
        "1110, 壹仟壹佰壹拾元整",
        "1111, 壹仟壹佰壹拾壹元整",
        "9009, 玖仟零玖元整",
        // the 万 boundary: a zero 万位 before a non-zero 千位 writes no 零 (四（三）, the table's 壹拾万柒仟)
        "9999, 玖仟玖佰玖拾玖元整",
        "10000, 壹万元整",
        "10001, 壹万零壹元整",
        "10010, 壹万零壹拾元整",
        "10100, 壹万零壹佰元整",
        "11000, 壹万壹仟元整",
        "100000, 壹拾万元整",
        "101000, 壹拾万壹仟元整",
        "100100, 壹拾万零壹佰元整",
        "110000, 壹拾壹万元整",
        "1000000, 壹佰万元整",
        "1001000, 壹佰万壹仟元整",
        "1010000, 壹佰零壹万元整",
        "10000000, 壹仟万元整",
        "10000001, 壹仟万零壹元整",
        "10010000, 壹仟零壹万元整",
        "20000100.10, 贰仟万零壹佰元零壹角",
        // 元位 zero before 角 writes 零 (四（三）, the table's 壹仟陆佰捌拾元零叁角贰分); 角 zero before 分 writes 零
        // (四（四）)
        "10.30, 壹拾元零叁角",
        "10.05, 壹拾元零伍分",
        "10.35, 壹拾元零叁角伍分",
        "100.01, 壹佰元零壹分",
        "10000.10, 壹万元零壹角",
        "10000.01, 壹万元零壹分",
        "1.01, 壹元零壹分",
        "1.10, 壹元壹角",
        "19.90, 壹拾玖元玖角",
        // only 角 or only 分: no 元, no leading 零 (零 stands only between digits)
        "0.50, 伍角",
        "0.5, 伍角",
        "0.05, 伍分",
        "0.55, 伍角伍分",
        "0.01, 壹分",
        "0.10, 壹角",
        "0, 零元整",
        "0.00, 零元整",
        // the largest amount a payment holds, and its neighbours
        "99999999.99, 玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分",
        "99999999, 玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元整",
        "99999999.90, 玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角",
        "90000000.09, 玖仟万元零玖分",
        // the 亿 boundary and beyond (a zero 亿位 before a non-zero 千万位 writes no 零, like 万)
        "100000000, 壹亿元整",
        "100000001, 壹亿零壹元整",
        "100001000, 壹亿零壹仟元整",
        "100010000, 壹亿零壹万元整",
        "101000000, 壹亿零壹佰万元整",
        "110000000, 壹亿壹仟万元整",
        "1000000000, 壹拾亿元整",
        "1050000000, 壹拾亿伍仟万元整",
        "123456789.01, 壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元零壹分",
        "1000000000000, 壹万亿元整",
        "1000000010000, 壹万亿零壹万元整",
        "1234567890123.45, 壹万贰仟叁佰肆拾伍亿陆仟柒佰捌拾玖万零壹佰贰拾叁元肆角伍分",
        "10000000000000000, 壹亿亿元整"
    })
    void theRulesDecideEveryOtherAmount(String amount, String capitals) {
        assertThat(CapitalAmount.of(new BigDecimal(amount))).isEqualTo(capitals);
    }

    @Test
    void aBillPutsRenminbiRightBeforeTheCapitals() {
        assertThat(CapitalAmount.onBill(new BigDecimal("1409.50"))).isEqualTo("人民币壹仟肆佰零玖元伍角");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"-1409.50, 负壹仟肆佰零玖元伍角", "-0.05, 负伍分", "-10, 负壹拾元整"})
    void aNegativeSubtotalPrintsWithFuFirst(String amount, String capitals) {
        assertThat(CapitalAmount.of(new BigDecimal(amount))).isEqualTo(capitals);
    }

    @Test
    void trailingZerosBeyondTheFenChangeNothingButAFractionOfAFenIsRefused() {
        assertThat(CapitalAmount.of(new BigDecimal("1409.500"))).isEqualTo("壹仟肆佰零玖元伍角");
        assertThatThrownBy(() -> CapitalAmount.of(new BigDecimal("1.005")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noForbiddenCharacterEverAppears() {
        // 一: 不得用一、二（两）、三、四、五、六、七、八、九、十、念、毛、另（或0）填写
        for (long yuan = 0; yuan <= 20_000; yuan += 7) {
            for (int fen : new int[] {0, 1, 10, 99}) {
                String capitals = CapitalAmount.of(BigDecimal.valueOf(yuan * 100 + fen, 2));
                assertThat(capitals).doesNotContainPattern("[一二两三四五六七八九十念毛另0-9圆正]");
                assertThat(capitals).doesNotContain("零零");
            }
        }
    }
}
