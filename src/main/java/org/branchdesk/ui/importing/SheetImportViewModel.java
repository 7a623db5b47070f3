package org.branchdesk.ui.importing;

import java.nio.file.Path;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.branchdesk.service.Services;
import org.branchdesk.service.importing.ImportKind;
import org.branchdesk.service.importing.ImportOptions;
import org.branchdesk.service.importing.ImportPipeline;
import org.branchdesk.service.importing.ImportPlan;
import org.branchdesk.service.importing.Importer;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.branchdesk.ui.common.Progresses;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * Importing a clerk's sheet of compounds, organizations, survey items or households from the
 * window, the same way as members: the file is read and planned first (nothing written), the clerk
 * sees every row's fate, then imports all, only the valid rows, or nothing. Also writes the
 * templates.
 */
public final class SheetImportViewModel {
    /** A file read and planned, waiting for the clerk's decision. */
    public record Pending(ImportKind kind, Path file, ImportPlan plan) {}

    private final ImportPipeline imports;
    private final Function<ImportKind, Importer<?, ?>> importers;
    private final TaskExecutor tasks;
    private final Runnable afterImport;
    private final ReadOnlyObjectWrapper<Pending> pending = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(Notice.NONE);

    public SheetImportViewModel(
            ImportPipeline imports,
            Function<ImportKind, Importer<?, ?>> importers,
            TaskExecutor tasks,
            Runnable afterImport) {
        this.imports = imports;
        this.importers = importers;
        this.tasks = tasks;
        this.afterImport = afterImport;
    }

    /** Reads and plans a file; the View shows the plan when {@link #pendingProperty()} is set. */
    public void preview(ImportKind kind, Path file) {
        Importer<?, ?> importer = importers.apply(kind);
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.previewImport"),
                                p -> imports.preview(importer, file))
                        .onSuccess(plan -> pending.set(new Pending(kind, file, plan)))
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    /** Imports the previewed file; with refused rows only when the clerk chose the valid ones. */
    public void confirm(boolean skipInvalid) {
        Pending p = pending.get();
        pending.set(null);
        if (p == null) {
            return;
        }
        Importer<?, ?> importer = importers.apply(p.kind());
        ImportOptions options =
                skipInvalid ? ImportOptions.SKIP_INVALID : ImportOptions.ALL_OR_NOTHING;
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.import"),
                                x -> imports.run(importer, p.file(), options, Progresses.of(x)))
                        .cancellable()
                        .onCancelled(
                                () -> notice.set(Notice.failure(I18n.text("import.cancelled"))))
                        .onSuccess(
                                result -> {
                                    notice.set(
                                            result.applied()
                                                    ? Notice.success(
                                                            I18n.text(
                                                                    "import.done",
                                                                    I18n.text(
                                                                            "import.kind."
                                                                                    + p.kind()
                                                                                            .name()),
                                                                    ImportTexts.summary(
                                                                            result.plan(), true)))
                                                    : Notice.failure(
                                                            ImportTexts.summary(result.plan())));
                                    afterImport.run();
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    public void cancel() {
        pending.set(null);
    }

    /** Writes the template of a register (an .xlsx with an example sheet). */
    public void writeTemplate(ImportKind kind, Path out) {
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.export"),
                                p -> {
                                    Services.writeTemplate(kind, out);
                                    return out;
                                })
                        .onSuccess(
                                o ->
                                        notice.set(
                                                Notice.success(
                                                        I18n.text("import.templateWritten", o))))
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    public ReadOnlyObjectProperty<Pending> pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void clearNotice() {
        notice.set(Notice.NONE);
    }
}
