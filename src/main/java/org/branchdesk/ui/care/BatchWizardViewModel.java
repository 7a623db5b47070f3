package org.branchdesk.ui.care;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.branchdesk.domain.care.CapitalAmount;
import org.branchdesk.domain.care.PaymentBatch;
import org.branchdesk.domain.care.PaymentKind;
import org.branchdesk.domain.care.PaymentRules;
import org.branchdesk.domain.care.Yuan;
import org.branchdesk.service.care.FundService;
import org.branchdesk.service.care.PaymentBatches;
import org.branchdesk.service.care.PaymentBatches.Preview;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * The batch wizard (批量生成): a month's living subsidy for every serving branch worker, or temporary
 * work allowances from the roster's attendance over a date range. The clerk chooses the period, the
 * fund and the standard, previews (each recipient with standard × days and amount, who is left out
 * and why, what would refuse the batch, the total in figures and capitals), then saves exactly what
 * was shown: any change of the inputs clears the preview, and the service refuses a batch that no
 * longer works out the same.
 */
public final class BatchWizardViewModel {
    private final PaymentBatches batches;
    private final TaskExecutor tasks;
    private final PaymentKind kind;
    private final Consumer<PaymentBatch> onSaved;

    private final ObservableList<FundService.Line> funds = FXCollections.observableArrayList();
    private final StringProperty monthText = new SimpleStringProperty("");
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<FundService.Line> fund = new SimpleObjectProperty<>();
    private final AmountInput rate = new AmountInput("field.batch.rate");
    private final ReadOnlyObjectWrapper<Preview> preview = new ReadOnlyObjectWrapper<>();
    private final ObservableList<PaymentBatches.Row> rows = FXCollections.observableArrayList();
    private final ObservableList<PaymentBatches.Skipped> skipped =
            FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<PaymentBatch> saved = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(Notice.NONE);

    private final StringBinding periodMessage;
    private final StringBinding missing;
    private final BooleanBinding canPreview;
    private final StringBinding total;
    private final StringBinding refusals;
    private final StringBinding skippedTitle;
    private final BooleanBinding canSave;

    /**
     * @param kind {@link PaymentKind#LIVING_SUBSIDY} or {@link PaymentKind#WORK_ALLOWANCE}
     * @param fundLines the funds to choose from
     * @param today the office's today: this month, and the range up to today
     */
    public BatchWizardViewModel(
            PaymentBatches batches,
            TaskExecutor tasks,
            PaymentKind kind,
            List<FundService.Line> fundLines,
            LocalDate today,
            Consumer<PaymentBatch> onSaved) {
        this.batches = batches;
        this.tasks = tasks;
        this.kind = kind;
        this.onSaved = onSaved;
        funds.setAll(fundLines);
        monthText.addListener((o, a, text) -> month.set(parseMonth(text)));
        monthText.set(YearMonth.from(today).toString());
        from.set(today.withDayOfMonth(1));
        to.set(today);
        periodMessage =
                Bindings.createStringBinding(
                        () -> {
                            if (kind == PaymentKind.LIVING_SUBSIDY) {
                                return month.get() == null && !monthText.get().isBlank()
                                        ? I18n.text(
                                                "rule.batch.monthFormat", monthText.get().strip())
                                        : "";
                            }
                            return PaymentRules.periodInOrder(from.get(), to.get())
                                    ? ""
                                    : I18n.text("rule.payment.periodReversed");
                        },
                        monthText,
                        month,
                        from,
                        to);
        missing =
                Bindings.createStringBinding(
                        () ->
                                fund.get() == null
                                                || rate.valueProperty().get() == null
                                                || (kind == PaymentKind.LIVING_SUBSIDY
                                                        ? month.get() == null
                                                        : from.get() == null || to.get() == null)
                                        ? I18n.text("care.batch.missing." + kind.name())
                                        : "",
                        fund,
                        rate.valueProperty(),
                        month,
                        from,
                        to);
        canPreview =
                Bindings.createBooleanBinding(
                        () ->
                                missing.get().isEmpty()
                                        && rate.messageProperty().get().isEmpty()
                                        && periodMessage.get().isEmpty()
                                        && !busy.get(),
                        missing,
                        rate.messageProperty(),
                        periodMessage,
                        busy);
        total =
                Bindings.createStringBinding(
                        () -> {
                            Preview p = preview.get();
                            return p == null
                                    ? ""
                                    : I18n.text(
                                            "care.batch.total",
                                            p.rows().size(),
                                            Yuan.withSign(p.total()),
                                            CapitalAmount.of(p.total()),
                                            p.fund(),
                                            Yuan.withSign(p.balance()));
                        },
                        preview);
        refusals =
                Bindings.createStringBinding(
                        () ->
                                preview.get() == null
                                        ? ""
                                        : String.join("\n", preview.get().refusals()),
                        preview);
        skippedTitle =
                Bindings.createStringBinding(
                        () ->
                                preview.get() == null || preview.get().skipped().isEmpty()
                                        ? ""
                                        : I18n.text(
                                                "care.batch.skipped",
                                                preview.get().skipped().size()),
                        preview);
        canSave =
                Bindings.createBooleanBinding(
                        () -> preview.get() != null && !preview.get().refused() && !busy.get(),
                        preview,
                        busy);
        Runnable stale = this::clearPreview;
        month.addListener((o, a, b) -> stale.run());
        from.addListener((o, a, b) -> stale.run());
        to.addListener((o, a, b) -> stale.run());
        fund.addListener((o, a, b) -> stale.run());
        rate.textProperty().addListener((o, a, b) -> stale.run());
    }

    /** A month as the command line takes it: 2020-03; {@code null} when it is not one. */
    private static YearMonth parseMonth(String text) {
        try {
            return text == null ? null : YearMonth.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private void clearPreview() {
        preview.set(null);
        rows.clear();
        skipped.clear();
    }

    /** Works the batch out, as a task, and shows it: nothing is saved. */
    public void preview() {
        if (!canPreview.get()) {
            return;
        }
        YearMonth m = month.get();
        LocalDate a = from.get();
        LocalDate b = to.get();
        java.util.UUID fundId = fund.get().fund().id();
        Yuan r = rate.valueProperty().get();
        busy.set(true);
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.care.previewBatch"),
                                p ->
                                        kind == PaymentKind.LIVING_SUBSIDY
                                                ? batches.previewLivingSubsidy(m, fundId, r)
                                                : batches.previewWorkAllowance(a, b, fundId, r))
                        .onSuccess(
                                shown -> {
                                    busy.set(false);
                                    preview.set(shown);
                                    rows.setAll(shown.rows());
                                    skipped.setAll(shown.skipped());
                                })
                        .onFailure(
                                e -> {
                                    busy.set(false);
                                    notice.set(Notice.failure(e));
                                }));
    }

    /**
     * Saves exactly the preview shown, as a task with its progress: the payments are recorded and
     * wait for approval; a refusal (something changed since) is put in the notice.
     */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        Preview shown = preview.get();
        busy.set(true);
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.care.saveBatch", shown.rows().size()),
                                p -> {
                                    p.message(
                                            I18n.text("task.care.saveBatch", shown.rows().size()));
                                    p.update(0, shown.rows().size());
                                    PaymentBatch b = batches.apply(shown);
                                    p.update(shown.rows().size(), shown.rows().size());
                                    return b;
                                })
                        .onSuccess(
                                b -> {
                                    busy.set(false);
                                    saved.set(b);
                                    onSaved.accept(b);
                                })
                        .onFailure(
                                e -> {
                                    busy.set(false);
                                    notice.set(Notice.failure(e));
                                }));
    }

    // --- as the wizard shows it
    // -------------------------------------------------------------------

    /** ¥1,200.00 × 1 月 for a living subsidy, ¥80.00 × 5 天 for a work allowance. */
    public String basisText(PaymentBatches.Row r) {
        return I18n.text(
                "care.batch.basis." + kind.name(),
                preview.get() == null ? "" : preview.get().rate().withSign(),
                r.days());
    }

    // --- properties ------------------------------------------------------------------------------

    public PaymentKind kind() {
        return kind;
    }

    public ObservableList<FundService.Line> funds() {
        return funds;
    }

    /** The living subsidy's month as typed (2020-03); this month at first. */
    public StringProperty monthTextProperty() {
        return monthText;
    }

    /** The month typed, or {@code null} while it is not one. */
    public ReadOnlyObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<FundService.Line> fundProperty() {
        return fund;
    }

    /** The monthly standard, or the daily rate. */
    public AmountInput rate() {
        return rate;
    }

    /** The preview shown, or {@code null} before one and after any input changed. */
    public ReadOnlyObjectProperty<Preview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ObservableList<PaymentBatches.Row> rows() {
        return rows;
    }

    public ObservableList<PaymentBatches.Skipped> skipped() {
        return skipped;
    }

    public StringBinding periodMessageProperty() {
        return periodMessage;
    }

    public StringBinding missingProperty() {
        return missing;
    }

    public BooleanBinding canPreviewProperty() {
        return canPreview;
    }

    /** 合计 N 人 ¥… 人民币…；经费“…”余额 ¥…, once previewed. */
    public StringBinding totalProperty() {
        return total;
    }

    /** Why the batch shown cannot be saved (the fund's rule, its balance), or empty. */
    public StringBinding refusalsProperty() {
        return refusals;
    }

    /** 未列入 N 人, when the preview left anyone out. */
    public StringBinding skippedTitleProperty() {
        return skippedTitle;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    /** Whether a preview or a save is running. */
    public BooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyObjectProperty<PaymentBatch> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void clearNotice() {
        notice.set(Notice.NONE);
    }
}
