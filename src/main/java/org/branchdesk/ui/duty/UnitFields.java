package org.branchdesk.ui.duty;

import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.branchdesk.domain.common.Text;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.duty.ReportingRules;
import org.branchdesk.domain.duty.WorkUnit;
import org.branchdesk.service.units.UnitService;
import org.branchdesk.ui.common.I18n;

/**
 * A form's unit (a reporting member's workplace, a cadre's sending unit): picked from the unit
 * register, or typed by name (with its party organization's name, which a reporting's feedback
 * sheet is addressed to). A typed name that is on the register is linked to that unit, as the
 * service does; the checks are {@link WorkUnit}'s and {@link ReportingRules}' as bindings.
 */
final class UnitFields {
    private final String field;
    private final String orgField;
    private final boolean needsAddressee;
    private final ObservableList<UnitService.Row> units = FXCollections.observableArrayList();
    private final ObjectProperty<UnitService.Row> unit = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty orgName = new SimpleStringProperty("");
    private final StringBinding nameMessage;
    private final StringBinding orgMessage;
    private final StringBinding linkNote;
    private final BooleanBinding missing;
    private final BooleanBinding valid;

    /**
     * @param field the bundle key of the unit's field
     * @param orgField the bundle key of its party organization's field, or {@code null} when the
     *     record keeps none (a cadre's sending unit)
     */
    UnitFields(String field, String orgField) {
        this.field = field;
        this.orgField = orgField;
        this.needsAddressee = orgField != null;
        nameMessage =
                Bindings.createStringBinding(
                        () -> typed() && !blank(name.get()) ? problem(true) : "", unit, name);
        orgMessage =
                Bindings.createStringBinding(
                        () -> typed() && !blank(name.get()) ? problem(false) : "",
                        unit,
                        name,
                        orgName,
                        units);
        linkNote =
                Bindings.createStringBinding(
                        () -> {
                            UnitService.Row r = typed() ? onRegister(name.get()) : null;
                            return r == null
                                    ? ""
                                    : I18n.text("reporting.unit.linked", r.unit().name());
                        },
                        unit,
                        name,
                        units);
        missing = Bindings.createBooleanBinding(() -> typed() && blank(name.get()), unit, name);
        valid =
                Bindings.createBooleanBinding(
                        () ->
                                !missing.get()
                                        && nameMessage.get().isEmpty()
                                        && orgMessage.get().isEmpty(),
                        missing,
                        nameMessage,
                        orgMessage);
    }

    private boolean typed() {
        return unit.get() == null;
    }

    private static boolean blank(String s) {
        return Text.emptyToNull(s) == null;
    }

    /** The unit of the register with the name typed, or {@code null}. */
    private UnitService.Row onRegister(String typed) {
        String n = Text.emptyToNull(typed);
        return n == null
                ? null
                : units.stream()
                        .filter(r -> r.unit().name().equals(n.strip()))
                        .findFirst()
                        .orElse(null);
    }

    /** What is wrong with the name typed ({@code ofName}) or its organization's name, or empty. */
    private String problem(boolean ofName) {
        try {
            WorkUnit u =
                    WorkUnit.named(
                            field,
                            name.get(),
                            needsAddressee ? orgField : field,
                            needsAddressee ? orgName.get() : null);
            if (!ofName
                    && needsAddressee
                    && onRegister(name.get()) == null
                    && !ReportingRules.feedbackHasAnAddressee(u)) {
                return I18n.text("rule.reporting.unitOrgRequired");
            }
            return "";
        } catch (ValidationError e) {
            return e.field().equals(ofName ? field : orgField) ? e.reason() : "";
        }
    }

    /** Takes a member's workplace as the register has it: the register's unit, or its name. */
    void propose(String workplace) {
        if (!typed() || !blank(name.get()) || blank(workplace)) {
            return;
        }
        UnitService.Row r = onRegister(workplace);
        if (r != null) {
            unit.set(r);
        } else {
            name.set(workplace.strip());
        }
    }

    /** The unit of the register picked, or {@code null}. */
    UUID unitId() {
        return typed() ? null : unit.get().unit().id();
    }

    /** The name typed, when no unit of the register is picked. */
    String unitName() {
        return typed() ? name.get() : null;
    }

    /** Its party organization's name typed, when no unit of the register is picked. */
    String unitOrgName() {
        return typed() && needsAddressee ? Text.emptyToNull(orgName.get()) : null;
    }

    /** A unit of the register as a list shows it: its name, and its party organization or none. */
    static String rowText(UnitService.Row r) {
        return r == null
                ? I18n.text("reporting.unit.typed")
                : r.partyOrg() == null
                        ? I18n.text("reporting.unit.noOrg", r.unit().name())
                        : I18n.text("reporting.unit.withOrg", r.unit().name(), r.partyOrg());
    }

    /** The units of the register to pick from. */
    ObservableList<UnitService.Row> units() {
        return units;
    }

    /** The unit of the register picked, or {@code null} when it is typed. */
    ObjectProperty<UnitService.Row> unit() {
        return unit;
    }

    StringProperty name() {
        return name;
    }

    StringProperty orgName() {
        return orgName;
    }

    StringBinding nameMessage() {
        return nameMessage;
    }

    StringBinding orgMessage() {
        return orgMessage;
    }

    /** Says that a name typed is on the register and will be linked, or empty. */
    StringBinding linkNote() {
        return linkNote;
    }

    /** Whether neither a unit of the register is picked nor a name typed. */
    BooleanBinding missing() {
        return missing;
    }

    /** Whether the unit as given may be saved. */
    BooleanBinding valid() {
        return valid;
    }
}
