package org.branchdesk.domain.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.branchdesk.domain.common.ValidationError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SupplyRulesTest {
    static final SupplyItem MASKS =
            SupplyItem.of(UUID.randomUUID(), "医用外科口罩", SupplyCategory.MASKS, "只");

    static List<BigDecimal> quantities(String s) {
        return s == null ? List.of() : Arrays.stream(s.split(" ")).map(BigDecimal::new).toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "1,true",
        "200,true",
        "2.5,true",
        "0.25,true",
        "2.50,true",
        "2.500,true",
        "2.555,false",
        "0,false",
        "0.00,false",
        "-1,false"
    })
    void aQuantityIsMoreThanNoneToTwoDecimals(String quantity, boolean valid) {
        assertThat(SupplyRules.validQuantity(new BigDecimal(quantity))).isEqualTo(valid);
    }

    @Test
    void noQuantityIsNoQuantity() {
        assertThat(SupplyRules.validQuantity(null)).isFalse();
    }

    @ParameterizedTest(name = "in [{0}], out [{1}]: {2}")
    @CsvSource({
        ",,0",
        "500,,500",
        "500 300,,800",
        "500,200,300",
        "500 300,200 100 500,0",
        "10.5,2.25,8.25"
    })
    void stockIsWhatCameInLessWhatWentOut(String in, String out, String stock) {
        assertThat(SupplyRules.stock(quantities(in), quantities(out))).isEqualByComparingTo(stock);
    }

    @ParameterizedTest(name = "stock {0}, issue {1}: {2}")
    @CsvSource({
        "200,1,true",
        "200,200,true",
        "200,201,false",
        "0,1,false",
        "2.5,2.5,true",
        "2.5,2.51,false"
    })
    void anIssueLeavesTheStockAtZeroOrAbove(String stock, String quantity, boolean ok) {
        assertThat(SupplyRules.withinStock(new BigDecimal(stock), new BigDecimal(quantity)))
                .isEqualTo(ok);
    }

    @ParameterizedTest(name = "stock {0}, issue {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "200|201|数量：库存不足：医用外科口罩现有 200只，不能发出 201只",
                "0|1|数量：库存不足：医用外科口罩现有 0只，不能发出 1只",
                "0.00|50|数量：库存不足：医用外科口罩现有 0只，不能发出 50只",
                "1000|1500.0|数量：库存不足：医用外科口罩现有 1000只，不能发出 1500只",
                "200|0|数量：“0”不是有效的数量：须大于 0，最多两位小数",
                "200|-5|数量：“-5”不是有效的数量：须大于 0，最多两位小数",
                "200|1.005|数量：“1.005”不是有效的数量：须大于 0，最多两位小数"
            })
    void anIssueBeyondTheStockIsRefusedNamingTheStock(
            String stock, String quantity, String message) {
        assertThatThrownBy(
                        () ->
                                SupplyRules.checkIssue(
                                        MASKS, new BigDecimal(stock), new BigDecimal(quantity)))
                .isInstanceOfSatisfying(
                        ValidationError.class, e -> assertThat(e.getMessage()).isEqualTo(message));
    }

    @Test
    void anIssueOfTheWholeStockPasses() {
        assertThatCode(
                        () ->
                                SupplyRules.checkIssue(
                                        MASKS, new BigDecimal("200"), new BigDecimal("200")))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0} from “{1}”: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "ALLOCATED|明川区卫生健康委员会|",
                "DONATED|青槐商会|",
                "DONATED| |来自：不能为空",
                "ALLOCATED||来自：不能为空",
                "|青槐商会|来源：不能为空"
            })
    void whatComesInSaysHowAndFromWhom(SupplySource source, String fromWhom, String message) {
        if (message == null) {
            assertThatCode(() -> SupplyRules.checkReceipt(new BigDecimal("500"), source, fromWhom))
                    .doesNotThrowAnyException();
            assertThat(SupplyRules.sourceNamed(source, fromWhom)).isTrue();
        } else {
            assertThatThrownBy(
                            () -> SupplyRules.checkReceipt(new BigDecimal("500"), source, fromWhom))
                    .hasMessage(message);
        }
    }

    @Test
    void whatComesInHasAQuantity() {
        assertThatThrownBy(() -> SupplyRules.checkReceipt(null, SupplySource.DONATED, "青槐商会"))
                .hasMessage("数量：不能为空");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"200,200", "200.00,200", "2.50,2.5", "1E+3,1000", "0.00,0", "0.25,0.25"})
    void quantitiesPrintAsAClerkWritesThem(String quantity, String shown) {
        assertThat(SupplyRules.plain(new BigDecimal(quantity))).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0}|{1}|{2}: {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "|MASKS|只|物资名称：不能为空",
                "口罩|  |只|物资类别：不能为空",
                "口罩|MASKS| |计量单位：不能为空",
                "口罩|MASKS|公斤每箱|",
                "口罩|MASKS|公斤每箱装|计量单位：不能超过 4 个字"
            })
    void anItemHasANameACategoryAndAUnit(
            String name, SupplyCategory category, String unit, String message) {
        if (message == null) {
            assertThat(SupplyItem.of(UUID.randomUUID(), name, category, unit).unit())
                    .isEqualTo(unit);
        } else {
            assertThatThrownBy(() -> SupplyItem.of(UUID.randomUUID(), name, category, unit))
                    .hasMessage(message);
        }
    }
}
