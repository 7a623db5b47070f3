package org.branchdesk.ui.importing;

import java.io.File;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.FileChooser;
import org.branchdesk.service.importing.ImportKind;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.I18n;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * An import menu for a screen's toolbar: import a sheet of each of the given registers (with the
 * preview), and write each one's template.
 */
public final class SheetImportView {
    private final SheetImportViewModel viewModel;
    private final MenuButton button;

    public SheetImportView(SheetImportViewModel viewModel, ImportKind... kinds) {
        this.viewModel = viewModel;
        this.button = new MenuButton(I18n.text("import.menu"), new FontIcon("mdal-cloud_upload"));
        for (ImportKind k : kinds) {
            MenuItem item =
                    new MenuItem(
                            I18n.text("import.menu.file", I18n.text("import.kind." + k.name())));
            item.setOnAction(e -> choose(k));
            button.getItems().add(item);
        }
        button.getItems().add(new SeparatorMenuItem());
        for (ImportKind k : kinds) {
            MenuItem item =
                    new MenuItem(
                            I18n.text(
                                    "import.menu.template", I18n.text("import.kind." + k.name())));
            item.setOnAction(
                    e ->
                            Dialogs.chooseXlsx(
                                            button.getScene().getWindow(),
                                            item.getText(),
                                            I18n.text(
                                                    "import.templateName",
                                                    I18n.text("import.kind." + k.name())))
                                    .ifPresent(path -> viewModel.writeTemplate(k, path)));
            button.getItems().add(item);
        }
        viewModel
                .pendingProperty()
                .addListener(
                        (o, a, p) -> {
                            if (p != null) {
                                String title =
                                        I18n.text(
                                                "import.menu.file",
                                                I18n.text("import.kind." + p.kind().name()));
                                switch (ImportPreviewDialog.show(
                                        button.getScene().getWindow(), title, p.plan())) {
                                    case IMPORT -> viewModel.confirm(false);
                                    case VALID_ONLY -> viewModel.confirm(true);
                                    default -> viewModel.cancel();
                                }
                            }
                        });
        Dialogs.showNotices(viewModel.noticeProperty(), viewModel::clearNotice, button);
    }

    /** The menu button, for a toolbar. */
    public Node node() {
        return button;
    }

    private void choose(ImportKind kind) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.text("import.menu.file", I18n.text("import.kind." + kind.name())));
        chooser.getExtensionFilters()
                .add(
                        new FileChooser.ExtensionFilter(
                                I18n.text("file.filter.sheets"), "*.xlsx", "*.xls", "*.csv"));
        File file = chooser.showOpenDialog(button.getScene().getWindow());
        if (file != null) {
            viewModel.preview(kind, file.toPath());
        }
    }
}
