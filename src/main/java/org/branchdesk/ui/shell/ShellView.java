package org.branchdesk.ui.shell;

import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.branchdesk.service.Services;
import org.branchdesk.ui.common.Fxml;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.TaskExecutor;
import org.branchdesk.ui.common.TaskStatus;
import org.branchdesk.ui.coverage.CoverageView;
import org.branchdesk.ui.coverage.CoverageViewModel;
import org.branchdesk.ui.firstrun.FirstRunView;
import org.branchdesk.ui.members.MembersView;
import org.branchdesk.ui.members.MembersViewModel;
import org.branchdesk.ui.firstrun.FirstRunViewModel;
import org.branchdesk.domain.members.Registration;
import org.branchdesk.service.coverage.CoverageService;
import org.branchdesk.ui.surveys.CompoundsView;
import org.branchdesk.ui.surveys.CompoundsViewModel;
import org.branchdesk.ui.dashboard.DashboardView;
import org.branchdesk.ui.dashboard.DashboardViewModel;
import org.branchdesk.ui.orgs.OrgsView;
import org.branchdesk.ui.orgs.OrgsViewModel;
import org.branchdesk.ui.places.PlacesView;
import org.branchdesk.ui.places.PlacesViewModel;

/** The main window's frame: sidebar, content area and status bar. */
public final class ShellView {
    private final ShellViewModel viewModel;
    private final TaskExecutor tasks;
    private final Parent root;
    private PlacesView orgTreeView;
    private PlacesViewModel orgTreeViewModel;
    private CompoundsView compoundsView;
    private CompoundsViewModel compoundsViewModel;
    private DashboardView dashboardView;
    private DashboardViewModel dashboardViewModel;
    private OrgsView orgsView;
    private OrgsViewModel orgsViewModel;
    private MembersView membersView;
    private MembersViewModel membersViewModel;
    private CoverageView coverageView;
    private CoverageViewModel coverageViewModel;
    private final ToggleGroup navigation = new ToggleGroup();

    @FXML
    private VBox sidebar;
    @FXML
    private StackPane content;
    @FXML
    private ToggleButton navOrgTree;
    @FXML
    private ToggleButton navOrgs;
    @FXML
    private ToggleButton navDashboard;
    @FXML
    private ToggleButton navDocuments;
    private org.branchdesk.ui.documents.DocumentsView documentsView;
    private org.branchdesk.ui.documents.DocumentsViewModel documentsViewModel;
    @FXML
    private ToggleButton navCompounds;
    @FXML
    private ToggleButton navMembers;
    @FXML
    private ToggleButton navCoverage;
    @FXML
    private ToggleButton navAccounts;
    @FXML
    private Label accountLabel;
    private org.branchdesk.ui.accounts.AccountsView accountsView;
    private org.branchdesk.ui.accounts.AccountsViewModel accountsViewModel;
    @FXML
    private Label officeLabel;
    @FXML
    private Label dataFileLabel;
    @FXML
    private Label lastBackupLabel;
    @FXML
    private Label taskLabel;
    @FXML
    private ProgressBar taskProgress;
    @FXML
    private Button cancelTask;

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
        cancelTask.visibleProperty().bind(status.runningProperty().and(status.cancellableProperty()));
        cancelTask.managedProperty().bind(cancelTask.visibleProperty());
        for (ToggleButton b : new ToggleButton[] {navOrgTree, navCompounds, navOrgs, navMembers, navCoverage,
            navDocuments, navDashboard, navAccounts}) {
            b.setToggleGroup(navigation);
        }
        navigation.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one screen is always shown
            } else {
                showScreen();
            }
        });
        viewModel.phaseProperty().addListener((obs, old, now) -> showPhase(now));
        org.branchdesk.ui.common.Dialogs.showNotices(viewModel.noticeProperty(), viewModel::clearNotice, root);
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
                org.branchdesk.ui.signin.SignInView view = new org.branchdesk.ui.signin.SignInView(
                        signInModel());
                content.getChildren().setAll(view.root());
                javafx.application.Platform.runLater(view::focus);
            }
            case RECOVERY_CODE -> content.getChildren().setAll(new org.branchdesk.ui.signin.RecoveryCodeView(
                    viewModel.recoveryCodeProperty().get(), viewModel.convertedTextProperty().get(),
                    viewModel::recoveryCodeNoted).root());
            case FIRST_RUN -> {
                FirstRunView view = new FirstRunView(new FirstRunViewModel(services, tasks, viewModel::officeCreated));
                content.getChildren().setAll(view.root());
                view.focus();
            }
            case READY -> {
                orgTreeViewModel = new PlacesViewModel(services.places(), tasks);
                orgTreeView = new PlacesView(orgTreeViewModel);
                compoundsViewModel = new CompoundsViewModel(services.surveys(), services.places(), services.office(),
                        tasks,
                        services.office().clock());
                compoundsView = new CompoundsView(compoundsViewModel,
                        new org.branchdesk.ui.surveys.BuildingsViewModel(services.households(), tasks));
                orgsViewModel = new OrgsViewModel(services.orgs(), tasks, services.office().clock());
                orgsView = new OrgsView(orgsViewModel);
                documentsViewModel = new org.branchdesk.ui.documents.DocumentsViewModel(services.documents(),
                        services.places(), services.office(), tasks, new org.branchdesk.ui.documents.SystemDesk(), scratchFolder());
                documentsView = new org.branchdesk.ui.documents.DocumentsView(documentsViewModel);
                org.branchdesk.ui.importing.SheetImportViewModel sheets =
                        new org.branchdesk.ui.importing.SheetImportViewModel(services.imports(), services::importer, tasks,
                                this::refresh);
                if (services.actor().may(org.branchdesk.domain.accounts.Permission.EDIT)) {
                    compoundsView.addTool(new org.branchdesk.ui.importing.SheetImportView(sheets,
                            org.branchdesk.service.importing.ImportKind.COMPOUNDS,
                            org.branchdesk.service.importing.ImportKind.SURVEY_ITEMS,
                            org.branchdesk.service.importing.ImportKind.HOUSEHOLDS).node());
                    orgsView.addTool(new org.branchdesk.ui.importing.SheetImportView(sheets,
                            org.branchdesk.service.importing.ImportKind.ORGANIZATIONS).node());
                }
                membersViewModel = new MembersViewModel(services.members(), services.imports(), services.memberImport(), tasks);
                membersView = new MembersView(membersViewModel);
                coverageViewModel = new CoverageViewModel(services.coverage(), tasks);
                coverageView = new CoverageView(coverageViewModel);
                dashboardViewModel = new DashboardViewModel(services.coverage(), services.privacy(), tasks,
                        new DashboardViewModel.Navigator() {
                    @Override
                    public void showCoverage(CoverageService.Filter filter, String community) {
                        coverageViewModel.filterProperty().set(filter);
                        coverageViewModel.communityProperty().set(community);
                        navCoverage.setSelected(true);
                    }

                    @Override
                    public void showMembers(Registration registration) {
                        membersViewModel.textProperty().set("");
                        membersViewModel.standingProperty().set(null);
                        membersViewModel.presenceProperty().set(null);
                        membersViewModel.registrationProperty().set(registration);
                        navMembers.setSelected(true);
                    }
                });
                dashboardView = new DashboardView(dashboardViewModel);
                accountsViewModel = services.accounts() == null ? null
                        : new org.branchdesk.ui.accounts.AccountsViewModel(services.accounts(), services.privacy(),
                                services.backups(), tasks, viewModel::showBackup, viewModel::restore);
                accountsView = accountsViewModel == null ? null
                        : new org.branchdesk.ui.accounts.AccountsView(accountsViewModel);
                navAccounts.setVisible(accountsView != null);
                navAccounts.setManaged(accountsView != null);
                if (accountsViewModel != null) {
                    // A password an administrator set is changed before anything else is done.
                    for (ToggleButton b : new ToggleButton[] {navOrgTree, navCompounds, navOrgs, navMembers,
                        navCoverage, navDocuments, navDashboard}) {
                        b.disableProperty().bind(accountsViewModel.mustChangePasswordProperty());
                    }
                }

                if (accountsView != null && services.accounts().mustChangePassword()) {
                    navAccounts.setSelected(true); // a password an administrator gave: change it first
                } else {
                    navOrgTree.setSelected(true);
                }
                showScreen();
            }
            case FAILED -> content.getChildren().setAll(message(I18n.text("shell.failed",
                    viewModel.failureProperty().get(), viewModel.dataDir().resolve("logs")), false));
            default -> throw new IllegalStateException(phase.name());
        }
    }

    private org.branchdesk.ui.signin.SignInViewModel signInModel() {
        org.branchdesk.ui.signin.SignInViewModel vm = new org.branchdesk.ui.signin.SignInViewModel(viewModel.access(),
                viewModel.accessStateProperty().get(), tasks, viewModel::opened);
        vm.showError(viewModel.takeSignInError());
        return vm;
    }

    /** Shows the screen chosen in the sidebar, with fresh data. */
    private void showScreen() {
        if (orgTreeView == null) {
            return;
        }
        Toggle chosen = navigation.getSelectedToggle();
        if (chosen == navCompounds) {
            content.getChildren().setAll(compoundsView.root());
            compoundsViewModel.reload();
        } else if (chosen == navDashboard) {
            content.getChildren().setAll(dashboardView.root());
            dashboardViewModel.reload();
        } else if (chosen == navOrgs) {
            content.getChildren().setAll(orgsView.root());
            orgsViewModel.reload();
        } else if (chosen == navMembers) {
            content.getChildren().setAll(membersView.root());
            membersViewModel.search();
            membersViewModel.loadChoices();
        } else if (chosen == navCoverage) {
            content.getChildren().setAll(coverageView.root());
            coverageViewModel.reload();
        } else if (chosen == navAccounts && accountsView != null) {
            content.getChildren().setAll(accountsView.root());
            accountsViewModel.reload();
        } else if (chosen == navDocuments) {
            content.getChildren().setAll(documentsView.root());
            documentsViewModel.reload();
        } else {
            content.getChildren().setAll(orgTreeView.root());
            orgTreeViewModel.reload();
        }
        Services services = viewModel.servicesProperty().get();
        if (services != null && !content.getChildren().isEmpty()) {
            content.applyCss(); // builds the skins, so that the buttons inside tabs are found too
            ReadOnlyMode.apply(services.actor(), (Parent) content.getChildren().get(0));
        }
    }

    /** A folder for this session's previews and printouts, removed when the process ends. */
    private static java.nio.file.Path scratchFolder() {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("branchdesk-documents");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try (var files = java.nio.file.Files.list(dir)) {
                    files.forEach(f -> f.toFile().delete());
                } catch (java.io.IOException e) {
                    // a locked file stays in the temporary folder; the system clears it
                }
                dir.toFile().delete();
            }, "documents-cleanup"));
            return dir;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
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
}
