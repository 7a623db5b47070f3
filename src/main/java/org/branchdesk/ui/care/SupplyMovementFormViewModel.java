package org.branchdesk.ui.care;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.branchdesk.domain.care.SupplyItem;
import org.branchdesk.domain.care.SupplyRules;
import org.branchdesk.domain.care.SupplySource;
import org.branchdesk.service.care.PaymentService.Candidate;
import org.branchdesk.service.care.SupplyService;
import org.branchdesk.service.care.SupplyService.Stock;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * The form that records supplies that came in (入库: how, from whom, the document's number) or went
 * out (出库: to whom, by whom, for what) of one item. The rules are bindings from {@link
 * SupplyRules}: a quantity more than none with two places at most, a day not to come, and for an
 * issue the stock it may take on its day (the lowest from that day on), shown with the stock; the
 * service checks again in its transaction.
 */
public final class SupplyMovementFormViewModel {
    private final SupplyService supplies;
    private final Stock stock;
    private final boolean in;
    private final LocalDate today;
    private final List<SupplyRules.Movement> moved;
    private final Consumer<String> onSaved;
    private final CareForm<Object> form;

    private final StringProperty quantity = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> on = new SimpleObjectProperty<>();
    private final ObjectProperty<SupplySource> source = new SimpleObjectProperty<>();
    private final StringProperty fromWhom = new SimpleStringProperty("");
    private final StringProperty documentNumber = new SimpleStringProperty("");
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<Candidate> recipients = FXCollections.observableArrayList();
    private final ObjectProperty<Candidate> recipient = new SimpleObjectProperty<>();
    private final StringProperty issuedBy = new SimpleStringProperty("");
    private final StringProperty purpose = new SimpleStringProperty("");
    private List<Candidate> allCandidates = List.of();

    private final ObjectBinding<BigDecimal> parsed;
    private final ObjectBinding<BigDecimal> available;
    private final StringBinding quantityMessage;
    private final StringBinding stockNote;
    private final StringBinding onMessage;
    private final StringBinding missing;
    private final BooleanBinding canSave;

    SupplyMovementFormViewModel(
            SupplyService supplies,
            TaskExecutor tasks,
            Stock stock,
            boolean in,
            LocalDate today,
            List<SupplyRules.Movement> moved,
            Consumer<String> onSaved) {
        this.supplies = supplies;
        this.stock = stock;
        this.in = in;
        this.today = today;
        this.moved = List.copyOf(moved);
        this.onSaved = onSaved;
        this.form = new CareForm<>(tasks);
        on.set(today);
        search.addListener((o, a, b) -> filter());
        parsed = Bindings.createObjectBinding(() -> parse(quantity.get()), quantity);
        available =
                Bindings.createObjectBinding(
                        () ->
                                on.get() == null
                                        ? stock.stock()
                                        : SupplyRules.availableFrom(this.moved, on.get()),
                        on);
        quantityMessage =
                Bindings.createStringBinding(
                        () -> {
                            String typed = quantity.get() == null ? "" : quantity.get().strip();
                            if (typed.isEmpty()) {
                                return "";
                            }
                            if (parsed.get() == null) {
                                return I18n.text("rule.supply.quantity", typed);
                            }
                            return CareControls.reason(
                                    in
                                            ? () -> SupplyRules.checkQuantity(parsed.get())
                                            : () ->
                                                    SupplyRules.checkIssue(
                                                            stock.item(),
                                                            available.get(),
                                                            parsed.get()));
                        },
                        quantity,
                        parsed,
                        available);
        stockNote =
                Bindings.createStringBinding(
                        () -> {
                            SupplyItem i = stock.item();
                            BigDecimal q = parsed.get();
                            BigDecimal now = stock.stock();
                            // more than the stock: the rule's message says so, no stock below zero
                            if (q == null
                                    || !SupplyRules.validQuantity(q)
                                    || !in && !SupplyRules.withinStock(available.get(), q)) {
                                return I18n.text(
                                        "care.supplies.form.stock",
                                        SupplyRules.plain(now),
                                        i.unit());
                            }
                            BigDecimal after = in ? now.add(q) : now.subtract(q);
                            return I18n.text(
                                    "care.supplies.form.stockAfter",
                                    SupplyRules.plain(now),
                                    i.unit(),
                                    SupplyRules.plain(after));
                        },
                        parsed,
                        available);
        onMessage =
                Bindings.createStringBinding(
                        () ->
                                on.get() == null
                                        ? ""
                                        : CareControls.reason(
                                                () -> SupplyRules.checkDay(on.get(), today)),
                        on);
        missing =
                Bindings.createStringBinding(
                        () -> {
                            boolean blank =
                                    parsed.get() == null
                                            || on.get() == null
                                            || (in
                                                    ? source.get() == null
                                                            || fromWhom.get() == null
                                                            || fromWhom.get().isBlank()
                                                    : recipient.get() == null);
                            return blank
                                    ? I18n.text(
                                            in
                                                    ? "care.supplies.receipt.missing"
                                                    : "care.supplies.issue.missing")
                                    : "";
                        },
                        parsed,
                        on,
                        source,
                        fromWhom,
                        recipient);
        canSave =
                Bindings.createBooleanBinding(
                        () ->
                                quantityMessage.get().isEmpty()
                                        && onMessage.get().isEmpty()
                                        && missing.get().isEmpty()
                                        && !form.savingProperty().get(),
                        quantityMessage,
                        onMessage,
                        missing,
                        form.savingProperty());
    }

    private static BigDecimal parse(String typed) {
        String t = typed == null ? "" : typed.strip().replace(",", "");
        if (t.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The recipients read in the background: the picker's list. */
    void recipientsRead(List<Candidate> read) {
        allCandidates = List.copyOf(read);
        filter();
    }

    private void filter() {
        String t = search.get() == null ? "" : search.get().strip();
        Candidate keep = recipient.get();
        recipients.setAll(
                allCandidates.stream()
                        .filter(
                                r ->
                                        t.isEmpty()
                                                || PaymentFormViewModel.candidateText(r)
                                                        .contains(t))
                        .toList());
        if (keep != null && !recipients.contains(keep)) {
            recipient.set(null);
        }
    }

    /** Records it; a refusal (the stock taken meanwhile) is put in the notice, nothing changes. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        SupplyItem item = stock.item();
        BigDecimal q = parsed.get();
        LocalDate day = on.get();
        if (in) {
            SupplyService.NewReceipt f =
                    new SupplyService.NewReceipt(
                            item.id(), q, day, source.get(), fromWhom.get(), documentNumber.get());
            form.run(
                    "task.care.receiveSupplies",
                    p -> supplies.receive(f),
                    r ->
                            onSaved.accept(
                                    I18n.text(
                                            "care.supplies.received",
                                            item.name(),
                                            SupplyRules.plain(q),
                                            item.unit(),
                                            f.fromWhom().strip())));
        } else {
            Candidate to = recipient.get();
            String by = issuedBy.get() == null || issuedBy.get().isBlank() ? null : issuedBy.get();
            SupplyService.NewIssue f =
                    new SupplyService.NewIssue(
                            item.id(), q, day, to.kind(), to.id(), by, purpose.get());
            form.run(
                    "task.care.issueSupplies",
                    p -> supplies.issue(f),
                    r ->
                            onSaved.accept(
                                    I18n.text(
                                            "care.supplies.issued",
                                            item.name(),
                                            SupplyRules.plain(q),
                                            item.unit(),
                                            to.name())));
        }
    }

    /** The header of the form: the item and its stock now. */
    public String header() {
        return I18n.text(
                "care.supplies.form.header",
                stock.item().name(),
                SupplyRules.plain(stock.stock()),
                stock.item().unit());
    }

    public boolean isReceipt() {
        return in;
    }

    public LocalDate today() {
        return today;
    }

    public StringProperty quantityProperty() {
        return quantity;
    }

    public ObjectProperty<LocalDate> onProperty() {
        return on;
    }

    public ObjectProperty<SupplySource> sourceProperty() {
        return source;
    }

    public StringProperty fromWhomProperty() {
        return fromWhom;
    }

    public StringProperty documentNumberProperty() {
        return documentNumber;
    }

    /** What the clerk typed to find the recipient (part of a name, the last digits of an ID). */
    public StringProperty searchProperty() {
        return search;
    }

    /** Whom the supplies may go to, as the search finds them. */
    public ObservableList<Candidate> recipients() {
        return recipients;
    }

    public ObjectProperty<Candidate> recipientProperty() {
        return recipient;
    }

    public StringProperty issuedByProperty() {
        return issuedBy;
    }

    public StringProperty purposeProperty() {
        return purpose;
    }

    /** The stock the issue may take on its day, by the rule of the stock. */
    public ObjectBinding<BigDecimal> availableProperty() {
        return available;
    }

    /** What is wrong with the quantity (none, too fine, more than the stock), or empty. */
    public StringBinding quantityMessageProperty() {
        return quantityMessage;
    }

    /** The stock now and after this movement. */
    public StringBinding stockNoteProperty() {
        return stockNote;
    }

    public StringBinding onMessageProperty() {
        return onMessage;
    }

    public StringBinding missingProperty() {
        return missing;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public CareForm<Object> form() {
        return form;
    }
}
