package org.branchdesk.ui.care;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.branchdesk.domain.care.Fund;
import org.branchdesk.domain.care.FundSource;
import org.branchdesk.service.care.FundService;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * The form that opens a fund (新增经费): its name and where its money comes from. The rules are
 * bindings: the name as {@link Fund#of} takes it, not another fund's; the service checks again.
 */
public final class FundFormViewModel {
    private final FundService funds;
    private final List<String> taken;
    private final Consumer<Fund> onSaved;
    private final CareForm<Fund> form;

    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<FundSource> source = new SimpleObjectProperty<>();
    private final StringBinding nameMessage;
    private final StringBinding missing;
    private final BooleanBinding canSave;

    /**
     * @param taken the names of the funds there are
     */
    public FundFormViewModel(
            FundService funds, TaskExecutor tasks, List<String> taken, Consumer<Fund> onSaved) {
        this.funds = funds;
        this.taken = List.copyOf(taken);
        this.onSaved = onSaved;
        this.form = new CareForm<>(tasks);
        nameMessage =
                Bindings.createStringBinding(
                        () -> {
                            String n = name.get() == null ? "" : name.get().strip();
                            if (n.isEmpty()) {
                                return "";
                            }
                            if (this.taken.contains(n)) {
                                return I18n.text("rule.fund.duplicate", n);
                            }
                            return CareControls.reason(
                                    () -> Fund.of(UUID.randomUUID(), n, FundSource.OTHER));
                        },
                        name);
        missing =
                Bindings.createStringBinding(
                        () ->
                                name.get() == null || name.get().isBlank() || source.get() == null
                                        ? I18n.text("care.fund.form.missing")
                                        : "",
                        name,
                        source);
        canSave =
                Bindings.createBooleanBinding(
                        () ->
                                nameMessage.get().isEmpty()
                                        && missing.get().isEmpty()
                                        && !form.savingProperty().get(),
                        nameMessage,
                        missing,
                        form.savingProperty());
    }

    /** Opens the fund; a refusal is put in the notice and nothing changes. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        String n = name.get();
        FundSource s = source.get();
        form.run("task.care.addFund", p -> funds.add(n, s), onSaved);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<FundSource> sourceProperty() {
        return source;
    }

    /** What is wrong with the name (too long, another fund's), or empty. */
    public StringBinding nameMessageProperty() {
        return nameMessage;
    }

    /** What must still be filled in, or empty. */
    public StringBinding missingProperty() {
        return missing;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    /** Saving, what was saved, and a refusal. */
    public CareForm<Fund> form() {
        return form;
    }
}
