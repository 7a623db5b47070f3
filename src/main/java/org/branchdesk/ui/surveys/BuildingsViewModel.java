package org.branchdesk.ui.surveys;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.branchdesk.domain.households.Household;
import org.branchdesk.service.households.HouseholdService;
import org.branchdesk.service.households.HouseholdService.BuildingLine;
import org.branchdesk.service.households.HouseholdService.Choices;
import org.branchdesk.service.households.HouseholdService.Draft;
import org.branchdesk.service.households.HouseholdService.HouseholdLine;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * The buildings of the chosen compound and the households the office records there (contact
 * households of central households, residents under assistance).
 */
public final class BuildingsViewModel {
    private final HouseholdService households;
    private final TaskExecutor tasks;
    private final ObjectProperty<UUID> compound = new SimpleObjectProperty<>();
    private final ObservableList<BuildingLine> buildings = FXCollections.observableArrayList();
    private final ObservableList<HouseholdLine> householdLines =
            FXCollections.observableArrayList();
    private final ObjectProperty<Choices> choices =
            new SimpleObjectProperty<>(new Choices(List.of(), List.of()));
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(Notice.NONE);

    public BuildingsViewModel(HouseholdService households, TaskExecutor tasks) {
        this.households = households;
        this.tasks = tasks;
        compound.addListener((o, a, id) -> reload());
    }

    /** The compound whose buildings are shown; {@code null} shows none. */
    public ObjectProperty<UUID> compoundProperty() {
        return compound;
    }

    public ObservableList<BuildingLine> buildings() {
        return buildings;
    }

    public ObservableList<HouseholdLine> households() {
        return householdLines;
    }

    /** The buildings and central households the household form offers. */
    public ObjectProperty<Choices> choicesProperty() {
        return choices;
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void clearNotice() {
        notice.set(Notice.NONE);
    }

    public void reload() {
        UUID id = compound.get();
        if (id == null) {
            buildings.clear();
            householdLines.clear();
            choices.set(new Choices(List.of(), List.of()));
            return;
        }
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.loadBuildings"),
                                p ->
                                        new Loaded(
                                                households.buildings(id),
                                                households.households(id),
                                                households.choices(id)))
                        .onSuccess(
                                l -> {
                                    if (!id.equals(compound.get())) {
                                        return; // another compound was chosen meanwhile
                                    }
                                    buildings.setAll(l.buildings());
                                    householdLines.setAll(l.households());
                                    choices.set(l.choices());
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    private record Loaded(
            List<BuildingLine> buildings, List<HouseholdLine> households, Choices choices) {}

    public void addBuilding(String name, Integer units, Integer count) {
        UUID id = compound.get();
        if (id == null) {
            return;
        }
        write(
                I18n.text("task.saveBuilding"),
                () -> households.addBuilding(id, name, units, count),
                "buildings.added");
    }

    public void updateBuilding(UUID building, String name, Integer units, Integer count) {
        write(
                I18n.text("task.saveBuilding"),
                () -> households.updateBuilding(building, name, units, count),
                "buildings.saved");
    }

    /** Records the buildings that the members' residences in this compound name. */
    public void fillFromResidences() {
        UUID id = compound.get();
        if (id == null) {
            return;
        }
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.saveBuilding"),
                                p -> households.fillFromResidences(id))
                        .onSuccess(
                                n -> {
                                    notice.set(
                                            Notice.success(
                                                    n == 0
                                                            ? I18n.text("buildings.filled.none")
                                                            : I18n.text("buildings.filled", n)));
                                    reload();
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    /** Exports every household on the register, phones masked and needs left out. */
    public void export(Path out) {
        tasks.execute(
                BackgroundTask.of(I18n.text("task.export"), p -> households.export(out))
                        .onSuccess(
                                n -> notice.set(Notice.success(I18n.text("list.exported", n, out))))
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    /** Adds a household of the chosen compound. */
    public void addHousehold(
            Household.Kind kind,
            UUID building,
            String unitNo,
            String room,
            String head,
            String phone,
            UUID group,
            String needs) {
        UUID id = compound.get();
        if (id == null) {
            return;
        }
        Draft d = new Draft(kind, id, building, unitNo, room, head, phone, group, needs);
        write(
                I18n.text("task.saveHousehold"),
                () -> households.addHousehold(d),
                "households.added");
    }

    public void updateHousehold(
            HouseholdLine line,
            UUID building,
            String unitNo,
            String room,
            String head,
            String phone,
            UUID group,
            String needs) {
        Household h = line.household();
        Draft d =
                new Draft(
                        h.kind(),
                        h.compoundId(),
                        building,
                        unitNo,
                        room,
                        head,
                        phone,
                        group,
                        needs);
        write(
                I18n.text("task.saveHousehold"),
                () -> households.updateHousehold(h.id(), d),
                "households.saved");
    }

    /** Takes a household off the register; its history stays in the audit log. */
    public void removeHousehold(HouseholdLine line) {
        write(
                I18n.text("task.saveHousehold"),
                () -> {
                    households.removeHousehold(line.household().id());
                    return null;
                },
                "households.removed");
    }

    private void write(String title, Callable<Object> work, String doneKey) {
        tasks.execute(
                BackgroundTask.of(title, p -> work.call())
                        .onSuccess(
                                r -> {
                                    notice.set(Notice.success(I18n.text(doneKey)));
                                    reload();
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }
}
