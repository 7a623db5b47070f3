package org.branchdesk.service.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.branchdesk.domain.accounts.Role;
import org.branchdesk.domain.care.RecipientKind;
import org.branchdesk.domain.care.SupplyCategory;
import org.branchdesk.domain.care.SupplySource;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.duty.Person;
import org.branchdesk.domain.duty.PersonKind;
import org.branchdesk.service.Services;
import org.branchdesk.service.duty.PeopleService;
import org.branchdesk.testing.TestOffice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The supplies register against a real office: what came in and went out, the stock per item, and
 * an issue refused when it would take the stock below zero on its day or a later one.
 */
class SupplyServiceTest {
    static final LocalDate FEB3 = LocalDate.of(2020, 2, 3);

    @TempDir Path dir;
    Services s;
    UUID masks;
    Person worker;

    @BeforeEach
    void open() {
        s = TestOffice.initialized(dir);
        masks = s.supplies().addItem("医用外科口罩", SupplyCategory.MASKS, "只").id();
        worker =
                s.people()
                        .add(
                                new PeopleService.NewPerson(
                                        "廖涛红", null, null, PersonKind.COMMUNITY_WORKER, null));
    }

    @AfterEach
    void close() {
        s.close();
    }

    void in(String quantity, LocalDate on, SupplySource source, String from) {
        s.supplies()
                .receive(
                        new SupplyService.NewReceipt(
                                masks, new BigDecimal(quantity), on, source, from, null));
    }

    void out(String quantity, LocalDate on) {
        s.supplies()
                .issue(
                        new SupplyService.NewIssue(
                                masks,
                                new BigDecimal(quantity),
                                on,
                                RecipientKind.PERSON,
                                worker.id(),
                                null,
                                "卡点值守"));
    }

    BigDecimal stock() {
        return s.supplies().stock().get(0).stock();
    }

    @Test
    void theStockIsWhatCameInLessWhatWentOut() {
        in("1000", FEB3, SupplySource.ALLOCATED, "明川区卫生健康委员会");
        in("500", FEB3.plusDays(2), SupplySource.DONATED, "青槐商会");
        out("300", FEB3.plusDays(1));
        out("200.5", FEB3.plusDays(3));
        SupplyService.Stock st = s.supplies().stock().get(0);
        assertThat(st.in()).isEqualByComparingTo("1500");
        assertThat(st.out()).isEqualByComparingTo("500.5");
        assertThat(st.stock()).isEqualByComparingTo("999.5");
        assertThat(s.supplies().movements())
                .extracting(SupplyService.Movement::stock)
                .map(BigDecimal::stripTrailingZeros)
                .map(BigDecimal::toPlainString)
                .containsExactly("1000", "700", "1200", "999.5");
        assertThat(s.supplies().movements().get(1).counterpart()).isEqualTo("廖涛红");
        Map<String, Integer> counts = s.stats().counts();
        assertThat(counts)
                .containsEntry("supply_items", 1)
                .containsEntry("supply_receipts", 2)
                .containsEntry("supply_issues", 2);
    }

    @Test
    void anIssueBeyondTheStockIsRefusedNamingTheStockAndChangesNothing() {
        in("200", FEB3, SupplySource.ALLOCATED, "明川区卫生健康委员会");
        Map<String, Integer> before = s.stats().counts();
        assertThatThrownBy(() -> out("201", FEB3))
                .isInstanceOf(ValidationError.class)
                .hasMessage("数量：库存不足：医用外科口罩现有 200只，不能发出 201只");
        assertThat(s.stats().counts()).isEqualTo(before);
        assertThat(stock()).isEqualByComparingTo("200");
    }

    @Test
    void anIssueDatedBackMayNotTakeWhatALaterIssueAlreadyTook() {
        in("200", FEB3, SupplySource.ALLOCATED, "明川区卫生健康委员会");
        out("150", FEB3.plusDays(5));
        in("500", FEB3.plusDays(6), SupplySource.DONATED, "青槐商会");
        // on the 4th there are 200, but 150 of them went out on the 8th: only 50 may go
        assertThatThrownBy(() -> out("60", FEB3.plusDays(1)))
                .hasMessage("数量：库存不足：医用外科口罩现有 50只，不能发出 60只");
        out("50", FEB3.plusDays(1));
        assertThat(s.supplies().movements())
                .extracting(SupplyService.Movement::stock)
                .allSatisfy(q -> assertThat(q).isGreaterThanOrEqualTo(BigDecimal.ZERO));
        // before anything came in there is nothing to give
        assertThatThrownBy(() -> out("1", FEB3.minusDays(1)))
                .hasMessage("数量：库存不足：医用外科口罩现有 0只，不能发出 1只");
    }

    @Test
    void anItemsNameIsItsOwnAndAnUnknownItemIsNamed() {
        assertThatThrownBy(() -> s.supplies().addItem("医用外科口罩", SupplyCategory.MASKS, "盒"))
                .hasMessage("物资名称：已有名为“医用外科口罩”的物资");
        assertThatThrownBy(() -> s.supplies().itemNamed("84消毒液"))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("84消毒液");
        assertThatThrownBy(
                        () -> in("10", LocalDate.now().plusDays(2), SupplySource.DONATED, "青槐商会"))
                .hasMessage("日期：日期不能晚于今天");
    }

    @Test
    void aSupervisorReadsTheStockButRecordsNothing() {
        in("200", FEB3, SupplySource.ALLOCATED, "明川区卫生健康委员会");
        s.close();
        s = TestOffice.open(dir, Role.SUPERVISOR);
        assertThat(stock()).isEqualByComparingTo("200");
        assertThat(s.supplies().movements()).hasSize(1);
        assertThatThrownBy(() -> in("1", FEB3, SupplySource.DONATED, "青槐商会"))
                .isInstanceOf(UserError.class);
        assertThat(stock()).isEqualByComparingTo("200");
    }
}
