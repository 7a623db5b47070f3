package org.branchdesk.ui.care;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.branchdesk.domain.care.SupplyRules;
import org.branchdesk.service.care.PaymentService;
import org.branchdesk.service.care.SupplyService;
import org.branchdesk.service.care.SupplyService.Movement;
import org.branchdesk.service.care.SupplyService.Stock;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * The supplies page (防疫物资): every item's stock (what came in, what went out, what is left) and the
 * chosen item's movements with the stock after each. A clerk adds an item and records what came in
 * (入库) and what went out (出库) through forms whose rules are bindings; a supervisor reads.
 */
public final class SuppliesViewModel {
    private final SupplyService supplies;
    private final PaymentService payments;
    private final TaskExecutor tasks;
    private final Clock clock;
    private final boolean mayEdit;

    private final ObservableList<Stock> rows = FXCollections.observableArrayList();
    private final ObservableList<Movement> movements = FXCollections.observableArrayList();
    private final ObjectProperty<Stock> selected = new SimpleObjectProperty<>();
    private final BooleanBinding mayMoveSelected;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper placeholder =
            new ReadOnlyStringWrapper(I18n.text("care.loading"));
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(Notice.NONE);

    private List<Movement> allMovements = List.of();
    private long loads;
    private UUID toSelect;

    private record Loaded(List<Stock> stock, List<Movement> movements) {}

    /**
     * @param mayEdit whether the account may record (clerks; supervisors read)
     */
    public SuppliesViewModel(
            SupplyService supplies,
            PaymentService payments,
            TaskExecutor tasks,
            Clock clock,
            boolean mayEdit) {
        this.supplies = supplies;
        this.payments = payments;
        this.tasks = tasks;
        this.clock = clock;
        this.mayEdit = mayEdit;
        mayMoveSelected =
                Bindings.createBooleanBinding(() -> mayEdit && selected.get() != null, selected);
        selected.addListener((o, a, b) -> showMovements());
    }

    /** Reads the stock and the movements afresh, keeping the item chosen. */
    public void reload() {
        long number = ++loads;
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.care.loadSupplies"),
                                p -> new Loaded(supplies.stock(), supplies.movements()))
                        .onSuccess(
                                l -> {
                                    if (number == loads) {
                                        show(l);
                                    }
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    private void show(Loaded l) {
        UUID keep =
                toSelect != null
                        ? toSelect
                        : selected.get() == null ? null : selected.get().item().id();
        toSelect = null;
        allMovements = l.movements();
        rows.setAll(l.stock());
        Stock chosen =
                rows.stream().filter(s -> s.item().id().equals(keep)).findFirst().orElse(null);
        selected.set(null);
        selected.set(chosen);
        placeholder.set(I18n.text("care.supplies.empty"));
        long out = rows.stream().filter(s -> s.stock().signum() == 0).count();
        summary.set(rows.isEmpty() ? "" : I18n.text("care.supplies.summary", rows.size(), out));
    }

    private void showMovements() {
        Stock s = selected.get();
        movements.setAll(
                s == null
                        ? List.of()
                        : allMovements.stream()
                                .filter(m -> m.item().id().equals(s.item().id()))
                                .toList());
    }

    /** The stock movements of an item as the rule of the stock counts them. */
    List<SupplyRules.Movement> ruleMovements(UUID itemId) {
        List<SupplyRules.Movement> out = new ArrayList<>();
        for (Movement m : allMovements) {
            if (m.item().id().equals(itemId)) {
                out.add(
                        new SupplyRules.Movement(
                                m.on(), m.in() ? m.quantity() : m.quantity().negate()));
            }
        }
        return out;
    }

    /** The form that adds an item; once saved, the page is read again with the item chosen. */
    public SupplyItemFormViewModel newItem() {
        return new SupplyItemFormViewModel(
                supplies,
                tasks,
                rows.stream().map(s -> s.item().name()).toList(),
                i -> {
                    notice.set(Notice.success(I18n.text("care.supplies.itemAdded", i.name())));
                    toSelect = i.id();
                    reload();
                });
    }

    /** The form that records what came in ({@code in}) or went out of the item {@code stock}. */
    public SupplyMovementFormViewModel move(Stock stock, boolean in) {
        SupplyMovementFormViewModel form =
                new SupplyMovementFormViewModel(
                        supplies,
                        tasks,
                        stock,
                        in,
                        LocalDate.now(clock),
                        ruleMovements(stock.item().id()),
                        text -> {
                            notice.set(Notice.success(text));
                            toSelect = stock.item().id();
                            reload();
                        });
        if (!in) {
            tasks.execute(
                    BackgroundTask.of(
                                    I18n.text("task.care.loadRecipients"),
                                    p -> payments.candidates())
                            .onSuccess(form::recipientsRead)
                            .onFailure(e -> notice.set(Notice.failure(e))));
        }
        return form;
    }

    // --- as the page shows it --------------------------------------------------------------------

    public static String categoryText(Stock s) {
        return I18n.text(s.item().category().key());
    }

    public static String quantityText(BigDecimal q) {
        return q == null ? "" : SupplyRules.plain(q);
    }

    public static String directionText(Movement m) {
        return I18n.text(m.in() ? "supply.in" : "supply.out");
    }

    /** An item without stock is the one to look at. */
    public static boolean outOfStock(Stock s) {
        return s.stock().signum() <= 0;
    }

    // --- properties ------------------------------------------------------------------------------

    public boolean mayEdit() {
        return mayEdit;
    }

    public ObservableList<Stock> rows() {
        return rows;
    }

    /** The chosen item's movements, by day, with the stock after each. */
    public ObservableList<Movement> movements() {
        return movements;
    }

    public ObjectProperty<Stock> selectedProperty() {
        return selected;
    }

    /** Whether an item is chosen that may be received or issued. */
    public BooleanBinding mayMoveSelectedProperty() {
        return mayMoveSelected;
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
