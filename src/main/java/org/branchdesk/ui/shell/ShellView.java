package org.branchdesk.ui.shell;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.branchdesk.service.Services;
import org.branchdesk.ui.accounts.AccountsViewModel;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.Fxml;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.TaskExecutor;
import org.branchdesk.ui.common.TaskStatus;
import org.branchdesk.ui.firstrun.FirstRunView;
import org.branchdesk.ui.firstrun.FirstRunViewModel;
import org.branchdesk.ui.signin.RecoveryCodeView;
import org.branchdesk.ui.signin.SignInView;
import org.branchdesk.ui.signin.SignInViewModel;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window's frame: sidebar, content area and status bar. The sidebar lists the {@link
 * Screens} the account may see; each screen is built once the office is open.
 */
public final class ShellView {
    private final ShellViewModel viewModel;
    private final TaskExecutor tasks;
    private final Parent root;
    private final ToggleGroup navigation = new ToggleGroup();

    /** The buttons of the sidebar, by navigation key, in order. */
    private final Map<String, ToggleButton> buttons = new LinkedHashMap<>();

    /** The screens of the open office, by navigation key. */
    private final Map<String, Screen> screens = new LinkedHashMap<>();

    @FXML private VBox sidebar;
    @FXML private StackPane content;
    @FXML private Label accountLabel;
    @FXML private Label officeLabel;
    @FXML private Label dataFileLabel;
    @FXML private Label lastBackupLabel;
    @FXML private Label taskLabel;
    @FXML private ProgressBar taskProgress;
    @FXML private Button cancelTask;

    private final TaskStatus status;

    public ShellView(ShellViewModel viewModel, TaskExecutor tasks, TaskStatus status) {
        this.viewModel = viewModel;
        this.tasks = tasks;
        this.status = status;
        this.root = Fxml.load(this, "Shell.fxml");
        officeLabel.textProperty().bind(viewModel.officeTextProperty());
        dataFileLabel.textProperty().bind(viewModel.dataFileTextProperty());
        lastBackupLabel.textProperty().bind(viewModel.lastBackupTextProperty());
        lastBackupLabel.visibleProperty().bind(viewModel.lastBackupTextProperty().isNotEmpty());
        accountLabel.textProperty().bind(viewModel.accountTextProperty());
        accountLabel.visibleProperty().bind(viewModel.accountTextProperty().isNotEmpty());
        taskLabel.textProperty().bind(status.messageProperty());
        taskProgress.progressProperty().bind(status.progressProperty());
        taskProgress.visibleProperty().bind(status.runningProperty());
        cancelTask
                .visibleProperty()
                .bind(status.runningProperty().and(status.cancellableProperty()));
        cancelTask.managedProperty().bind(cancelTask.visibleProperty());
        for (ScreenEntry e : Screens.all()) {
            ToggleButton b = new ToggleButton(I18n.text("nav." + e.key()));
            b.setId(e.buttonId());
            b.setGraphic(new FontIcon(e.icon()));
            ((FontIcon) b.getGraphic()).setIconSize(18);
            b.setMaxWidth(Double.MAX_VALUE);
            b.getStyleClass().add("nav-button");
            b.setToggleGroup(navigation);
            b.setUserData(e.key());
            sidebar.getChildren().add(b);
            buttons.put(e.key(), b);
        }
        navigation
                .selectedToggleProperty()
                .addListener(
                        (obs, old, now) -> {
                            if (now == null && old != null) {
                                old.setSelected(true); // one screen is always shown
                            } else {
                                showScreen();
                            }
                        });
        viewModel.phaseProperty().addListener((obs, old, now) -> showPhase(now));
        Dialogs.showNotices(viewModel.noticeProperty(), viewModel::clearNotice, root);
        showPhase(viewModel.phaseProperty().get());
    }

    public Parent root() {
        return root;
    }

    private void showPhase(ShellViewModel.Phase phase) {
        Services services = viewModel.servicesProperty().get();
        sidebar.setDisable(phase != ShellViewModel.Phase.READY);
        switch (phase) {
            case OPENING -> content.getChildren().setAll(message(I18n.text("shell.opening"), true));
            case SIGN_IN, SET_UP -> {
                SignInView view = new SignInView(signInModel());
                content.getChildren().setAll(view.root());
                Platform.runLater(view::focus);
            }
            case RECOVERY_CODE ->
                    content.getChildren()
                            .setAll(
                                    new RecoveryCodeView(
                                                    viewModel.recoveryCodeProperty().get(),
                                                    viewModel.convertedTextProperty().get(),
                                                    viewModel::recoveryCodeNoted)
                                            .root());
            case FIRST_RUN -> {
                FirstRunView view =
                        new FirstRunView(
                                new FirstRunViewModel(services, tasks, viewModel::officeCreated));
                content.getChildren().setAll(view.root());
                view.focus();
            }
            case READY -> open(services);
            case FAILED ->
                    content.getChildren()
                            .setAll(
                                    message(
                                            I18n.text(
                                                    "shell.failed",
                                                    viewModel.failureProperty().get(),
                                                    viewModel.dataDir().resolve("logs")),
                                            false));
            default -> throw new IllegalStateException(phase.name());
        }
    }

    /** Builds the screens the account may see and shows the first (or the password form). */
    private void open(Services services) {
        screens.clear();
        ScreenContext context = new Context(services);
        for (ScreenEntry e : Screens.all()) {
            boolean allowed = e.shownTo() == null || services.actor().may(e.shownTo());
            Screen screen = allowed ? e.factory().apply(context) : null;
            ToggleButton b = buttons.get(e.key());
            b.setVisible(screen != null);
            b.setManaged(screen != null);
            if (screen != null) {
                screens.put(e.key(), screen);
            }
        }
        Screen accounts = screens.get("accounts");
        boolean mustChange = accounts != null && services.accounts().mustChangePassword();
        if (accounts != null) {
            // A password an administrator set is changed before anything else is done.
            AccountsViewModel vm = (AccountsViewModel) accounts.viewModel();
            buttons.forEach(
                    (key, b) -> {
                        if (!key.equals("accounts")) {
                            b.disableProperty().bind(vm.mustChangePasswordProperty());
                        }
                    });
        }
        ToggleButton first =
                buttons.get(mustChange ? "accounts" : screens.keySet().iterator().next());
        if (first.isSelected()) {
            showScreen();
        } else {
            first.setSelected(true);
        }
    }

    private SignInViewModel signInModel() {
        SignInViewModel vm =
                new SignInViewModel(
                        viewModel.access(),
                        viewModel.accessStateProperty().get(),
                        tasks,
                        viewModel::opened);
        vm.showError(viewModel.takeSignInError());
        return vm;
    }

    /** Shows the screen chosen in the sidebar, with fresh data. */
    private void showScreen() {
        if (screens.isEmpty() || navigation.getSelectedToggle() == null) {
            return;
        }
        Screen screen = screens.get((String) navigation.getSelectedToggle().getUserData());
        if (screen == null) {
            return;
        }
        content.getChildren().setAll(screen.root());
        screen.onShow().run();
        Services services = viewModel.servicesProperty().get();
        if (services != null) {
            content.applyCss(); // builds the skins, so that the buttons inside tabs are found too
            ReadOnlyMode.apply(services.actor(), screen.root());
        }
    }

    /** Reloads what the current screen shows (after another window handed over a change). */
    public void refresh() {
        showScreen();
    }

    private static Parent message(String text, boolean busy) {
        VBox box = new VBox(14);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("opening-pane");
        if (busy) {
            ProgressIndicator p = new ProgressIndicator();
            p.setMaxSize(48, 48);
            box.getChildren().add(p);
        }
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(560);
        box.getChildren().add(label);
        return box;
    }

    @FXML
    private void cancelTask() {
        status.cancel();
    }

    /** What the screens' factories get from the shell. */
    private final class Context implements ScreenContext {
        private final Services services;

        Context(Services services) {
            this.services = services;
        }

        @Override
        public Services services() {
            return services;
        }

        @Override
        public TaskExecutor tasks() {
            return tasks;
        }

        @Override
        public ShellViewModel shell() {
            return viewModel;
        }

        @Override
        public void refresh() {
            ShellView.this.refresh();
        }

        @Override
        public <M> void show(String key, Class<M> type, Consumer<M> prepare) {
            Screen screen = screens.get(key);
            if (screen != null && type.isInstance(screen.viewModel())) {
                prepare.accept(type.cast(screen.viewModel()));
                ToggleButton b = buttons.get(key);
                if (b.isSelected()) {
                    showScreen();
                } else {
                    b.setSelected(true);
                }
            }
        }
    }
}
