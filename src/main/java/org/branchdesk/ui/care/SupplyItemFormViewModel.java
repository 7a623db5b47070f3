package org.branchdesk.ui.care;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.branchdesk.domain.care.SupplyCategory;
import org.branchdesk.domain.care.SupplyItem;
import org.branchdesk.service.care.SupplyService;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * The form that adds an item of supplies (新增物资): its name, category and unit. The rules are
 * bindings: the name and unit as {@link SupplyItem#of} takes them, not another item's name; the
 * service checks again.
 */
public final class SupplyItemFormViewModel {
    private final SupplyService supplies;
    private final List<String> taken;
    private final Consumer<SupplyItem> onSaved;
    private final CareForm<SupplyItem> form;

    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<SupplyCategory> category = new SimpleObjectProperty<>();
    private final StringProperty unit = new SimpleStringProperty("");
    private final StringBinding message;
    private final StringBinding missing;
    private final BooleanBinding canSave;

    /**
     * @param taken the names of the items there are
     */
    public SupplyItemFormViewModel(
            SupplyService supplies,
            TaskExecutor tasks,
            List<String> taken,
            Consumer<SupplyItem> onSaved) {
        this.supplies = supplies;
        this.taken = List.copyOf(taken);
        this.onSaved = onSaved;
        this.form = new CareForm<>(tasks);
        message =
                Bindings.createStringBinding(
                        () -> {
                            String n = strip(name.get());
                            if (this.taken.contains(n)) {
                                return I18n.text("rule.supply.duplicate", n);
                            }
                            // the item's own rules, each field as soon as it is filled in
                            String u = strip(unit.get());
                            return CareControls.reason(
                                    () -> {
                                        if (!n.isEmpty()) {
                                            SupplyItem.checkName(n);
                                        }
                                        if (!u.isEmpty()) {
                                            SupplyItem.checkUnit(u);
                                        }
                                    });
                        },
                        name,
                        unit);
        missing =
                Bindings.createStringBinding(
                        () ->
                                strip(name.get()).isEmpty()
                                                || category.get() == null
                                                || strip(unit.get()).isEmpty()
                                        ? I18n.text("care.supplies.item.missing")
                                        : "",
                        name,
                        category,
                        unit);
        canSave =
                Bindings.createBooleanBinding(
                        () ->
                                message.get().isEmpty()
                                        && missing.get().isEmpty()
                                        && !form.savingProperty().get(),
                        message,
                        missing,
                        form.savingProperty());
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    /** Adds the item; a refusal is put in the notice and nothing changes. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        String n = name.get();
        SupplyCategory c = category.get();
        String u = unit.get();
        form.run("task.care.addSupplyItem", p -> supplies.addItem(n, c, u), onSaved);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<SupplyCategory> categoryProperty() {
        return category;
    }

    public StringProperty unitProperty() {
        return unit;
    }

    /** What is wrong with the name or the unit (too long, another item's name), or empty. */
    public StringBinding messageProperty() {
        return message;
    }

    /** What must still be filled in, or empty. */
    public StringBinding missingProperty() {
        return missing;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public CareForm<SupplyItem> form() {
        return form;
    }
}
