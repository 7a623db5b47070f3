package org.branchdesk.ui.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** What the status bar shows of the running task: title, progress and a way to cancel. */
public final class TaskStatus {
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final BooleanProperty cancellable = new SimpleBooleanProperty(false);
    private final ObjectProperty<Runnable> cancel = new SimpleObjectProperty<>(() -> {});

    public BooleanProperty runningProperty() {
        return running;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public BooleanProperty cancellableProperty() {
        return cancellable;
    }

    public ObjectProperty<Runnable> cancelProperty() {
        return cancel;
    }

    public void cancel() {
        cancel.get().run();
    }
}
