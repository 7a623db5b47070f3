package org.branchdesk.ui.leadership;

import java.io.File;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.branchdesk.ui.common.PageImages;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A small dialog for one of leadership's notices: 草稿预览 or 签发, a glance at the first page, then save
 * as PDF, open in the system's viewer or print. What may be done comes from {@link
 * LeadershipNoticeViewModel}; a refusal shows in Chinese over the dialog, news of a step done in
 * the dialog's own status line.
 */
final class LeadershipNoticeDialog {
    /** The first page's place: A4 upright. */
    private static final double PAGE_WIDTH = 240;

    private static final double PAGE_HEIGHT = 340;

    private LeadershipNoticeDialog() {}

    static void show(Window owner, LeadershipNoticeViewModel vm) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(vm.title());
        dialog.setHeaderText(I18n.text("leaderNotice.header", vm.title(), vm.what()));
        dialog.getDialogPane().setId("leaderNoticeDialog");
        dialog.getDialogPane()
                .getButtonTypes()
                .setAll(
                        new ButtonType(
                                I18n.text("leaderNotice.close"),
                                ButtonBar.ButtonData.CANCEL_CLOSE));

        DatePicker signedOn = new DatePicker();
        signedOn.setId("noticeSignedOn");
        signedOn.setPromptText(I18n.text("leaderNotice.signedOn.prompt"));
        signedOn.valueProperty().bindBidirectional(vm.signedOnProperty());

        Button preview = button("noticePreview", "leaderNotice.preview", "mdmz-visibility");
        preview.disableProperty().bind(vm.canPreviewProperty().not());
        preview.setOnAction(e -> vm.preview());
        Button issue = button("noticeIssue", "leaderNotice.issue", "mdal-assignment_turned_in");
        issue.disableProperty().bind(vm.canIssueProperty().not());
        issue.setOnAction(e -> vm.issue());
        // a disabled button shows no tooltip of its own: a wrapper around it does
        Label issueWrapper = new Label(null, issue);
        Tooltip why = new Tooltip();
        why.textProperty().bind(vm.issueBlockedProperty());
        issueWrapper
                .tooltipProperty()
                .bind(
                        Bindings.when(vm.issueBlockedProperty().isEmpty())
                                .then((Tooltip) null)
                                .otherwise(why));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("noticeBusy");
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(vm.busyProperty());

        Label shown = new Label();
        shown.setId("noticeLabel");
        shown.setWrapText(true);
        shown.setMaxWidth(480);
        shown.getStyleClass().add("title-4");
        shown.textProperty()
                .bind(
                        Bindings.when(vm.currentProperty().isNull())
                                .then(I18n.text("leaderNotice.empty"))
                                .otherwise(vm.labelProperty()));
        ImageView page = new ImageView();
        page.setId("noticePage");
        page.setPreserveRatio(true);
        page.setFitWidth(PAGE_WIDTH);
        page.setFitHeight(PAGE_HEIGHT);
        // the page has its place from the start, so the dialog does not grow under the clerk
        StackPane pageBox = new StackPane(page);
        pageBox.setMinSize(PAGE_WIDTH, PAGE_HEIGHT);
        pageBox.setPrefSize(PAGE_WIDTH, PAGE_HEIGHT);
        // a dialog's scene has no branchdesk.css, only the theme: its colours come inline
        pageBox.setStyle(
                "-fx-border-color: -color-border-default; -fx-background-color: -color-bg-subtle;");
        vm.firstPageProperty().addListener((o, a, img) -> page.setImage(PageImages.of(img)));

        TextField saveTo = new TextField();
        saveTo.setId("noticeSaveTo");
        saveTo.setPrefColumnCount(26);
        saveTo.textProperty().bindBidirectional(vm.saveToProperty());
        HBox.setHgrow(saveTo, Priority.ALWAYS);
        Button browse = new Button(I18n.text("leaderNotice.browse"));
        browse.setId("noticeBrowse");
        browse.setMinWidth(Region.USE_PREF_SIZE);
        browse.setOnAction(e -> browse(dialog, vm));
        Button save = button("noticeSave", "leaderNotice.save", "mdmz-save_alt");
        save.disableProperty().bind(vm.canSaveProperty().not());
        save.setOnAction(e -> vm.save());
        Button open = button("noticeOpen", "documents.open", "mdmz-open_in_new");
        open.disableProperty().bind(vm.canOutputProperty().not());
        open.setOnAction(e -> vm.openExternally());
        Button print = button("noticePrint", "documents.print", "mdmz-print");
        print.disableProperty().bind(vm.canOutputProperty().not());
        print.setOnAction(e -> vm.print());

        Label status = new Label();
        status.setId("noticeStatus");
        status.setWrapText(true);
        status.setMaxWidth(480);
        status.getStyleClass().add("text-muted");

        GridPane grid = Dialogs.form();
        grid.addRow(0, fieldLabel("leaderNotice.signedOn"), signedOn);
        grid.add(new HBox(8, preview, issueWrapper, busy), 1, 1);
        grid.add(shown, 0, 2, 2, 1);
        grid.addRow(3, fieldLabel("leaderNotice.saveTo"), new HBox(6, saveTo, browse));
        grid.add(new HBox(8, save, open, print), 1, 4);
        grid.add(status, 0, 5, 2, 1);
        dialog.getDialogPane().setContent(new HBox(16, grid, pageBox));
        dialog.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);

        vm.noticeProperty()
                .addListener(
                        (o, a, now) -> {
                            if (now == null || now.isEmpty()) {
                                return;
                            }
                            if (now.kind() == Notice.Kind.FAILURE) {
                                Dialogs.showRefusal(
                                        dialog.getDialogPane().getScene().getWindow(), now.text());
                                status.setText("");
                            } else {
                                status.setText(now.text());
                            }
                            vm.clearNotice();
                        });
        dialog.initOwner(owner);
        dialog.setResizable(true);
        dialog.showAndWait();
    }

    private static void browse(Dialog<?> dialog, LeadershipNoticeViewModel vm) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.text("leaderNotice.save"));
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(I18n.text("file.filter.pdf"), "*.pdf"));
        String now = vm.saveToProperty().get();
        if (now != null && !now.isBlank()) {
            try {
                Path p = Path.of(now.trim());
                if (p.getParent() != null) {
                    chooser.setInitialDirectory(p.getParent().toFile());
                }
                if (p.getFileName() != null) {
                    chooser.setInitialFileName(p.getFileName().toString());
                }
            } catch (java.nio.file.InvalidPathException e) {
                // the clerk typed something that is no path: the chooser starts where it likes
            }
        }
        File file = chooser.showSaveDialog(dialog.getDialogPane().getScene().getWindow());
        if (file != null) {
            vm.saveToProperty().set(file.getPath());
        }
    }

    private static Button button(String id, String key, String icon) {
        Button b = new Button(I18n.text(key), new FontIcon(icon));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private static Label fieldLabel(String key) {
        Label l = new Label(I18n.text(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
