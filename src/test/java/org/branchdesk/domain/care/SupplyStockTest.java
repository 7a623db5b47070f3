package org.branchdesk.domain.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The stock an issue on a day may take, so that the stock is never below zero on any day. */
class SupplyStockTest {
    /** {@code "02-03:+500 02-05:-200"}: days of February 2020 and their changes. */
    static List<SupplyRules.Movement> movements(String s) {
        List<SupplyRules.Movement> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        for (String m : s.split(" ")) {
            String[] p = m.split(":");
            out.add(
                    new SupplyRules.Movement(
                            LocalDate.parse("2020-" + p[0]), new BigDecimal(p[1])));
        }
        return out;
    }

    @ParameterizedTest(name = "[{0}] on {1}: {2}")
    @CsvSource({
        ",02-05,0",
        "02-03:+500,02-05,500",
        "02-03:+500,02-01,0",
        "02-03:+500 02-05:-200,02-04,300",
        "02-03:+500 02-05:-200,02-06,300",
        "02-03:+500 02-05:-450 02-08:+1000,02-04,50",
        "02-03:+500 02-05:-450 02-08:+1000,02-08,1050",
        "02-03:+500 02-03:-100 02-04:-400,02-03,0",
        "02-03:+10.5 02-04:-2.25,02-03,8.25"
    })
    void anIssueMayTakeTheLowestStockFromItsDayOn(String movements, String day, String available) {
        assertThat(SupplyRules.availableFrom(movements(movements), LocalDate.parse("2020-" + day)))
                .isEqualByComparingTo(available);
    }
}
