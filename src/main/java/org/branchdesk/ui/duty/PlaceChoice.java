package org.branchdesk.ui.duty;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.branchdesk.domain.places.Community;
import org.branchdesk.domain.places.Compound;
import org.branchdesk.service.places.PlacesService;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * A form's community and, optionally, one of its compounds (a reporting, a cadre sent down): the
 * compounds are read in the background each time another community is chosen, and a compound asked
 * for before they arrive is chosen once they do.
 */
final class PlaceChoice {
    private final PlacesService places;
    private final TaskExecutor tasks;
    private final Consumer<Throwable> failed;
    private final ObservableList<Community> communities = FXCollections.observableArrayList();
    private final ObjectProperty<Community> community = new SimpleObjectProperty<>();
    private final ObservableList<Compound> compounds = FXCollections.observableArrayList();
    private final ObjectProperty<Compound> compound = new SimpleObjectProperty<>();

    /** The community whose compounds were asked for last: an older answer is stale. */
    private UUID loadingFor;

    /** The compound to choose once the compounds are read, or {@code null}. */
    private UUID wanted;

    PlaceChoice(
            PlacesService places,
            TaskExecutor tasks,
            List<Community> communities,
            Consumer<Throwable> failed) {
        this.places = places;
        this.tasks = tasks;
        this.failed = failed;
        this.communities.setAll(communities);
        community.addListener((o, a, c) -> chosen(c));
    }

    /** Chooses a community (by its id) and, once its compounds are read, one of them. */
    void choose(UUID communityId, UUID compoundId) {
        Community c =
                communities.stream()
                        .filter(x -> x.id().equals(communityId))
                        .findFirst()
                        .orElse(null);
        if (c != null && c.equals(community.get())) {
            compound.set(
                    compounds.stream()
                            .filter(x -> x.id().equals(compoundId))
                            .findFirst()
                            .orElse(null));
            return;
        }
        wanted = compoundId;
        community.set(c);
    }

    private void chosen(Community c) {
        compound.set(null);
        compounds.clear();
        UUID want = wanted;
        wanted = null;
        if (c == null) {
            loadingFor = null;
            return;
        }
        UUID id = c.id();
        loadingFor = id;
        tasks.execute(
                BackgroundTask.of(I18n.text("task.loadCompounds"), p -> places.compounds(id))
                        .onSuccess(
                                list -> {
                                    if (!Objects.equals(id, loadingFor)) {
                                        return;
                                    }
                                    compounds.setAll(list);
                                    compound.set(
                                            list.stream()
                                                    .filter(x -> x.id().equals(want))
                                                    .findFirst()
                                                    .orElse(null));
                                })
                        .onFailure(failed));
    }

    ObservableList<Community> communities() {
        return communities;
    }

    ObjectProperty<Community> community() {
        return community;
    }

    ObservableList<Compound> compounds() {
        return compounds;
    }

    /** The compound, or {@code null} for the whole community. */
    ObjectProperty<Compound> compound() {
        return compound;
    }

    UUID communityId() {
        return community.get() == null ? null : community.get().id();
    }

    UUID compoundId() {
        return compound.get() == null ? null : compound.get().id();
    }
}
