package org.branchdesk.ui.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What a screen does with a PDF it has made: print it on a printer the clerk chooses, save a copy
 * where the clerk says, open it in the system's viewer. Each step is a background task (the print
 * dialog too, which is the system's and not JavaFX's); callbacks come back on the JavaFX thread.
 */
public final class PdfOutput {
    private final TaskExecutor tasks;
    private final Desk desk;

    public PdfOutput(TaskExecutor tasks, Desk desk) {
        this.tasks = tasks;
        this.desk = desk;
    }

    /**
     * Shows the print dialog for {@code jobName}; {@code then} gets the printer chosen, and is not
     * called when the clerk cancels.
     */
    public void choosePrinter(String jobName, Consumer<Object> then, Consumer<Throwable> failed) {
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.printDocument"),
                                p -> Optional.ofNullable(desk.choosePrinter(jobName)))
                        .onSuccess(printer -> printer.ifPresent(then))
                        .onFailure(failed));
    }

    /** Prints {@code pdf} on {@code printer}, then runs {@code done}. */
    public void print(Object printer, Path pdf, Runnable done, Consumer<Throwable> failed) {
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.printDocument"),
                                p -> {
                                    desk.print(printer, pdf);
                                    return pdf;
                                })
                        .onSuccess(x -> done.run())
                        .onFailure(failed));
    }

    /** Copies {@code pdf} to {@code target} (replacing a file there), then tells {@code done}. */
    public void save(Path pdf, Path target, Consumer<Path> done, Consumer<Throwable> failed) {
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.saveDocument"),
                                p -> {
                                    Files.copy(pdf, target, StandardCopyOption.REPLACE_EXISTING);
                                    return target;
                                })
                        .onSuccess(done)
                        .onFailure(failed));
    }

    /** Opens {@code pdf} in the system's viewer. */
    public void open(Path pdf, Consumer<Throwable> failed) {
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.openDocument"),
                                p -> {
                                    desk.open(pdf);
                                    return pdf;
                                })
                        .onFailure(failed));
    }
}
