package org.branchdesk.ui.care;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.branchdesk.domain.care.FundRules;
import org.branchdesk.domain.care.Payment;
import org.branchdesk.domain.care.PaymentKind;
import org.branchdesk.domain.care.PaymentRules;
import org.branchdesk.domain.care.Yuan;
import org.branchdesk.domain.common.Text;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.service.care.FundService;
import org.branchdesk.service.care.PaymentService;
import org.branchdesk.service.care.PaymentService.Candidate;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * The form that records a payment (登记款项), or changes one not yet paid (修改: its amount and reason).
 * Every rule is a binding here, from the domain: the amount as {@link Yuan#parse} takes it (not
 * negative, to the 分, at most 99,999,999.99); what the fund may pay and whether it can afford it
 * ({@link FundRules#checkPayment}, with the reason and the balance: party fees pay no living
 * subsidy, no fund goes below zero); the period in order; the reason not too long. The service
 * checks everything again when saving.
 */
public final class PaymentFormViewModel {
    /** An amount no fund's kind rules depend on, to check the kind before an amount is typed. */
    private static final Yuan PROBE = Yuan.parse("0.01");

    private final PaymentService payments;
    private final Payment editing;
    private final Consumer<Payment> onSaved;
    private final CareForm<Payment> form;

    private final List<Candidate> everyone = new ArrayList<>();
    private final ObservableList<Candidate> candidates = FXCollections.observableArrayList();
    private final ObservableList<FundService.Line> funds = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Candidate> recipient = new SimpleObjectProperty<>();
    private final ObjectProperty<PaymentKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<FundService.Line> fund = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> periodFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> periodTo = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final AmountInput amount = new AmountInput("field.payment.amount");

    private final ObjectBinding<ValidationError> fundRule;
    private final StringBinding fundMessage;
    private final StringBinding amountMessage;
    private final StringBinding balanceNote;
    private final StringBinding periodMessage;
    private final StringBinding reasonMessage;
    private final StringBinding candidatesPlaceholder;
    private final StringBinding missing;
    private final BooleanBinding canSave;

    private PaymentFormViewModel(
            PaymentService payments,
            TaskExecutor tasks,
            List<FundService.Line> fundLines,
            Payment editing,
            Consumer<Payment> onSaved) {
        this.payments = payments;
        this.editing = editing;
        this.onSaved = onSaved;
        this.form = new CareForm<>(tasks);
        funds.setAll(fundLines);
        fundRule =
                Bindings.createObjectBinding(
                        this::checkFund, fund, kind, recipient, amount.valueProperty());
        fundMessage = Bindings.createStringBinding(() -> ruleFor("field.payment.fund"), fundRule);
        amountMessage =
                Bindings.createStringBinding(
                        () ->
                                amount.messageProperty().get().isEmpty()
                                        ? ruleFor("field.payment.amount")
                                        : amount.messageProperty().get(),
                        amount.messageProperty(),
                        fundRule);
        balanceNote =
                Bindings.createStringBinding(
                        () -> {
                            BigDecimal balance = balance();
                            Yuan a = amount.valueProperty().get();
                            if (balance == null || a == null || fundRule.get() != null) {
                                return "";
                            }
                            return I18n.text(
                                    "care.payment.balanceAfter",
                                    fund.get().fund().name(),
                                    Yuan.withSign(balance),
                                    Yuan.withSign(balance.subtract(a.value())));
                        },
                        fund,
                        amount.valueProperty(),
                        fundRule);
        periodMessage =
                Bindings.createStringBinding(
                        () ->
                                PaymentRules.periodInOrder(periodFrom.get(), periodTo.get())
                                        ? ""
                                        : I18n.text("rule.payment.periodReversed"),
                        periodFrom,
                        periodTo);
        reasonMessage =
                Bindings.createStringBinding(
                        () ->
                                Text.length(reason.get() == null ? "" : reason.get().strip())
                                                > Payment.REASON_MAX
                                        ? I18n.text("rule.tooLong", Payment.REASON_MAX)
                                        : "",
                        reason);
        candidatesPlaceholder =
                Bindings.createStringBinding(
                        () ->
                                search.get() == null || search.get().isBlank()
                                        ? I18n.text("care.payment.recipient.none")
                                        : I18n.text(
                                                "care.payment.recipient.noMatch",
                                                search.get().strip()),
                        search);
        missing =
                Bindings.createStringBinding(
                        () ->
                                kind.get() == null
                                                || recipient.get() == null
                                                || fund.get() == null
                                                || amount.valueProperty().get() == null
                                                || reason.get() == null
                                                || reason.get().isBlank()
                                        ? I18n.text("care.payment.form.missing")
                                        : "",
                        kind,
                        recipient,
                        fund,
                        amount.valueProperty(),
                        reason);
        canSave =
                Bindings.createBooleanBinding(
                        () ->
                                missing.get().isEmpty()
                                        && amountMessage.get().isEmpty()
                                        && fundMessage.get().isEmpty()
                                        && periodMessage.get().isEmpty()
                                        && reasonMessage.get().isEmpty()
                                        && !form.savingProperty().get(),
                        missing,
                        amountMessage,
                        fundMessage,
                        periodMessage,
                        reasonMessage,
                        form.savingProperty());
        search.addListener((o, a, b) -> filter());
        if (editing != null) {
            Candidate who =
                    new Candidate(
                            editing.recipient().kind(),
                            editing.recipient().id(),
                            editing.recipient().name(),
                            "");
            everyone.add(who);
            candidates.setAll(everyone);
            recipient.set(who);
            kind.set(editing.kind());
            fund.set(
                    fundLines.stream()
                            .filter(l -> l.fund().id().equals(editing.fundId()))
                            .findFirst()
                            .orElse(null));
            periodFrom.set(editing.periodFrom());
            periodTo.set(editing.periodTo());
            reason.set(editing.reason());
            amount.textProperty().set(editing.amount().value().toPlainString());
        }
    }

    /** A new payment's form; the recipients are read in the background. */
    public static PaymentFormViewModel recording(
            PaymentService payments,
            TaskExecutor tasks,
            List<FundService.Line> funds,
            Consumer<Payment> onSaved) {
        PaymentFormViewModel vm = new PaymentFormViewModel(payments, tasks, funds, null, onSaved);
        tasks.execute(
                BackgroundTask.of(I18n.text("task.care.loadRecipients"), p -> payments.candidates())
                        .onSuccess(
                                list -> {
                                    vm.everyone.addAll(list);
                                    vm.filter();
                                })
                        .onFailure(e -> vm.form.failed(e)));
        return vm;
    }

    /** The form of a payment not yet paid: its amount and reason may change. */
    public static PaymentFormViewModel editing(
            PaymentService payments,
            TaskExecutor tasks,
            List<FundService.Line> funds,
            Payment payment,
            Consumer<Payment> onSaved) {
        return new PaymentFormViewModel(payments, tasks, funds, payment, onSaved);
    }

    private void filter() {
        String s = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        candidates.setAll(
                everyone.stream()
                        .filter(c -> s.isEmpty() || c.name().toLowerCase(Locale.ROOT).contains(s))
                        .toList());
    }

    /**
     * What the fund holds for this payment: its balance, and for a payment that already counts
     * against it (approved) its own amount back.
     */
    private BigDecimal balance() {
        FundService.Line l = fund.get();
        if (l == null) {
            return null;
        }
        BigDecimal b = l.balance();
        if (editing != null
                && editing.fundId().equals(l.fund().id())
                && editing.state().countsAgainstFund()) {
            b = b.add(editing.amount().value());
        }
        return b;
    }

    /** The fund's refusal of this payment ({@link FundRules#checkPayment}), or {@code null}. */
    private ValidationError checkFund() {
        FundService.Line l = fund.get();
        if (l == null || kind.get() == null) {
            return null;
        }
        Yuan a = amount.valueProperty().get();
        Candidate who = recipient.get();
        try {
            FundRules.checkPayment(
                    l.fund(),
                    kind.get(),
                    who == null ? null : who.kind(),
                    who == null ? "" : who.name(),
                    a == null ? PROBE : a,
                    balance());
            return null;
        } catch (ValidationError e) {
            boolean overdraft = "field.payment.amount".equals(e.field());
            return overdraft && a == null ? null : e;
        }
    }

    private String ruleFor(String field) {
        ValidationError e = fundRule.get();
        return e != null && field.equals(e.field()) ? e.reason() : "";
    }

    /** Records the payment, or saves the change; a refusal is put in the notice. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        Yuan a = amount.valueProperty().get();
        String why = reason.get();
        if (editing != null) {
            form.run("task.care.editPayment", p -> payments.edit(editing.id(), a, why), onSaved);
            return;
        }
        PaymentService.NewPayment f =
                new PaymentService.NewPayment(
                        kind.get(),
                        recipient.get().kind(),
                        recipient.get().id(),
                        a,
                        periodFrom.get(),
                        periodTo.get(),
                        why,
                        fund.get().fund().id());
        form.run("task.care.recordPayment", p -> payments.record(f), onSaved);
    }

    // --- as the form shows it ----------------------------------------------------------------

    /** {@code 张伟　党员 · 110101********1234}. */
    public static String candidateText(Candidate c) {
        String kindText = I18n.text(c.kind().key());
        return c.detail() == null || c.detail().isEmpty()
                ? c.name() + "　" + kindText
                : c.name() + "　" + kindText + " · " + c.detail();
    }

    /** A fund as the form's choice shows it: its name and balance. */
    public static String fundText(FundService.Line l) {
        return l == null
                ? ""
                : I18n.text("care.payment.fundChoice", l.fund().name(), Yuan.withSign(l.balance()));
    }

    // --- properties ------------------------------------------------------------------------------

    /** Whether this form changes a payment (only its amount and reason) rather than records one. */
    public boolean isEdit() {
        return editing != null;
    }

    public ObservableList<Candidate> candidates() {
        return candidates;
    }

    public ObservableList<FundService.Line> funds() {
        return funds;
    }

    /** What is typed to find the recipient: part of a name. */
    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<Candidate> recipientProperty() {
        return recipient;
    }

    public ObjectProperty<PaymentKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<FundService.Line> fundProperty() {
        return fund;
    }

    public ObjectProperty<LocalDate> periodFromProperty() {
        return periodFrom;
    }

    public ObjectProperty<LocalDate> periodToProperty() {
        return periodTo;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public AmountInput amount() {
        return amount;
    }

    /**
     * What the fund refuses (party fees for a living subsidy, a reward to a non-member), or empty.
     */
    public StringBinding fundMessageProperty() {
        return fundMessage;
    }

    /** What is wrong with the amount: as typed, or more than the fund holds (with its balance). */
    public StringBinding amountMessageProperty() {
        return amountMessage;
    }

    /** The fund's balance now and after this payment, once both are known and allowed. */
    public StringBinding balanceNoteProperty() {
        return balanceNote;
    }

    public StringBinding periodMessageProperty() {
        return periodMessage;
    }

    public StringBinding reasonMessageProperty() {
        return reasonMessage;
    }

    /** What the recipients' list says when empty. */
    public StringBinding candidatesPlaceholderProperty() {
        return candidatesPlaceholder;
    }

    public StringBinding missingProperty() {
        return missing;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public CareForm<Payment> form() {
        return form;
    }
}
