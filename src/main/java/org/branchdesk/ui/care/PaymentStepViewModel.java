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
import org.branchdesk.domain.care.Payment;
import org.branchdesk.domain.care.PaymentMethod;
import org.branchdesk.domain.care.PaymentRules;
import org.branchdesk.domain.duty.DutyPeriods;
import org.branchdesk.service.care.PaymentService;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * The form of a payment's next step: approving it (the approver by name and post, the day), paying
 * it (the day, the method, who collected it for the recipient, 代领) or reversing a paid one (the
 * day, the reason). The day's rules are bindings from the domain: not after today; paid not before
 * it was approved ({@link PaymentRules#paidAfterApproval}); reversed not before it was paid ({@link
 * PaymentRules#reversalNotBeforePayment}). The service checks everything again.
 */
public final class PaymentStepViewModel {
    /** The step this form takes. */
    public enum Step {
        APPROVE,
        PAY,
        REVERSE,
        /** Withdrawn before it was paid, with the reason: kept, counting nowhere. */
        CANCEL
    }

    private final PaymentService payments;
    private final Step step;
    private final Payment payment;
    private final Consumer<Object> onSaved;
    private final CareForm<Object> form;

    private final ObjectProperty<LocalDate> on = new SimpleObjectProperty<>();
    private final StringProperty approverName = new SimpleStringProperty("");
    private final StringProperty approverPost = new SimpleStringProperty("");
    private final ObjectProperty<PaymentMethod> method = new SimpleObjectProperty<>();
    private final StringProperty collectedBy = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringBinding onMessage;
    private final StringBinding missing;
    private final BooleanBinding canSave;

    /**
     * @param today the office's today: the day offered, and the last day allowed
     * @param onSaved gets the payment approved or paid, or the reversal
     */
    public PaymentStepViewModel(
            PaymentService payments,
            TaskExecutor tasks,
            Step step,
            Payment payment,
            LocalDate today,
            Consumer<Object> onSaved) {
        this.payments = payments;
        this.step = step;
        this.payment = payment;
        this.onSaved = onSaved;
        this.form = new CareForm<>(tasks);
        on.set(today);
        if (step == Step.PAY) {
            method.set(PaymentMethod.CASH);
        }
        onMessage =
                Bindings.createStringBinding(
                        () ->
                                on.get() == null || step == Step.CANCEL
                                        ? ""
                                        : dayReason(on.get(), today),
                        on);
        missing =
                Bindings.createStringBinding(
                        () -> incomplete() ? I18n.text("care.step.missing." + step.name()) : "",
                        on,
                        approverName,
                        approverPost,
                        method,
                        reason);
        canSave =
                Bindings.createBooleanBinding(
                        () ->
                                missing.get().isEmpty()
                                        && onMessage.get().isEmpty()
                                        && !form.savingProperty().get(),
                        missing,
                        onMessage,
                        form.savingProperty());
    }

    private String dayReason(LocalDate day, LocalDate today) {
        String field = "field.payment." + (step == Step.APPROVE ? "approvedOn" : "paidOn");
        String future =
                CareControls.reason(
                        () ->
                                DutyPeriods.requireNotInFuture(
                                        step == Step.REVERSE ? "field.reversal.on" : field,
                                        day,
                                        today));
        if (!future.isEmpty()) {
            return future;
        }
        if (step == Step.PAY
                && payment.approval() != null
                && !PaymentRules.paidAfterApproval(payment.approval().on(), day)) {
            return I18n.text(
                    "rule.payment.paidBeforeApproved", day.toString(), payment.approval().on());
        }
        if (step == Step.REVERSE
                && payment.paid() != null
                && !PaymentRules.reversalNotBeforePayment(payment.paid().on(), day)) {
            return I18n.text("rule.payment.reversalBeforePaid", payment.paid().on().toString());
        }
        return "";
    }

    private boolean incomplete() {
        if (step == Step.CANCEL) {
            return blank(reason);
        }
        if (on.get() == null) {
            return true;
        }
        return switch (step) {
            case APPROVE -> blank(approverName) || blank(approverPost);
            case PAY -> method.get() == null;
            case REVERSE, CANCEL -> blank(reason);
        };
    }

    private static boolean blank(StringProperty p) {
        return p.get() == null || p.get().isBlank();
    }

    /** Takes the step; a refusal (four eyes, the fund's balance) is put in the notice. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        LocalDate day = on.get();
        switch (step) {
            case APPROVE -> {
                String name = approverName.get();
                String post = approverPost.get();
                form.run(
                        "task.care.approvePayment",
                        p -> payments.approve(payment.id(), name, post, day),
                        onSaved);
            }
            case PAY -> {
                PaymentMethod how = method.get();
                String who = collectedBy.get();
                form.run(
                        "task.care.payPayment",
                        p -> payments.pay(payment.id(), day, how, who),
                        onSaved);
            }
            case REVERSE -> {
                String why = reason.get();
                form.run(
                        "task.care.reversePayment",
                        p -> payments.reverse(payment.id(), day, why),
                        onSaved);
            }
            case CANCEL -> {
                String why = reason.get();
                form.run(
                        "task.care.cancelPayment",
                        p -> payments.cancel(payment.id(), why),
                        onSaved);
            }
        }
    }

    public Step step() {
        return step;
    }

    public Payment payment() {
        return payment;
    }

    /** The day approved, paid or reversed. */
    public ObjectProperty<LocalDate> onProperty() {
        return on;
    }

    /** The approver, a person recorded by name (not an account). */
    public StringProperty approverNameProperty() {
        return approverName;
    }

    /** The approver's post (街道党工委书记). */
    public StringProperty approverPostProperty() {
        return approverPost;
    }

    public ObjectProperty<PaymentMethod> methodProperty() {
        return method;
    }

    /** Who collected the money for the recipient (代领), or empty when the recipient did. */
    public StringProperty collectedByProperty() {
        return collectedBy;
    }

    /** Why a paid payment is reversed, or an unpaid one cancelled. */
    public StringProperty reasonProperty() {
        return reason;
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
