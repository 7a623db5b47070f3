package org.branchdesk.ui.firstrun;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.branchdesk.domain.office.Office;
import org.branchdesk.service.Services;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.TaskExecutor;

/** First run: the clerk names the office, or loads the demo street to try the program out. */
public final class FirstRunViewModel {
    private final Services services;
    private final TaskExecutor tasks;
    private final Consumer<Office> done;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty district = new SimpleStringProperty("");
    private final StringProperty docPrefix = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanBinding canCreate;

    public FirstRunViewModel(Services services, TaskExecutor tasks, Consumer<Office> done) {
        this.services = services;
        this.tasks = tasks;
        this.done = done;
        canCreate =
                Bindings.createBooleanBinding(
                        () -> !busy.get() && !name.get().isBlank(), busy, name);
    }

    /** Creates the office from the form; a refused field shows its message and keeps the form. */
    public void createOffice() {
        if (!canCreate.get()) {
            return;
        }
        String n = name.get();
        String d = district.get();
        String p = docPrefix.get();
        run(
                BackgroundTask.of(
                        I18n.text("task.createOffice"),
                        pr -> services.office().initialize(n, d, p)));
    }

    /** Loads the fictional demo street, office included. */
    public void loadDemo() {
        if (busy.get()) {
            return;
        }
        run(
                BackgroundTask.of(
                        I18n.text("task.loadDemo"), pr -> services.demo().load(0, false).office()));
    }

    private void run(BackgroundTask<Office> task) {
        busy.set(true);
        error.set("");
        tasks.execute(
                task.onSuccess(
                                office -> {
                                    busy.set(false);
                                    done.accept(office);
                                })
                        .onFailure(
                                e -> {
                                    busy.set(false);
                                    error.set(I18n.messageOf(e));
                                }));
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty districtProperty() {
        return district;
    }

    public StringProperty docPrefixProperty() {
        return docPrefix;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanBinding canCreateBinding() {
        return canCreate;
    }
}
