package org.branchdesk.ui.documents;

import java.io.File;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import org.branchdesk.print.PdfPages;
import org.branchdesk.service.documents.DispatchRegister;
import org.branchdesk.service.documents.DocumentService;
import org.branchdesk.service.documents.LedgerKind;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.Fxml;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.PageImages;
import org.branchdesk.ui.common.Tables;

/** The documents screen: choose, preview, issue, print, save, open; the registers; verification. */
public final class DocumentsView {
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final DocumentsViewModel viewModel;
    private final Parent root;

    @FXML private ListView<DocumentsViewModel.Item> itemList;
    @FXML private GridPane ledgerForm;
    @FXML private GridPane noticeForm;
    @FXML private ComboBox<String> communityBox;
    @FXML private DatePicker asOfPicker;
    @FXML private Label asOfLabel;
    @FXML private ComboBox<String> compoundBox;
    @FXML private Label compoundLabel;
    @FXML private DatePicker weekPicker;
    @FXML private Label weekLabel;
    @FXML private DatePicker fromPicker;
    @FXML private Label fromLabel;
    @FXML private DatePicker toPicker;
    @FXML private Label toLabel;
    @FXML private CheckBox internalBox;
    @FXML private ComboBox<DocumentService.Subject> subjectBox;
    @FXML private DatePicker signedOnPicker;
    @FXML private TextField markField;
    @FXML private Button issueButton;
    @FXML private Label pageLabel;
    @FXML private Label currentLabel;
    @FXML private ImageView pageView;
    @FXML private Label emptyLabel;
    @FXML private ScrollPane scroll;
    @FXML private TableView<DispatchRegister.Entry> registerTable;
    @FXML private TableColumn<DispatchRegister.Entry, String> categoryCol;
    @FXML private TableColumn<DispatchRegister.Entry, String> numberCol;
    @FXML private TableColumn<DispatchRegister.Entry, String> codeCol;
    @FXML private TableColumn<DispatchRegister.Entry, String> titleCol;
    @FXML private TableColumn<DispatchRegister.Entry, String> issuedAtCol;
    @FXML private TableColumn<DispatchRegister.Entry, String> issuedByCol;
    @FXML private TableColumn<DispatchRegister.Entry, String> pagesCol;
    @FXML private TableColumn<DispatchRegister.Entry, String> rowsCol;
    @FXML private TableColumn<DispatchRegister.Entry, String> printingsCol;
    @FXML private TextField codeField;
    @FXML private Label verifyResult;

    public DocumentsView(DocumentsViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = Fxml.load(this, "Documents.fxml");
        itemList.getItems().setAll(DocumentsViewModel.Item.values());
        itemList.setCellFactory(
                l ->
                        new ListCell<>() {
                            @Override
                            protected void updateItem(DocumentsViewModel.Item item, boolean empty) {
                                super.updateItem(item, empty);
                                setText(
                                        empty || item == null
                                                ? null
                                                : I18n.text(
                                                        "format.withName",
                                                        I18n.text("documents.item." + item.name()),
                                                        I18n.text(
                                                                item.isNotice()
                                                                        ? "documents.group.notices"
                                                                        : "documents.group.ledgers")));
                            }
                        });
        itemList.getSelectionModel().select(viewModel.itemProperty().get());
        itemList.getSelectionModel()
                .selectedItemProperty()
                .addListener(
                        (o, a, item) -> {
                            if (item != null) {
                                viewModel.itemProperty().set(item);
                            }
                        });
        var notice =
                Bindings.createBooleanBinding(
                        () -> viewModel.itemProperty().get().isNotice(), viewModel.itemProperty());
        ledgerForm.visibleProperty().bind(notice.not());
        ledgerForm.managedProperty().bind(notice.not());
        noticeForm.visibleProperty().bind(notice);
        noticeForm.managedProperty().bind(notice);
        issueButton.visibleProperty().bind(notice);
        issueButton.managedProperty().bind(notice);

        withNone(communityBox, viewModel.communities());
        communityBox.setConverter(
                Tables.converter(
                        (String s) -> s == null ? I18n.text("coverage.allCommunities") : s));
        communityBox.valueProperty().bindBidirectional(viewModel.communityProperty());
        asOfPicker.valueProperty().bindBidirectional(viewModel.asOfProperty());
        withNone(compoundBox, viewModel.compounds()); // none: every compound of the community
        compoundBox.setConverter(
                Tables.converter(
                        (String c) -> c == null ? I18n.text("documents.allCompounds") : c));
        compoundBox.valueProperty().bindBidirectional(viewModel.compoundProperty());
        weekPicker.valueProperty().bindBidirectional(viewModel.weekProperty());
        fromPicker.valueProperty().bindBidirectional(viewModel.fromProperty());
        toPicker.valueProperty().bindBidirectional(viewModel.toProperty());
        // each ledger's own filters, as its kind lists them
        shownFor(LedgerKind.Filter.COMPOUND, compoundLabel, compoundBox);
        shownFor(LedgerKind.Filter.WEEK, weekLabel, weekPicker);
        shownFor(LedgerKind.Filter.PERIOD, fromLabel, fromPicker, toLabel, toPicker);
        shownFor(LedgerKind.Filter.AS_OF, asOfLabel, asOfPicker);
        internalBox.selectedProperty().bindBidirectional(viewModel.internalProperty());
        subjectBox.setItems(viewModel.subjects());
        subjectBox.setConverter(
                Tables.converter(
                        (DocumentService.Subject s) ->
                                s == null
                                        ? ""
                                        : s.issuedNumber() == null
                                                ? s.name()
                                                : I18n.text(
                                                        "format.withName",
                                                        s.name(),
                                                        s.issuedNumber())));
        subjectBox.valueProperty().bindBidirectional(viewModel.subjectProperty());
        subjectBox.setVisibleRowCount(15);
        signedOnPicker.valueProperty().bindBidirectional(viewModel.signedOnProperty());
        markField.textProperty().bindBidirectional(viewModel.issuingMarkProperty());
        markField.setTooltip(new Tooltip(I18n.text("documents.issuingMark.tip")));

        pageLabel
                .textProperty()
                .bind(
                        Bindings.createStringBinding(
                                () ->
                                        viewModel.pagesProperty().get() == 0
                                                ? ""
                                                : I18n.text(
                                                        "documents.pageOf",
                                                        viewModel.pageProperty().get() + 1,
                                                        viewModel.pagesProperty().get()),
                                viewModel.pageProperty(),
                                viewModel.pagesProperty()));
        currentLabel.textProperty().bind(viewModel.currentLabelProperty());
        viewModel.pageImageProperty().addListener((o, a, img) -> show(img));
        emptyLabel.visibleProperty().bind(viewModel.currentProperty().isNull());
        // at the starting zoom a page fits the pane's width; zooming in shows it larger
        pageView.fitWidthProperty()
                .bind(
                        Bindings.createDoubleBinding(
                                () ->
                                        viewModel.zoomProperty().get() == 1.0
                                                ? Math.max(
                                                        200,
                                                        scroll.getViewportBounds().getWidth() - 40)
                                                : 0,
                                viewModel.zoomProperty(),
                                scroll.viewportBoundsProperty()));

        Tables.text(categoryCol, e -> I18n.text("documents.category." + e.category()));
        Tables.text(numberCol, DispatchRegister.Entry::number);
        Tables.text(codeCol, DispatchRegister.Entry::code);
        Tables.text(titleCol, DispatchRegister.Entry::title);
        Tables.text(issuedAtCol, e -> AT.format(e.issuedAt().atZone(viewModel.zone())));
        Tables.text(issuedByCol, DispatchRegister.Entry::issuedBy);
        Tables.text(pagesCol, e -> Integer.toString(e.pages()));
        Tables.text(rowsCol, e -> Integer.toString(e.rows()));
        Tables.text(printingsCol, e -> Integer.toString(e.printings()));
        registerTable.setItems(viewModel.register());

        codeField.textProperty().bindBidirectional(viewModel.codeProperty());
        verifyResult
                .textProperty()
                .bind(
                        Bindings.createStringBinding(
                                () -> viewModel.describe(viewModel.verificationProperty().get()),
                                viewModel.verificationProperty()));
        Dialogs.showNotices(viewModel.noticeProperty(), viewModel::clearNotice, root);
    }

    /** A choice of names, {@code null} (all of them) first, the value kept while listed. */
    private static void withNone(
            ComboBox<String> box, javafx.collections.ObservableList<String> names) {
        box.getItems().add(null);
        names.addListener(
                (ListChangeListener<String>)
                        c -> {
                            String keep = box.getValue();
                            box.getItems().setAll(Collections.singletonList(null));
                            box.getItems().addAll(names);
                            box.setValue(names.contains(keep) ? keep : null);
                        });
    }

    private void shownFor(LedgerKind.Filter f, javafx.scene.Node... nodes) {
        var takes =
                Bindings.createBooleanBinding(
                        () -> viewModel.itemProperty().get().takes(f), viewModel.itemProperty());
        for (javafx.scene.Node n : nodes) {
            n.visibleProperty().bind(takes);
            n.managedProperty().bind(takes);
        }
    }

    public Parent root() {
        return root;
    }

    private void show(PdfPages.Image img) {
        pageView.setImage(PageImages.of(img));
    }

    @FXML
    private void preview() {
        viewModel.preview();
    }

    @FXML
    private void issue() {
        viewModel.issue();
    }

    @FXML
    private void print() {
        viewModel.print();
    }

    @FXML
    private void save() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.text("documents.save"));
        chooser.setInitialFileName(
                I18n.text("documents.item." + viewModel.itemProperty().get().name()) + ".pdf");
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(I18n.text("file.filter.pdf"), "*.pdf"));
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            viewModel.saveAs(file.toPath());
        }
    }

    @FXML
    private void openExternally() {
        viewModel.openExternally();
    }

    @FXML
    private void previousPage() {
        viewModel.previousPage();
    }

    @FXML
    private void nextPage() {
        viewModel.nextPage();
    }

    @FXML
    private void zoomIn() {
        viewModel.zoomIn();
    }

    @FXML
    private void zoomOut() {
        viewModel.zoomOut();
    }

    @FXML
    private void verify() {
        viewModel.verify();
    }
}
