package org.branchdesk.ui.care;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.branchdesk.domain.care.Allocation;
import org.branchdesk.domain.care.FundRules;
import org.branchdesk.domain.care.Yuan;
import org.branchdesk.service.care.FundService;
import org.branchdesk.service.care.FundService.Line;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * The funds page (经费): every fund with its source, what was allocated to it, paid out of it, given
 * back by reversals and what it still holds (those running low marked, {@link
 * FundRules#runningLow}); the allocations of the fund chosen. A clerk opens a fund and allocates
 * money to one; a supervisor reads.
 */
public final class FundsViewModel {
    private final FundService funds;
    private final TaskExecutor tasks;
    private final Clock clock;
    private final boolean mayEdit;

    private final ObservableList<Line> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Line> selected = new SimpleObjectProperty<>();
    private final ObservableList<Allocation> allocations = FXCollections.observableArrayList();
    private final BooleanBinding mayAllocateSelected;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper placeholder =
            new ReadOnlyStringWrapper(I18n.text("care.loading"));
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(Notice.NONE);

    private long loads;
    private long allocationLoads;
    private UUID toSelect;

    /**
     * @param mayEdit whether the account may open funds and allocate (clerks; supervisors read)
     */
    public FundsViewModel(FundService funds, TaskExecutor tasks, Clock clock, boolean mayEdit) {
        this.funds = funds;
        this.tasks = tasks;
        this.clock = clock;
        this.mayEdit = mayEdit;
        mayAllocateSelected =
                Bindings.createBooleanBinding(() -> mayEdit && selected.get() != null, selected);
        selected.addListener((o, a, line) -> loadAllocations(line));
    }

    /** Reads the funds afresh, keeping the one chosen. */
    public void reload() {
        long number = ++loads;
        tasks.execute(
                BackgroundTask.of(I18n.text("task.care.loadFunds"), p -> funds.lines())
                        .onSuccess(
                                lines -> {
                                    if (number == loads) {
                                        show(lines);
                                    }
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    private void show(List<Line> lines) {
        UUID keep =
                toSelect != null
                        ? toSelect
                        : selected.get() == null ? null : selected.get().fund().id();
        toSelect = null;
        rows.setAll(lines);
        selected.set(
                rows.stream().filter(l -> l.fund().id().equals(keep)).findFirst().orElse(null));
        placeholder.set(I18n.text(mayEdit ? "care.funds.empty" : "care.funds.emptyReadOnly"));
        BigDecimal total =
                lines.stream().map(Line::balance).reduce(BigDecimal.ZERO, BigDecimal::add);
        long low = lines.stream().filter(FundsViewModel::runningLow).count();
        summary.set(
                lines.isEmpty()
                        ? ""
                        : I18n.text(
                                low == 0 ? "care.funds.summary" : "care.funds.summary.low",
                                lines.size(),
                                Yuan.withSign(total),
                                low));
    }

    private void loadAllocations(Line line) {
        long number = ++allocationLoads;
        allocations.clear();
        if (line == null) {
            return;
        }
        UUID id = line.fund().id();
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.care.loadAllocations"), p -> funds.allocations(id))
                        .onSuccess(
                                list -> {
                                    if (number == allocationLoads) {
                                        List<Allocation> newest = new ArrayList<>(list);
                                        Collections.reverse(newest);
                                        allocations.setAll(newest);
                                    }
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    /** Whether a fund holds less than a fifth of what was allocated to it. */
    public static boolean runningLow(Line l) {
        return FundRules.runningLow(l.allocated(), l.balance());
    }

    /** A new fund's form; once saved, the fund shows, chosen. */
    public FundFormViewModel newFund() {
        return new FundFormViewModel(
                funds,
                tasks,
                rows.stream().map(l -> l.fund().name()).toList(),
                f -> {
                    notice.set(
                            Notice.success(
                                    I18n.text(
                                            "care.fund.added",
                                            f.name(),
                                            I18n.text(f.source().key()))));
                    toSelect = f.id();
                    reload();
                });
    }

    /** An allocation's form for a fund; once saved, the balances are read again. */
    public AllocationFormViewModel allocate(Line line) {
        return new AllocationFormViewModel(
                funds,
                tasks,
                line,
                LocalDate.now(clock),
                a -> {
                    notice.set(
                            Notice.success(
                                    I18n.text(
                                            "care.allocation.added",
                                            line.fund().name(),
                                            a.amount().withSign(),
                                            a.on(),
                                            a.documentNumber())));
                    toSelect = line.fund().id();
                    reload();
                });
    }

    // --- as the page shows it --------------------------------------------------------------------

    public static String sourceText(Line l) {
        return I18n.text(l.fund().source().key());
    }

    // --- properties ------------------------------------------------------------------------------

    public boolean mayEdit() {
        return mayEdit;
    }

    public ObservableList<Line> rows() {
        return rows;
    }

    /** The fund chosen in the table. */
    public ObjectProperty<Line> selectedProperty() {
        return selected;
    }

    /** The allocations of the fund chosen, newest first. */
    public ObservableList<Allocation> allocations() {
        return allocations;
    }

    /** Whether money may be allocated to the fund chosen now. */
    public BooleanBinding mayAllocateSelectedProperty() {
        return mayAllocateSelected;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void clearNotice() {
        notice.set(Notice.NONE);
    }
}
