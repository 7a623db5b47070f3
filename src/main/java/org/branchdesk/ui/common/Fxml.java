package org.branchdesk.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads a View's FXML (named like the View, beside it) with the View as its controller. */
public final class Fxml {
    private Fxml() {}

    public static <T extends Parent> T load(Object view, String name) {
        URL url = view.getClass().getResource(name);
        if (url == null) {
            throw new IllegalStateException(
                    "missing FXML " + name + " beside " + view.getClass().getName());
        }
        FXMLLoader loader = new FXMLLoader(url, I18n.bundle());
        loader.setController(view);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
