package org.branchdesk.ui;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.service.Services;
import org.branchdesk.service.accounts.OfficeAccess;
import org.branchdesk.service.importing.ImportOptions;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.FxTaskExecutor;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Progresses;
import org.branchdesk.ui.common.TaskStatus;
import org.branchdesk.ui.importing.ImportPreviewDialog;
import org.branchdesk.ui.importing.ImportTexts;
import org.branchdesk.ui.shell.ShellView;
import org.branchdesk.ui.shell.ShellViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's window. It shows the shell at once and opens the office in the background, so
 * the clerk sees the window before the database is ready.
 */
public final class BranchDeskWindow {
    private static final Logger LOG = LoggerFactory.getLogger(BranchDeskWindow.class);

    private final Path dataDir;
    private final Path logFile;
    private final OfficeAccess access;
    private WindowGeometry geometry;
    private final Runnable onShown;
    private final Runnable onClosed;
    private Stage stage;
    private ShellView shell;
    private ShellViewModel shellViewModel;
    private FxTaskExecutor tasks;

    /** The office's services once opened, for closing them off the JavaFX thread. */
    private final AtomicReference<Services> opened = new AtomicReference<>();

    /**
     * @param access the office's door: sign-in or set-up, then its services (on a background
     *     thread)
     * @param onShown runs once the window is visible (start-up measurement)
     * @param onClosed runs on a background thread once the window is closed and the office saved
     */
    public BranchDeskWindow(
            Path dataDir,
            Path logFile,
            OfficeAccess access,
            WindowGeometry geometry,
            Runnable onShown,
            Runnable onClosed) {
        this.dataDir = dataDir;
        this.logFile = logFile;
        this.access = access;
        this.geometry = geometry;
        this.onShown = onShown;
        this.onClosed = onClosed;
    }

    /** Builds and shows the window on {@code stage}; must run on the JavaFX thread. */
    public void show(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        TaskStatus status = new TaskStatus();
        tasks = new FxTaskExecutor(status, error -> Dialogs.showError(stage, error, logFile));
        shellViewModel = new ShellViewModel(dataDir, access, tasks);
        shellViewModel.servicesProperty().addListener((obs, old, now) -> opened.set(now));
        shell = new ShellView(shellViewModel, tasks, status);

        if (geometry.isFirst()) {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            geometry =
                    WindowGeometry.filling(
                            screen.getMinX(),
                            screen.getMinY(),
                            screen.getWidth(),
                            screen.getHeight());
        }
        Scene scene = new Scene(shell.root());
        scene.getStylesheets()
                .add(BranchDeskWindow.class.getResource("branchdesk.css").toExternalForm());
        stage.setScene(scene);
        // the window's outer size, title bar included, as saved: it never grows from start to start
        stage.setWidth(geometry.width());
        stage.setHeight(geometry.height());
        stage.titleProperty().bind(shellViewModel.titleProperty());
        stage.setMinWidth(800);
        stage.setMinHeight(520);
        placeOnScreen(stage);
        stage.setOnShown(e -> Platform.runLater(onShown));
        stage.setOnHidden(e -> saveGeometry());
        stage.show();
        shellViewModel.open();
    }

    /** Restores the saved position when it is still on a screen (a projector may be gone). */
    private void placeOnScreen(Stage stage) {
        if (!Double.isNaN(geometry.x())
                && !Screen.getScreensForRectangle(
                                geometry.x(), geometry.y(), geometry.width(), geometry.height())
                        .isEmpty()) {
            stage.setX(geometry.x());
            stage.setY(geometry.y());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(geometry.maximized());
    }

    private void saveGeometry() {
        WindowGeometry now =
                stage.isMaximized()
                        ? new WindowGeometry(
                                geometry.x(),
                                geometry.y(),
                                geometry.width(),
                                geometry.height(),
                                true)
                        : new WindowGeometry(
                                stage.getX(),
                                stage.getY(),
                                stage.getWidth(),
                                stage.getHeight(),
                                false);
        // Not a daemon: the process waits for it, and the JavaFX thread does not.
        new Thread(
                        () -> {
                            try {
                                now.save(dataDir);
                            } catch (IOException e) {
                                LOG.warn("could not save the window's geometry: {}", e.toString());
                            }
                            tasks.close(); // waits for a running task: it may be writing to the
                            // database
                            Services services = opened.get();
                            if (services != null) {
                                services.close();
                            }
                            onClosed.run();
                        },
                        "close-office")
                .start();
    }

    /** Another start of the program handed over its arguments: come to the front. */
    public void receive(List<String> arguments) {
        if (stage == null) {
            return;
        }
        stage.setIconified(false);
        stage.toFront();
        stage.requestFocus();
        Services services = shellViewModel.servicesProperty().get();
        if (services == null
                || shellViewModel.phaseProperty().get() != ShellViewModel.Phase.READY) {
            return;
        }
        for (String argument : arguments) {
            Path file = Path.of(argument);
            if (argument.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                importCompounds(services, file);
            } else {
                Dialogs.showError(stage, new UserError("window.unknownFile", argument), logFile);
            }
        }
    }

    /** Handles the arguments of the first start once the office is open. */
    public void receiveWhenReady(List<String> arguments) {
        if (shellViewModel.phaseProperty().get() == ShellViewModel.Phase.READY) {
            receive(arguments);
            return;
        }
        shellViewModel
                .phaseProperty()
                .addListener(
                        new ChangeListener<>() {
                            @Override
                            public void changed(
                                    ObservableValue<? extends ShellViewModel.Phase> obs,
                                    ShellViewModel.Phase old,
                                    ShellViewModel.Phase now) {
                                if (now == ShellViewModel.Phase.READY) {
                                    obs.removeListener(this);
                                    receive(arguments);
                                }
                            }
                        });
    }

    /** A CSV file handed over by a second start: preview, confirm, import. */
    private void importCompounds(Services services, Path file) {
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.previewImport"),
                                p -> services.imports().preview(services.compoundImport(), file))
                        .onSuccess(
                                plan -> {
                                    ImportPreviewDialog.Choice choice =
                                            ImportPreviewDialog.show(
                                                    stage,
                                                    I18n.text("import.compounds.title"),
                                                    plan);
                                    if (choice != ImportPreviewDialog.Choice.CANCEL) {
                                        ImportOptions options =
                                                choice == ImportPreviewDialog.Choice.VALID_ONLY
                                                        ? ImportOptions.SKIP_INVALID
                                                        : ImportOptions.ALL_OR_NOTHING;
                                        tasks.execute(
                                                BackgroundTask.of(
                                                                I18n.text("task.import"),
                                                                p ->
                                                                        services.imports()
                                                                                .run(
                                                                                        services
                                                                                                .compoundImport(),
                                                                                        file,
                                                                                        options,
                                                                                        Progresses
                                                                                                .of(
                                                                                                        p)))
                                                        .cancellable()
                                                        .onSuccess(
                                                                result -> {
                                                                    shell.refresh();
                                                                    Dialogs.showInfo(
                                                                            stage,
                                                                            result.applied()
                                                                                    ? I18n.text(
                                                                                            "import.done",
                                                                                            I18n
                                                                                                    .text(
                                                                                                            "import.kind.COMPOUNDS"),
                                                                                            ImportTexts
                                                                                                    .summary(
                                                                                                            result
                                                                                                                    .plan(),
                                                                                                            true))
                                                                                    : ImportTexts
                                                                                            .summary(
                                                                                                    result
                                                                                                            .plan()));
                                                                }));
                                    }
                                }));
    }

    /** Shows an error that escaped every handler, with the log file's path. */
    public void showUncaught(Throwable error) {
        Dialogs.showError(stage, error, logFile);
    }

    public static String appName() {
        return I18n.text("app.name");
    }
}
