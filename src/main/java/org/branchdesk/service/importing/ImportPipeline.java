package org.branchdesk.service.importing;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import org.branchdesk.service.access.Access;
import org.branchdesk.service.access.Actor;
import org.branchdesk.service.importing.ImportPlan.Fate;
import org.branchdesk.service.importing.ImportPlan.Result;
import org.branchdesk.service.sheets.ImportFiles;
import org.branchdesk.store.Store;
import org.branchdesk.store.StoreSession;

/**
 * Runs every {@link Importer} the same way. The role is checked before the file is read; the rows
 * are parsed outside any transaction, then planned and applied in one: a refused row (without
 * {@code skipInvalid}), a failure or a cancel from the progress bar rolls it all back, and the
 * office stays exactly as it was.
 *
 * <p>Progress: parsing is the first 30%, planning up to 50%, applying the rest.
 */
public final class ImportPipeline {
    private final Store store;
    private final Actor actor;

    public ImportPipeline(Store store, Actor actor) {
        this.store = store;
        this.actor = actor;
    }

    /** What importing the file would do; changes nothing. */
    public <R, W> ImportPlan preview(Importer<R, W> importer, Path file) {
        return run(importer, file, ImportOptions.DRY_RUN, ImportProgress.NONE).plan();
    }

    public <R, W> Result run(
            Importer<R, W> importer, Path file, ImportOptions options, ImportProgress progress) {
        if (!options.dryRun()) {
            actor.require(importer.permission()); // before the file is even read
        }
        progress.at(0);
        return run(
                importer, ImportFiles.read(file), file.getFileName().toString(), options, progress);
    }

    public <R, W> Result run(
            Importer<R, W> importer,
            byte[] content,
            String source,
            ImportOptions options,
            ImportProgress progress) {
        if (!options.dryRun()) {
            actor.require(importer.permission());
        }
        Parsed<R> parsed = importer.parse(content, source, progress.span(0, 30));
        if (options.dryRun()) {
            return new Result(
                    store.read(s -> importer.plan(s, parsed, progress.span(30, 100)).plan()),
                    false);
        }
        Result result =
                Access.write(
                        store,
                        actor,
                        importer.permission(),
                        s -> inside(s, importer, parsed, options, progress));
        try {
            progress.at(100);
        } catch (CancellationException tooLate) {
            // committed before the cancel arrived: the import is done, and the result says so
        }
        return result;
    }

    /**
     * Plans and applies inside a transaction that is already open (the demo loads its whole street
     * in one); the caller has checked the role.
     */
    public static <R, W> Result inside(
            StoreSession s,
            Importer<R, W> importer,
            byte[] content,
            String source,
            ImportOptions options) {
        return inside(
                s,
                importer,
                importer.parse(content, source, ImportProgress.NONE),
                options,
                ImportProgress.NONE);
    }

    private static <R, W> Result inside(
            StoreSession s,
            Importer<R, W> importer,
            Parsed<R> parsed,
            ImportOptions options,
            ImportProgress progress) {
        Planned<R, W> planned = importer.plan(s, parsed, progress.span(30, 50));
        ImportPlan plan = planned.plan();
        if (plan.count(Fate.REFUSED) > 0 && !options.skipInvalid()) {
            return new Result(plan, false);
        }
        importer.apply(s, planned, progress.span(50, 99));
        progress.at(99); // the last moment a cancel still rolls everything back
        return new Result(plan, true);
    }
}
