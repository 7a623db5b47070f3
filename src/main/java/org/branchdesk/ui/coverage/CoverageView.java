package org.branchdesk.ui.coverage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.util.StringConverter;
import org.branchdesk.domain.orgs.BranchRules;
import org.branchdesk.service.coverage.CoverageService;
import org.branchdesk.service.coverage.CoverageService.Line;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.Fxml;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Tables;

/** The coverage of compounds by branches, with the rules' suggestions. */
public final class CoverageView {
    private final CoverageViewModel viewModel;
    private final Parent root;

    @FXML private ComboBox<CoverageService.Filter> filterBox;
    @FXML private TableView<Line> table;
    @FXML private TableColumn<Line, String> communityCol;
    @FXML private TableColumn<Line, String> compoundCol;
    @FXML private TableColumn<Line, String> eligibleCol;
    @FXML private TableColumn<Line, String> statusCol;
    @FXML private TableColumn<Line, String> ownerlessCol;
    @FXML private TableColumn<Line, String> suggestionCol;
    @FXML private TableColumn<Line, String> fourClearCol;
    @FXML private TableColumn<Line, String> openItemsCol;
    @FXML private Label summaryLabel;
    @FXML private ComboBox<String> communityBox;

    public CoverageView(CoverageViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = Fxml.load(this, "Coverage.fxml");
        filterBox.getItems().setAll(CoverageService.Filter.values());
        StringConverter<CoverageService.Filter> converter =
                Tables.converter(
                        (CoverageService.Filter f) ->
                                f == null ? "" : I18n.text("coverage.filter." + f.name()));
        filterBox.setConverter(converter);
        filterBox.setButtonCell(
                new ListCell<>() {
                    @Override
                    protected void updateItem(CoverageService.Filter item, boolean empty) {
                        super.updateItem(item, empty);
                        setText(empty ? null : converter.toString(item));
                    }
                });
        filterBox.valueProperty().bindBidirectional(viewModel.filterProperty());
        communityBox.getItems().setAll(Collections.singletonList(null));
        viewModel
                .communities()
                .addListener(
                        (ListChangeListener<String>)
                                c -> {
                                    String keep = viewModel.communityProperty().get();
                                    List<String> items = new ArrayList<>();
                                    items.add(null);
                                    items.addAll(viewModel.communities());
                                    communityBox.getItems().setAll(items);
                                    communityBox.setValue(keep);
                                });
        StringConverter<String> names =
                Tables.converter(
                        (String s) -> s == null ? I18n.text("coverage.allCommunities") : s);
        communityBox.setConverter(names);
        communityBox.setButtonCell(
                new ListCell<>() {
                    @Override
                    protected void updateItem(String item, boolean empty) {
                        super.updateItem(item, empty);
                        setText(empty ? null : names.toString(item));
                    }
                });
        communityBox.valueProperty().bindBidirectional(viewModel.communityProperty());
        Tables.text(communityCol, Line::community);
        Tables.text(compoundCol, Line::compound);
        Tables.text(eligibleCol, l -> Integer.toString(l.eligibleFullMembers()));
        Tables.text(
                statusCol,
                l ->
                        l.branch() == null
                                ? I18n.text("coverage." + l.coverage().name())
                                : I18n.text(
                                        "format.withName",
                                        I18n.text("coverage." + l.coverage().name()),
                                        l.branch()));
        Tables.text(ownerlessCol, l -> l.ownerless() ? I18n.text("value.yes") : "");
        Tables.text(suggestionCol, l -> I18n.text(l.suggestion().key()));
        Tables.text(fourClearCol, l -> l.fourClear() ? I18n.text("value.check") : "");
        Tables.text(openItemsCol, l -> l.openItems() == 0 ? "" : Integer.toString(l.openItems()));
        table.setItems(viewModel.lines());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(
                t ->
                        new TableRow<>() {
                            @Override
                            protected void updateItem(Line line, boolean empty) {
                                super.updateItem(line, empty);
                                getStyleClass().remove("needs-branch");
                                if (!empty
                                        && line != null
                                        && line.suggestion()
                                                == BranchRules.Suggestion.SET_UP_REGULAR) {
                                    getStyleClass().add("needs-branch");
                                }
                            }
                        });
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        Dialogs.showNotices(viewModel.noticeProperty(), viewModel::clearNotice, root);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void refresh() {
        viewModel.reload();
    }

    @FXML
    private void exportFile() {
        Dialogs.chooseXlsx(
                        root.getScene().getWindow(),
                        I18n.text("members.export"),
                        I18n.text("nav.coverage") + ".xlsx")
                .ifPresent(viewModel::export);
    }
}
