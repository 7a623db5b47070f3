package org.branchdesk.ui.care;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.branchdesk.domain.care.Fund;
import org.branchdesk.domain.care.Payment;
import org.branchdesk.domain.care.PaymentKind;
import org.branchdesk.domain.care.PaymentRules;
import org.branchdesk.domain.care.PaymentState;
import org.branchdesk.domain.care.Reversal;
import org.branchdesk.domain.care.Yuan;
import org.branchdesk.service.care.FundService;
import org.branchdesk.service.care.PaymentBatches;
import org.branchdesk.service.care.PaymentService;
import org.branchdesk.service.care.PaymentService.Line;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * The payments page (款项): every payment, and under a reversed one its reversal (negative), by kind,
 * fund, state and month; what is recorded, approved, paid and awaiting approval. A clerk records a
 * payment and changes one not yet paid; an account with {@code APPROVE_PAYMENTS} that did not
 * record it approves it, pays it and reverses a paid one. Why a step may not be taken is a binding
 * here, from the domain's rules ({@link PaymentRules}), so that the button says it.
 */
public final class PaymentsViewModel {
    private final PaymentService payments;
    private final FundService funds;
    private final PaymentBatches batches;
    private final TaskExecutor tasks;
    private final Clock clock;
    private final boolean mayEdit;
    private final boolean mayApprove;

    private final List<Line> all = new ArrayList<>();
    private final List<FundService.Line> fundLines = new ArrayList<>();
    private final Set<UUID> reversed = new HashSet<>();
    private final ObservableList<Line> rows = FXCollections.observableArrayList();
    private final ObservableList<Fund> fundChoices = FXCollections.observableArrayList();
    private final ObservableList<YearMonth> months = FXCollections.observableArrayList();
    private final ObjectProperty<PaymentKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<Fund> fund = new SimpleObjectProperty<>();
    private final ObjectProperty<PaymentState> state = new SimpleObjectProperty<>();
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final ObjectProperty<Line> selected = new SimpleObjectProperty<>();
    private final StringBinding editBlocked;
    private final StringBinding approveBlocked;
    private final StringBinding payBlocked;
    private final StringBinding reverseBlocked;
    private final StringBinding cancelBlocked;
    private final StringBinding nextStepBlocked;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper placeholder =
            new ReadOnlyStringWrapper(I18n.text("care.loading"));
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(Notice.NONE);

    private long loads;
    private UUID toSelect;

    /**
     * @param mayEdit whether the account records and changes payments ({@code EDIT})
     * @param mayApprove whether it approves, pays and reverses them ({@code APPROVE_PAYMENTS})
     */
    public PaymentsViewModel(
            PaymentService payments,
            FundService funds,
            PaymentBatches batches,
            TaskExecutor tasks,
            Clock clock,
            boolean mayEdit,
            boolean mayApprove) {
        this.payments = payments;
        this.funds = funds;
        this.batches = batches;
        this.tasks = tasks;
        this.clock = clock;
        this.mayEdit = mayEdit;
        this.mayApprove = mayApprove;
        editBlocked = Bindings.createStringBinding(() -> whyNotEdit(selected.get()), selected);
        approveBlocked =
                Bindings.createStringBinding(() -> whyNotApprove(selected.get()), selected);
        payBlocked = Bindings.createStringBinding(() -> whyNotPay(selected.get()), selected);
        reverseBlocked =
                Bindings.createStringBinding(() -> whyNotReverse(selected.get()), selected);
        cancelBlocked = Bindings.createStringBinding(() -> whyNotCancel(selected.get()), selected);
        nextStepBlocked = Bindings.createStringBinding(() -> whyNotNext(selected.get()), selected);
        kind.addListener((o, a, b) -> filter());
        fund.addListener((o, a, b) -> filter());
        state.addListener((o, a, b) -> filter());
        month.addListener((o, a, b) -> filter());
    }

    private record Loaded(List<Line> lines, List<FundService.Line> funds) {}

    /** Reads the payments and the funds afresh, keeping the filters and the row chosen. */
    public void reload() {
        long number = ++loads;
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.care.loadPayments"),
                                p -> new Loaded(payments.lines(), funds.lines()))
                        .onSuccess(
                                loaded -> {
                                    if (number == loads) {
                                        show(loaded);
                                    }
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    private void show(Loaded loaded) {
        all.clear();
        all.addAll(loaded.lines());
        fundLines.clear();
        fundLines.addAll(loaded.funds());
        reversed.clear();
        all.stream().filter(Line::reversal).forEach(l -> reversed.add(l.payment().id()));
        UUID keepFund = fund.get() == null ? null : fund.get().id();
        fundChoices.setAll(loaded.funds().stream().map(FundService.Line::fund).toList());
        fund.set(
                fundChoices.stream().filter(f -> f.id().equals(keepFund)).findFirst().orElse(null));
        YearMonth keepMonth = month.get();
        months.setAll(
                all.stream()
                        .map(PaymentsViewModel::monthOf)
                        .filter(Objects::nonNull)
                        .distinct()
                        .sorted(Comparator.reverseOrder())
                        .toList());
        month.set(months.contains(keepMonth) ? keepMonth : null);
        filter();
    }

    private void filter() {
        UUID keep =
                toSelect != null
                        ? toSelect
                        : selected.get() == null ? null : selected.get().payment().id();
        boolean keepReversal =
                toSelect == null && selected.get() != null && selected.get().reversal();
        toSelect = null;
        List<Line> shown = all.stream().filter(this::passes).toList();
        rows.setAll(shown);
        selected.set(
                rows.stream()
                        .filter(l -> l.payment().id().equals(keep) && l.reversal() == keepReversal)
                        .findFirst()
                        .orElse(null));
        placeholder.set(
                I18n.text(
                        all.isEmpty()
                                ? mayEdit ? "care.payments.empty" : "care.payments.emptyReadOnly"
                                : "care.payments.noneFound"));
        summary.set(all.isEmpty() ? "" : summaryOf(shown));
    }

    private boolean passes(Line l) {
        Payment p = l.payment();
        return (kind.get() == null || p.kind() == kind.get())
                && (fund.get() == null || p.fundId().equals(fund.get().id()))
                && (state.get() == null || !l.reversal() && p.state() == state.get())
                && (month.get() == null || month.get().equals(monthOf(l)));
    }

    /**
     * 共 N 笔；已审批和已支付 ¥…（冲销已扣除）；待审批 M 笔 ¥…: what counts against the funds ({@link
     * PaymentState#countsAgainstFund}) less the reversals, and what waits for approval.
     */
    private static String summaryOf(List<Line> shown) {
        BigDecimal counted = BigDecimal.ZERO;
        BigDecimal waiting = BigDecimal.ZERO;
        long payments = 0;
        long waitingCount = 0;
        for (Line l : shown) {
            if (l.reversal()) {
                counted = counted.add(l.signedAmount());
                continue;
            }
            payments++;
            if (l.payment().state().countsAgainstFund()) {
                counted = counted.add(l.signedAmount());
            } else if (l.payment().state() == PaymentState.RECORDED) {
                waiting = waiting.add(l.signedAmount());
                waitingCount++;
            }
        }
        return I18n.text(
                "care.payments.summary",
                payments,
                Yuan.withSign(counted),
                waitingCount,
                Yuan.withSign(waiting));
    }

    /**
     * The month a line is listed under: a payment's by the first day of its period, else the day it
     * was paid or approved; a reversal's by its day.
     */
    public static YearMonth monthOf(Line l) {
        LocalDate day =
                !l.reversal() && l.payment().periodFrom() != null
                        ? l.payment().periodFrom()
                        : l.on();
        return day == null ? null : YearMonth.from(day);
    }

    // --- what may be done with the row chosen, and why not --------------------------------------

    private String whyNotEdit(Line l) {
        if (l == null || l.reversal()) {
            return "";
        }
        if (!mayEdit) {
            return I18n.text("care.payments.needsEdit");
        }
        return PaymentRules.editable(l.payment().state())
                ? ""
                : I18n.text(
                        l.payment().state() == PaymentState.PAID
                                ? "rule.payment.paidNeverEdited"
                                : "rule.payment.cancelledNeverEdited");
    }

    private String whyNotApprove(Line l) {
        if (l == null || l.reversal()) {
            return "";
        }
        if (!mayApprove) {
            return I18n.text("care.payments.needsApprove");
        }
        Payment p = l.payment();
        if (!PaymentRules.approvable(p.state())) {
            return I18n.text("rule.payment.notRecorded", stateText(p.state()));
        }
        if (!PaymentRules.fourEyes(p.recordedBy(), payments.account())) {
            return I18n.text("rule.payment.fourEyes");
        }
        return "";
    }

    private String whyNotPay(Line l) {
        if (l == null || l.reversal()) {
            return "";
        }
        if (!mayApprove) {
            return I18n.text("care.payments.needsApprove");
        }
        return PaymentRules.payable(l.payment().state())
                ? ""
                : I18n.text("rule.payment.notApproved", stateText(l.payment().state()));
    }

    private String whyNotReverse(Line l) {
        if (l == null || l.reversal()) {
            return "";
        }
        if (!mayApprove) {
            return I18n.text("care.payments.needsApprove");
        }
        Payment p = l.payment();
        if (!PaymentRules.reversible(p.state())) {
            return I18n.text("rule.payment.notPaid", stateText(p.state()));
        }
        if (reversed.contains(p.id())) {
            return I18n.text("care.payments.reversedAlready");
        }
        return "";
    }

    /**
     * A payment not yet paid may be cancelled ({@link PaymentRules#cancellable}): a recorded one by
     * a clerk, an approved one (it already counts against its fund) only with {@code
     * APPROVE_PAYMENTS}.
     */
    private String whyNotCancel(Line l) {
        if (l == null || l.reversal()) {
            return "";
        }
        PaymentState s = l.payment().state();
        if (!PaymentRules.cancellable(s)) {
            return I18n.text(
                    s == PaymentState.PAID
                            ? "rule.payment.paidNeverEdited"
                            : "rule.payment.cancelledNeverEdited");
        }
        if (s == PaymentState.APPROVED && !mayApprove) {
            return I18n.text("care.payments.needsApprove");
        }
        return mayEdit ? "" : I18n.text("care.payments.needsEdit");
    }

    /**
     * Why the payment chosen cannot take its next step now: approval for a recorded one, payment
     * for an approved one, a reversal for a paid one.
     */
    private String whyNotNext(Line l) {
        if (l == null || l.reversal()) {
            return "";
        }
        return switch (l.payment().state()) {
            case RECORDED -> whyNotApprove(l);
            case APPROVED -> whyNotPay(l);
            case PAID -> whyNotReverse(l);
            case CANCELLED -> whyNotEdit(l);
        };
    }

    private static boolean possible(Line l, String why) {
        return l != null && !l.reversal() && why.isEmpty();
    }

    /** Whether the payment chosen may be changed now (not paid, by a clerk). */
    public boolean mayEdit(Line l) {
        return possible(l, whyNotEdit(l));
    }

    /** Whether the payment chosen may be approved now by this account. */
    public boolean mayApprove(Line l) {
        return possible(l, whyNotApprove(l));
    }

    public boolean mayPay(Line l) {
        return possible(l, whyNotPay(l));
    }

    public boolean mayReverse(Line l) {
        return possible(l, whyNotReverse(l));
    }

    public boolean mayCancel(Line l) {
        return possible(l, whyNotCancel(l));
    }

    // --- forms ---------------------------------------------------------------------------------

    /** A new payment's form; once saved, the payment shows, chosen. */
    public PaymentFormViewModel newPayment() {
        return PaymentFormViewModel.recording(
                payments, tasks, List.copyOf(fundLines), p -> saved("care.payment.recorded", p));
    }

    /** The form that changes a payment not yet paid. */
    public PaymentFormViewModel edit(Line l) {
        return PaymentFormViewModel.editing(
                payments,
                tasks,
                List.copyOf(fundLines),
                l.payment(),
                p -> saved("care.payment.edited", p));
    }

    /** The form of a payment's next step: approve, pay or reverse. */
    public PaymentStepViewModel step(PaymentStepViewModel.Step step, Line l) {
        return new PaymentStepViewModel(
                payments,
                tasks,
                step,
                l.payment(),
                LocalDate.now(clock),
                r -> {
                    String key = "care.payment.step." + step.name();
                    notice.set(
                            Notice.success(
                                    I18n.text(
                                            key,
                                            l.code(),
                                            l.payment().recipient().name(),
                                            l.payment().amount().withSign())));
                    toSelect = r instanceof Reversal ? null : l.payment().id();
                    reload();
                });
    }

    /**
     * A batch wizard (living subsidy for a month, work allowance for a range); once saved, listed.
     */
    public BatchWizardViewModel batch(PaymentKind batchKind) {
        return new BatchWizardViewModel(
                batches,
                tasks,
                batchKind,
                List.copyOf(fundLines),
                LocalDate.now(clock),
                b -> {
                    notice.set(
                            Notice.success(
                                    I18n.text(
                                            "care.batch.saved",
                                            PaymentBatches.code(b),
                                            I18n.text(b.kind().key()))));
                    kind.set(b.kind());
                    state.set(PaymentState.RECORDED);
                    month.set(null);
                    fund.set(null);
                    reload();
                });
    }

    private void saved(String key, Payment p) {
        notice.set(
                Notice.success(
                        I18n.text(
                                key,
                                I18n.text(p.kind().key()),
                                p.recipient().name(),
                                p.amount().withSign())));
        toSelect = p.id();
        kind.set(null);
        state.set(null);
        month.set(null);
        fund.set(null);
        reload();
    }

    // --- as the page shows it -------------------------------------------------------------------

    public static String stateText(PaymentState s) {
        return I18n.text(s.key());
    }

    /** 已支付, 已支付（已冲销） for a reversed payment, 冲销 for the reversal's own line. */
    public String stateText(Line l) {
        if (l.reversal()) {
            return I18n.text("care.payments.reversal");
        }
        String s = stateText(l.payment().state());
        return reversed.contains(l.payment().id())
                ? I18n.text("care.payments.reversedState", s)
                : s;
    }

    /** 张伟（党员）: the name and the register it comes from; no ID number or phone. */
    public static String recipientText(Line l) {
        Payment.Recipient r = l.payment().recipient();
        return I18n.text("care.payments.recipient", r.name(), I18n.text(r.kind().key()));
    }

    public static String periodText(Payment p) {
        if (p.periodFrom() == null && p.periodTo() == null) {
            return "";
        }
        return (p.periodFrom() == null ? "" : p.periodFrom().toString())
                + "—"
                + (p.periodTo() == null ? "" : p.periodTo().toString());
    }

    /** 李明（街道党工委书记）, once approved. */
    public static String approverText(Line l) {
        Payment.Approval a = l.payment().approval();
        return a == null || l.reversal()
                ? ""
                : I18n.text("care.payments.approver", a.approverName(), a.approverPost());
    }

    /** 现金, 银行转账; with 代领 and who collected it. */
    public static String paidText(Line l) {
        Payment.Paid p = l.payment().paid();
        if (p == null || l.reversal()) {
            return "";
        }
        String how = I18n.text(p.method().key());
        return p.collectedBy() == null
                ? how
                : I18n.text("care.payments.collectedBy", how, p.collectedBy());
    }

    public static String monthText(YearMonth m) {
        return m == null
                ? I18n.text("care.payments.anyMonth")
                : I18n.text("care.payments.month", m.getYear(), m.getMonthValue());
    }

    // --- properties ------------------------------------------------------------------------------

    public boolean mayEdit() {
        return mayEdit;
    }

    public boolean mayApprove() {
        return mayApprove;
    }

    public ObservableList<Line> rows() {
        return rows;
    }

    public ObservableList<Fund> fundChoices() {
        return fundChoices;
    }

    /** The months there are payments in, newest first. */
    public ObservableList<YearMonth> months() {
        return months;
    }

    public ObjectProperty<PaymentKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Fund> fundProperty() {
        return fund;
    }

    public ObjectProperty<PaymentState> stateProperty() {
        return state;
    }

    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    public ObjectProperty<Line> selectedProperty() {
        return selected;
    }

    /** Why the payment chosen may not be changed, or empty. */
    public StringBinding editBlockedProperty() {
        return editBlocked;
    }

    /**
     * Why this account may not approve the payment chosen (it recorded it; it lacks the permission;
     * it is not awaiting approval), or empty.
     */
    public StringBinding approveBlockedProperty() {
        return approveBlocked;
    }

    public StringBinding payBlockedProperty() {
        return payBlocked;
    }

    public StringBinding reverseBlockedProperty() {
        return reverseBlocked;
    }

    /** Why the payment chosen cannot take its next step now, or empty: shown under the list. */
    public StringBinding nextStepBlockedProperty() {
        return nextStepBlocked;
    }

    /** Whether 审批 is enabled for the row chosen. */
    public BooleanBinding mayApproveSelectedProperty() {
        return Bindings.createBooleanBinding(() -> mayApprove(selected.get()), selected);
    }

    public BooleanBinding mayEditSelectedProperty() {
        return Bindings.createBooleanBinding(() -> mayEdit(selected.get()), selected);
    }

    public BooleanBinding mayPaySelectedProperty() {
        return Bindings.createBooleanBinding(() -> mayPay(selected.get()), selected);
    }

    public StringBinding cancelBlockedProperty() {
        return cancelBlocked;
    }

    public BooleanBinding mayCancelSelectedProperty() {
        return Bindings.createBooleanBinding(() -> mayCancel(selected.get()), selected);
    }

    public BooleanBinding mayReverseSelectedProperty() {
        return Bindings.createBooleanBinding(() -> mayReverse(selected.get()), selected);
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

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
