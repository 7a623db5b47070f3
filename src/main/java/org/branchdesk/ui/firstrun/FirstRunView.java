package org.branchdesk.ui.firstrun;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.branchdesk.ui.common.Fxml;

/** The first-run form: the office's name and district, or the demo street. */
public final class FirstRunView {
    private final FirstRunViewModel viewModel;
    private final Parent root;

    @FXML private TextField officeName;
    @FXML private TextField district;
    @FXML private TextField docPrefix;
    @FXML private Label errorLabel;
    @FXML private Button createOffice;
    @FXML private Button loadDemo;

    public FirstRunView(FirstRunViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = Fxml.load(this, "FirstRun.fxml");
        officeName.textProperty().bindBidirectional(viewModel.nameProperty());
        district.textProperty().bindBidirectional(viewModel.districtProperty());
        docPrefix.textProperty().bindBidirectional(viewModel.docPrefixProperty());
        errorLabel.textProperty().bind(viewModel.errorProperty());
        errorLabel.managedProperty().bind(errorLabel.textProperty().isNotEmpty());
        createOffice.disableProperty().bind(viewModel.canCreateBinding().not());
        loadDemo.disableProperty().bind(viewModel.busyProperty());
        officeName.disableProperty().bind(viewModel.busyProperty());
        district.disableProperty().bind(viewModel.busyProperty());
        docPrefix.disableProperty().bind(viewModel.busyProperty());
    }

    public Parent root() {
        return root;
    }

    /** Puts the cursor into the first field once shown. */
    public void focus() {
        officeName.requestFocus();
    }

    @FXML
    private void createOffice() {
        viewModel.createOffice();
    }

    @FXML
    private void loadDemo() {
        viewModel.loadDemo();
    }
}
