package org.branchdesk.ui.duty;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import org.branchdesk.domain.places.Community;

/** What the lists of the reporting members' and cadres' pages share when read again. */
final class DutyLists {
    private DutyLists() {}

    /**
     * Puts the communities read afresh in the filter's list, keeping the one chosen if it is still
     * there.
     */
    static void communitiesRead(
            ObservableList<Community> list,
            ObjectProperty<Community> chosen,
            List<Community> read) {
        UUID keep = chosen.get() == null ? null : chosen.get().id();
        list.setAll(read);
        chosen.set(read.stream().filter(c -> c.id().equals(keep)).findFirst().orElse(null));
    }

    /** Shows {@code lines} and chooses the one with the id {@code keep} again (or none). */
    static <L> void show(
            ObservableList<L> rows,
            List<L> lines,
            ObjectProperty<L> selected,
            Function<L, UUID> id,
            UUID keep) {
        rows.setAll(lines);
        selected.set(rows.stream().filter(l -> id.apply(l).equals(keep)).findFirst().orElse(null));
    }
}
