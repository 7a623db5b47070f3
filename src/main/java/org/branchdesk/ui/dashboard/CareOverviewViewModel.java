package org.branchdesk.ui.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.branchdesk.domain.care.FundRules;
import org.branchdesk.domain.care.PaymentState;
import org.branchdesk.domain.care.Yuan;
import org.branchdesk.service.care.FundService;
import org.branchdesk.service.care.PaymentService;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * The overview's care tiles (关怀激励): the funds' balances (those running low first, {@link
 * FundRules#runningLow}), this month's payments (approved and paid, reversals subtracted, and how
 * many wait for approval), and the development steps due. Each tile opens the care page behind it.
 * The development tile comes from a {@link DueSteps} source: without one, it is not shown.
 */
public final class CareOverviewViewModel {
    /** The care section's page keys the tiles open. */
    public static final String FUNDS = "funds";

    public static final String PAYMENTS = "payments";
    public static final String DEVELOPMENT = "development";

    /**
     * The development steps due, one line each ({@code 李明 · 青槐社区党委：谈话，2026-12-20 前}): the
     * care-develop read model plugs in here.
     */
    @FunctionalInterface
    public interface DueSteps {
        List<String> due();
    }

    private final FundService funds;
    private final PaymentService payments;
    private final DueSteps dueSteps;
    private final TaskExecutor tasks;
    private final DutyOverviewViewModel.Tile balances;
    private final DutyOverviewViewModel.Tile thisMonth;
    private final DutyOverviewViewModel.Tile due;
    private final ReadOnlyBooleanWrapper low = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(Notice.NONE);

    /**
     * @param dueSteps the development steps due, or {@code null} while there is no such register
     * @param hasPage whether the care section has a page of this key
     * @param openPage opens the care section on the page of this key
     */
    public CareOverviewViewModel(
            FundService funds,
            PaymentService payments,
            DueSteps dueSteps,
            TaskExecutor tasks,
            Predicate<String> hasPage,
            Consumer<String> openPage) {
        this.funds = funds;
        this.payments = payments;
        this.dueSteps = dueSteps;
        this.tasks = tasks;
        balances = new DutyOverviewViewModel.Tile(FUNDS, hasPage.test(FUNDS), openPage);
        thisMonth = new DutyOverviewViewModel.Tile(PAYMENTS, hasPage.test(PAYMENTS), openPage);
        due =
                dueSteps == null
                        ? null
                        : new DutyOverviewViewModel.Tile(
                                DEVELOPMENT, hasPage.test(DEVELOPMENT), openPage);
    }

    private record Data(
            LocalDate today,
            List<FundService.Line> funds,
            List<PaymentService.Line> payments,
            List<String> due) {}

    /** Reads the funds, the payments and the steps due afresh. */
    public void reload() {
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.overview"),
                                p ->
                                        new Data(
                                                funds.today(),
                                                funds.lines(),
                                                payments.lines(),
                                                dueSteps == null ? List.of() : dueSteps.due()))
                        .onSuccess(this::show)
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    private void show(Data d) {
        List<FundService.Line> lowFirst =
                d.funds().stream()
                        .sorted(Comparator.comparing((FundService.Line l) -> !runningLow(l)))
                        .toList();
        long lowCount = d.funds().stream().filter(CareOverviewViewModel::runningLow).count();
        low.set(lowCount > 0);
        BigDecimal total =
                d.funds().stream()
                        .map(FundService.Line::balance)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
        balances.show(
                (int) lowCount,
                d.funds().isEmpty()
                        ? I18n.text("dashboard.care.funds.none")
                        : I18n.text(
                                "dashboard.care.funds",
                                d.funds().size(),
                                Yuan.withSign(total),
                                lowCount),
                lowFirst.stream().map(CareOverviewViewModel::fundText).toList());

        YearMonth month = YearMonth.from(d.today());
        List<PaymentService.Line> inMonth =
                d.payments().stream()
                        .filter(l -> l.on() != null && YearMonth.from(l.on()).equals(month))
                        .filter(l -> l.reversal() || l.payment().state().countsAgainstFund())
                        .toList();
        BigDecimal spent =
                inMonth.stream()
                        .map(PaymentService.Line::signedAmount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
        List<PaymentService.Line> waiting =
                d.payments().stream()
                        .filter(l -> !l.reversal() && l.payment().state() == PaymentState.RECORDED)
                        .toList();
        BigDecimal waitingTotal =
                waiting.stream()
                        .map(PaymentService.Line::signedAmount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
        thisMonth.show(
                (int) inMonth.stream().filter(l -> !l.reversal()).count(),
                I18n.text(
                        "dashboard.care.payments",
                        month.getMonthValue(),
                        inMonth.stream().filter(l -> !l.reversal()).count(),
                        Yuan.withSign(spent),
                        waiting.size(),
                        Yuan.withSign(waitingTotal)),
                waiting.stream().map(CareOverviewViewModel::waitingText).toList());
        if (due != null) {
            due.show(d.due().size(), I18n.text("dashboard.care.due", d.due().size()), d.due());
        }
    }

    static boolean runningLow(FundService.Line l) {
        return FundRules.runningLow(l.allocated(), l.balance());
    }

    /** {@code 社区工作经费　余额 ¥1,000.00（余额不足）}. */
    static String fundText(FundService.Line l) {
        return I18n.text(
                runningLow(l) ? "dashboard.care.fundLine.low" : "dashboard.care.fundLine",
                l.fund().name(),
                Yuan.withSign(l.balance()));
    }

    /** {@code P1A2B3C4D 生活补贴 柳青 ¥1,409.50 待审批}. */
    static String waitingText(PaymentService.Line l) {
        return I18n.text(
                "dashboard.care.waitingLine",
                l.code(),
                I18n.text(l.payment().kind().key()),
                l.payment().recipient().name(),
                l.payment().amount().withSign());
    }

    /** The funds' balances; its count is how many run low. */
    public DutyOverviewViewModel.Tile balances() {
        return balances;
    }

    /** This month's payments; its lines are those waiting for approval. */
    public DutyOverviewViewModel.Tile thisMonth() {
        return thisMonth;
    }

    /** The development steps due, or {@code null} where there is no source of them. */
    public DutyOverviewViewModel.Tile due() {
        return due;
    }

    /** Whether any fund runs low (the balances tile is highlighted). */
    public ReadOnlyBooleanProperty lowProperty() {
        return low.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
