package org.branchdesk.ui.care;

import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.branchdesk.domain.care.Allocation;
import org.branchdesk.domain.care.Yuan;
import org.branchdesk.domain.duty.DutyPeriods;
import org.branchdesk.service.care.FundService;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * The form that puts money into a fund (下拨): the amount, the day (not after today) and the number
 * of the document that allocated it. The amount's rules ({@link Yuan#parse}) and the day's are
 * bindings, with the capitals and the balance after; the service checks again.
 */
public final class AllocationFormViewModel {
    private final FundService funds;
    private final FundService.Line fund;
    private final Consumer<Allocation> onSaved;
    private final CareForm<Allocation> form;

    private final AmountInput amount = new AmountInput("field.allocation.amount");
    private final ObjectProperty<LocalDate> on = new SimpleObjectProperty<>();
    private final StringProperty documentNumber = new SimpleStringProperty("");
    private final StringBinding onMessage;
    private final StringBinding balanceAfter;
    private final StringBinding missing;
    private final BooleanBinding canSave;

    /**
     * @param fund the fund the money goes into
     * @param today the office's today: the day offered, and the last day allowed
     */
    public AllocationFormViewModel(
            FundService funds,
            TaskExecutor tasks,
            FundService.Line fund,
            LocalDate today,
            Consumer<Allocation> onSaved) {
        this.funds = funds;
        this.fund = fund;
        this.onSaved = onSaved;
        this.form = new CareForm<>(tasks);
        on.set(today);
        onMessage =
                Bindings.createStringBinding(
                        () ->
                                on.get() == null
                                        ? ""
                                        : CareControls.reason(
                                                () ->
                                                        DutyPeriods.requireNotInFuture(
                                                                "field.allocation.on",
                                                                on.get(),
                                                                today)),
                        on);
        balanceAfter =
                Bindings.createStringBinding(
                        () ->
                                amount.valueProperty().get() == null
                                        ? ""
                                        : I18n.text(
                                                "care.allocation.balanceAfter",
                                                Yuan.withSign(fund.balance()),
                                                Yuan.withSign(
                                                        fund.balance()
                                                                .add(
                                                                        amount.valueProperty()
                                                                                .get()
                                                                                .value()))),
                        amount.valueProperty());
        missing =
                Bindings.createStringBinding(
                        () ->
                                amount.textProperty().get().isBlank()
                                                || on.get() == null
                                                || documentNumber.get() == null
                                                || documentNumber.get().isBlank()
                                        ? I18n.text("care.allocation.form.missing")
                                        : "",
                        amount.textProperty(),
                        on,
                        documentNumber);
        canSave =
                Bindings.createBooleanBinding(
                        () ->
                                missing.get().isEmpty()
                                        && amount.messageProperty().get().isEmpty()
                                        && onMessage.get().isEmpty()
                                        && !form.savingProperty().get(),
                        missing,
                        amount.messageProperty(),
                        onMessage,
                        form.savingProperty());
    }

    /** Allocates the money; a refusal is put in the notice and nothing changes. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        Yuan a = amount.valueProperty().get();
        LocalDate day = on.get();
        String doc = documentNumber.get();
        form.run("task.care.allocate", p -> funds.allocate(fund.fund().id(), a, day, doc), onSaved);
    }

    /** The fund the money goes into. */
    public FundService.Line fund() {
        return fund;
    }

    public AmountInput amount() {
        return amount;
    }

    public ObjectProperty<LocalDate> onProperty() {
        return on;
    }

    /** The allocating document's number, as written (明组通〔2020〕5号). */
    public StringProperty documentNumberProperty() {
        return documentNumber;
    }

    /** What is wrong with the day (after today), or empty. */
    public StringBinding onMessageProperty() {
        return onMessage;
    }

    /** 当前余额 ¥… ，下拨后 ¥…, once an amount is typed. */
    public StringBinding balanceAfterProperty() {
        return balanceAfter;
    }

    public StringBinding missingProperty() {
        return missing;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public CareForm<Allocation> form() {
        return form;
    }
}
