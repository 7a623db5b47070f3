package org.branchdesk.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * A bare JavaFX window, the yardstick of {@code bench startup}: BranchDesk may take at most
 * twice as long as this to show its window.
 */
public final class BareWindow extends Application {
    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("BranchDesk")), 1180, 760));
        stage.setOnShown(e -> Platform.runLater(() -> {
            System.out.println(Launcher.SHOWN);
            System.out.flush();
            Runtime.getRuntime().halt(0);
        }));
        stage.show();
    }

    public static void main(String[] args) {
        launch(args);
    }
}
