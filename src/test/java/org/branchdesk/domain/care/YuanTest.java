package org.branchdesk.domain.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.branchdesk.domain.common.ValidationError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YuanTest {
    @ParameterizedTest(name = "“{0}” is {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1409.5|1409.50",
                "1409.50|1409.50",
                "1409|1409.00",
                "1,409.50|1409.50",
                "¥1,409.50|1409.50",
                "￥1409.50|1409.50",
                "1409.50元|1409.50",
                "１４０９．５０|1409.50",
                " 1409.50 |1409.50",
                "1 409.50|1409.50",
                "12,345.6|12345.60",
                "1,234,567|1234567.00",
                "1.500|1.50",
                "0.01|0.01",
                "0.5|0.50",
                "99999999.99|99999999.99",
                "99,999,999.99|99999999.99"
            })
    void aClerkTypesPlainDigitsOrTheAmountAsPrinted(String typed, String value) {
        Yuan y = Yuan.parse(typed);
        assertThat(y.value()).isEqualByComparingTo(value);
        assertThat(y.value().scale()).isEqualTo(2);
    }

    @ParameterizedTest(name = "“{0}”: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "-5|金额：不能是负数；更正已支付的款项请另记一笔冲销",
                "-0.01|金额：不能是负数；更正已支付的款项请另记一笔冲销",
                "−1409.50|金额：不能是负数；更正已支付的款项请另记一笔冲销",
                "0|金额：须大于 0",
                "0.00|金额：须大于 0",
                "1.005|金额：最多两位小数（到分），“1.005”有 3 位小数",
                "1409.501|金额：最多两位小数（到分），“1409.501”有 3 位小数",
                "99999999.991|金额：最多两位小数（到分），“99999999.991”有 3 位小数",
                "100000000|金额：一笔最多 99,999,999.99 元，现在是 100,000,000.00 元",
                "99999999.999|金额：最多两位小数（到分），“99999999.999”有 3 位小数",
                "123456789.5|金额：一笔最多 99,999,999.99 元，现在是 123,456,789.50 元",
                "abc|金额：“abc”不是金额，请写成 1409.50 这样的数字（单位元，最多两位小数）",
                "1,40|金额：“1,40”不是金额，请写成 1409.50 这样的数字（单位元，最多两位小数）",
                "1,4000.00|金额：“1,4000.00”不是金额，请写成 1409.50 这样的数字（单位元，最多两位小数）",
                "1e3|金额：“1e3”不是金额，请写成 1409.50 这样的数字（单位元，最多两位小数）",
                "1.2.3|金额：“1.2.3”不是金额，请写成 1409.50 这样的数字（单位元，最多两位小数）",
                ".5|金额：“.5”不是金额，请写成 1409.50 这样的数字（单位元，最多两位小数）",
                "壹仟元|金额：“壹仟元”不是金额，请写成 1409.50 这样的数字（单位元，最多两位小数）"
            })
    void everyOtherAmountIsRefusedWithItsReason(String typed, String message) {
        assertThatThrownBy(() -> Yuan.parse(typed))
                .isInstanceOfSatisfying(
                        ValidationError.class, e -> assertThat(e.getMessage()).isEqualTo(message));
    }

    @Test
    void anEmptyAmountIsRequiredAndTheCallerNamesTheField() {
        assertThatThrownBy(() -> Yuan.parse("  "))
                .isInstanceOfSatisfying(
                        ValidationError.class,
                        e -> assertThat(e.getMessage()).isEqualTo("金额：不能为空"));
        assertThatThrownBy(() -> Yuan.parse("field.allocation.amount", "-1"))
                .isInstanceOfSatisfying(
                        ValidationError.class,
                        e -> assertThat(e.getMessage()).startsWith("下拨金额：不能是负数"));
        assertThatThrownBy(() -> Yuan.of("field.payment.amount", null)).hasMessage("金额：不能为空");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"0", "-1", "0.001", "100000000.00"})
    void aNumberHeldOutsideTheRulesIsNoAmountEither(String value) {
        assertThatThrownBy(() -> new Yuan(new BigDecimal(value)))
                .isInstanceOf(ValidationError.class);
        assertThatThrownBy(() -> Yuan.of("field.payment.amount", new BigDecimal(value)))
                .isInstanceOf(ValidationError.class);
    }

    @ParameterizedTest(name = "{0} → {1} / {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "0|0.00|¥0.00",
                "0.5|0.50|¥0.50",
                "1|1.00|¥1.00",
                "12|12.00|¥12.00",
                "123|123.00|¥123.00",
                "1234|1,234.00|¥1,234.00",
                "1409.5|1,409.50|¥1,409.50",
                "12345.67|12,345.67|¥12,345.67",
                "123456|123,456.00|¥123,456.00",
                "1234567.8|1,234,567.80|¥1,234,567.80",
                "99999999.99|99,999,999.99|¥99,999,999.99",
                "123456789012.34|123,456,789,012.34|¥123,456,789,012.34",
                "-1409.5|-1,409.50|-¥1,409.50",
                "-0.05|-0.05|-¥0.05",
                "-123456|-123,456.00|-¥123,456.00"
            })
    void amountsPrintWithTwoPlacesAndThousandsSeparators(
            String value, String figures, String withSign) {
        assertThat(Yuan.figures(new BigDecimal(value))).isEqualTo(figures);
        assertThat(Yuan.withSign(new BigDecimal(value))).isEqualTo(withSign);
    }

    @Test
    void aPaymentAmountPrintsInFiguresAndCapitals() {
        Yuan y = Yuan.parse("1409.5");
        assertThat(y.figures()).isEqualTo("1,409.50");
        assertThat(y.withSign()).isEqualTo("¥1,409.50");
        assertThat(y.capitals()).isEqualTo("壹仟肆佰零玖元伍角");
        assertThat(y.toString()).isEqualTo("¥1,409.50");
        assertThat(y.plus(Yuan.parse("0.5")).figures()).isEqualTo("1,410.00");
        assertThat(y).isEqualTo(Yuan.parse("1,409.50"));
    }

    @Test
    void moneyIsNeverRoundedSilently() {
        assertThatThrownBy(() -> Yuan.figures(new BigDecimal("1.005")))
                .isInstanceOf(ArithmeticException.class);
    }

    @ParameterizedTest(name = "{0}: positive {1}, to the fen {2}, within the maximum {3}")
    @CsvSource({
        "0.01,true,true,true",
        "0,false,true,true",
        "-3,false,true,true",
        "1.10,true,true,true",
        "1.100,true,true,true",
        "1.101,true,false,true",
        "99999999.99,true,true,true",
        "100000000,true,true,false"
    })
    void eachRuleOfAnAmountStandsAlone(
            String value, boolean positive, boolean toTheFen, boolean withinMaximum) {
        BigDecimal v = new BigDecimal(value);
        assertThat(Yuan.positive(v)).isEqualTo(positive);
        assertThat(Yuan.toTheFen(v)).isEqualTo(toTheFen);
        assertThat(Yuan.withinMaximum(v)).isEqualTo(withinMaximum);
    }
}
