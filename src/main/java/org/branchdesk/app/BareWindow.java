package org.branchdesk.app;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * A bare JavaFX window of the same size, started the same way as BranchDesk's: the yardstick of
 * {@code bench startup} (BranchDesk may take at most twice as long to show its window).
 */
public final class BareWindow {
    private BareWindow() {}

    public static void main(String[] args) {
        Platform.startup(
                () -> {
                    Stage stage = new Stage();
                    stage.setScene(new Scene(new StackPane(new Label("BranchDesk")), 1180, 760));
                    stage.setOnShown(
                            e ->
                                    Platform.runLater(
                                            () -> {
                                                System.out.println(Launcher.SHOWN);
                                                System.out.flush();
                                                Runtime.getRuntime().halt(0);
                                            }));
                    stage.show();
                });
    }
}
