package org.branchdesk.ui.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.branchdesk.domain.office.Office;
import org.branchdesk.domain.places.Community;
import org.branchdesk.domain.places.Compound;
import org.branchdesk.domain.places.PlaceTree;
import org.branchdesk.service.places.PlacesService;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * The organization tree screen: street → communities → compounds, a search box that filters it, a
 * detail panel for the selected node, and the commands add, rename and move.
 */
public final class PlacesViewModel {
    /** A labelled fact in the detail panel. */
    public record Fact(String label, String value) {}

    private final PlacesService places;
    private final TaskExecutor tasks;

    private final ObjectProperty<PlaceTree> tree = new SimpleObjectProperty<>();
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<PlaceNode> root = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<PlaceNode> selected = new SimpleObjectProperty<>();
    private final ObservableList<Fact> facts = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Move> lastMove = new ReadOnlyObjectWrapper<>();

    /** The node to select once the tree has been rebuilt (after an add, rename or move). */
    private UUID pendingSelection;

    public PlacesViewModel(PlacesService places, TaskExecutor tasks) {
        this.places = places;
        this.tasks = tasks;
        tree.addListener((obs, old, now) -> rebuild());
        filter.addListener((obs, old, now) -> rebuild());
        selected.addListener((obs, old, now) -> facts.setAll(factsOf(now)));
    }

    /** Loads the tree from the office in the background. */
    public void reload() {
        tasks.execute(
                BackgroundTask.of(I18n.text("task.loadTree"), p -> places.tree())
                        .onSuccess(tree::set));
    }

    public void addCommunity(String name) {
        change(I18n.text("task.addCommunity"), () -> places.createCommunity(name).id());
    }

    /** Adds a compound to the selected community (or the community of the selected compound). */
    public void addCompound(String name) {
        UUID community = selectedCommunityId();
        if (community == null) {
            error.set(I18n.text("orgTree.selectCommunityFirst"));
            return;
        }
        change(I18n.text("task.addCompound"), () -> places.createCompound(community, name).id());
    }

    /** Renames the selected community or compound. */
    public void renameSelected(String newName) {
        PlaceNode node = selected.get();
        if (node == null || node.kind() == PlaceNode.Kind.STREET) {
            error.set(I18n.text("orgTree.selectToRename"));
            return;
        }
        UUID id = node.id();
        change(
                I18n.text("task.rename"),
                () ->
                        node.kind() == PlaceNode.Kind.COMMUNITY
                                ? places.renameCommunity(id, newName).id()
                                : places.renameCompound(id, newName).id());
    }

    /** Moves the selected compound to another community. */
    public void moveSelectedCompound(UUID targetCommunity) {
        PlaceNode node = selected.get();
        if (node == null || node.kind() != PlaceNode.Kind.COMPOUND) {
            error.set(I18n.text("orgTree.selectCompoundToMove"));
            return;
        }
        moveCompound(node.id(), targetCommunity);
    }

    /** Moves a compound to another community (a drag and drop, or the dialog); it can be undone. */
    public void moveCompound(UUID compound, UUID targetCommunity) {
        PlaceNode node = root.get() == null ? null : root.get().find(compound);
        if (node == null || node.kind() != PlaceNode.Kind.COMPOUND) {
            return;
        }
        UUID from = ((Compound) node.source()).communityId();
        if (from.equals(targetCommunity)) {
            return;
        }
        change(
                I18n.text("task.move"),
                () -> places.moveCompound(compound, targetCommunity).id(),
                () -> lastMove.set(new Move(compound, from)));
    }

    /** Puts the last moved compound back where it was. */
    public void undoLastMove() {
        Move move = lastMove.get();
        if (move == null) {
            return;
        }
        change(
                I18n.text("task.move"),
                () -> places.moveCompound(move.compound(), move.from()).id(),
                () -> lastMove.set(null));
    }

    /** The last move of a compound, which undo reverses. */
    public record Move(UUID compound, UUID from) {}

    public ReadOnlyObjectProperty<Move> lastMoveProperty() {
        return lastMove.getReadOnlyProperty();
    }

    /** Moves the selected community up ({@code -1}) or down ({@code +1}) in the street's list. */
    public void moveSelectedCommunity(int delta) {
        PlaceNode node = selected.get();
        PlaceTree t = tree.get();
        if (node == null || node.kind() != PlaceNode.Kind.COMMUNITY || t == null) {
            error.set(I18n.text("orgTree.selectCommunityToMove"));
            return;
        }
        int index = 0;
        for (int i = 0; i < t.communities().size(); i++) {
            if (t.communities().get(i).community().id().equals(node.id())) {
                index = i;
            }
        }
        int target = index + delta;
        UUID id = node.id();
        change(
                I18n.text("task.move"),
                () -> {
                    places.moveCommunity(id, target);
                    return id;
                });
    }

    /** The communities a compound can be moved to, for the move dialog. */
    public List<Community> communities() {
        PlaceTree t = tree.get();
        return t == null
                ? List.of()
                : t.communities().stream().map(PlaceTree.CommunityNode::community).toList();
    }

    private interface Change {
        UUID apply();
    }

    private void change(String title, Change change) {
        change(title, change, () -> {});
    }

    /**
     * Runs a change in the background, then (on the JavaFX thread) {@code then} and the new tree.
     */
    private void change(String title, Change change, Runnable then) {
        error.set("");
        tasks.execute(
                BackgroundTask.of(
                                title,
                                p -> {
                                    UUID id = change.apply();
                                    return new Object[] {id, places.tree()};
                                })
                        .onSuccess(
                                result -> {
                                    then.run();
                                    pendingSelection = (UUID) result[0];
                                    tree.set((PlaceTree) result[1]);
                                })
                        .onFailure(e -> error.set(I18n.messageOf(e))));
    }

    private UUID selectedCommunityId() {
        PlaceNode node = selected.get();
        if (node == null) {
            return null;
        }
        if (node.kind() == PlaceNode.Kind.COMMUNITY) {
            return node.id();
        }
        if (node.kind() == PlaceNode.Kind.COMPOUND) {
            return ((Compound) node.source()).communityId();
        }
        return null;
    }

    private void rebuild() {
        PlaceTree t = tree.get();
        if (t == null) {
            root.set(null);
            return;
        }
        UUID keep =
                pendingSelection != null
                        ? pendingSelection
                        : selected.get() == null ? null : selected.get().id();
        pendingSelection = null;
        String q = filter.get() == null ? "" : filter.get().trim().toLowerCase(Locale.ROOT);
        List<PlaceNode> communities = new ArrayList<>();
        int shownCompounds = 0;
        for (PlaceTree.CommunityNode cn : t.communities()) {
            boolean communityMatches = matches(cn.community().name(), q);
            List<PlaceNode> compounds = new ArrayList<>();
            for (Compound c : cn.compounds()) {
                if (communityMatches || matches(c.name(), q) || matches(c.address(), q)) {
                    compounds.add(
                            new PlaceNode(
                                    PlaceNode.Kind.COMPOUND,
                                    c.id(),
                                    c.name(),
                                    0,
                                    t.members(c),
                                    c,
                                    List.of()));
                }
            }
            if (communityMatches || !compounds.isEmpty()) {
                communities.add(
                        new PlaceNode(
                                PlaceNode.Kind.COMMUNITY,
                                cn.community().id(),
                                cn.community().name(),
                                cn.compounds().size(),
                                t.members(cn),
                                cn.community(),
                                compounds));
                shownCompounds += compounds.size();
            }
        }
        Office office = t.office();
        PlaceNode street =
                new PlaceNode(
                        PlaceNode.Kind.STREET,
                        office.id(),
                        office.name(),
                        t.compoundCount(),
                        t.memberCount(),
                        office,
                        communities);
        root.set(street);
        summary.set(
                q.isEmpty()
                        ? I18n.text("orgTree.summary", t.communities().size(), t.compoundCount())
                        : I18n.text(
                                "orgTree.summary.filtered", communities.size(), shownCompounds));
        PlaceNode kept = keep == null ? null : street.find(keep);
        if (!q.isEmpty() && (kept == null || kept.kind() == PlaceNode.Kind.STREET)) {
            kept = firstMatch(street, q);
        }
        selected.set(kept != null ? kept : street);
    }

    /** The first node below {@code node} whose own name matches: where a search lands. */
    private static PlaceNode firstMatch(PlaceNode node, String query) {
        for (PlaceNode child : node.children()) {
            if (matches(child.name(), query)) {
                return child;
            }
            PlaceNode hit = firstMatch(child, query);
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    private static boolean matches(String text, String query) {
        return query.isEmpty() || text != null && text.toLowerCase(Locale.ROOT).contains(query);
    }

    private List<Fact> factsOf(PlaceNode node) {
        List<Fact> list = new ArrayList<>();
        if (node == null) {
            return list;
        }
        switch (node.kind()) {
            case STREET -> {
                Office o = (Office) node.source();
                list.add(new Fact(I18n.text("field.office.name"), o.name()));
                list.add(new Fact(I18n.text("field.office.district"), dash(o.district())));
                list.add(new Fact(I18n.text("field.office.docPrefix"), o.effectiveDocPrefix()));
                list.add(
                        new Fact(
                                I18n.text("orgTree.fact.communities"),
                                Integer.toString(tree.get().communities().size())));
                list.add(
                        new Fact(
                                I18n.text("orgTree.fact.compounds"),
                                Integer.toString(node.compoundCount())));
                list.add(
                        new Fact(
                                I18n.text("orgTree.fact.members"),
                                Integer.toString(node.memberCount())));
            }
            case COMMUNITY -> {
                list.add(new Fact(I18n.text("field.community.name"), node.name()));
                list.add(
                        new Fact(
                                I18n.text("orgTree.fact.compounds"),
                                Integer.toString(node.compoundCount())));
                list.add(
                        new Fact(
                                I18n.text("orgTree.fact.members"),
                                Integer.toString(node.memberCount())));
                long ownerless =
                        tree.get().communities().stream()
                                .filter(cn -> cn.community().id().equals(node.id()))
                                .flatMap(cn -> cn.compounds().stream())
                                .filter(tree.get().ownerlessRule()::isOwnerless)
                                .count();
                list.add(new Fact(I18n.text("orgTree.fact.ownerless"), Long.toString(ownerless)));
            }
            case COMPOUND -> {
                Compound c = (Compound) node.source();
                list.add(new Fact(I18n.text("field.compound.name"), c.name()));
                list.add(
                        new Fact(
                                I18n.text("orgTree.fact.members"),
                                Integer.toString(node.memberCount())));
                list.add(new Fact(I18n.text("field.compound.address"), dash(c.address())));
                list.add(new Fact(I18n.text("field.compound.households"), count(c.households())));
                list.add(new Fact(I18n.text("field.compound.residents"), count(c.residents())));
                list.add(new Fact(I18n.text("field.compound.buildings"), count(c.buildings())));
                list.add(
                        new Fact(
                                I18n.text("field.compound.propertyCompany"),
                                dash(c.propertyCompany())));
                list.add(
                        new Fact(
                                I18n.text("field.compound.hasCompetentUnit"),
                                yesNo(c.hasCompetentUnit())));
                list.add(
                        new Fact(
                                I18n.text("field.compound.hasPropertyService"),
                                yesNo(c.hasPropertyService())));
                list.add(new Fact(I18n.text("field.compound.hasSecurity"), yesNo(c.hasSecurity())));
                list.add(
                        new Fact(
                                I18n.text("orgTree.fact.ownerlessCompound"),
                                tree.get().ownerlessRule().isOwnerless(c)
                                        ? I18n.text("value.yes")
                                        : I18n.text("value.no")));
            }
            default -> throw new IllegalStateException(node.kind().name());
        }
        return list;
    }

    private static String dash(String s) {
        return s == null ? I18n.text("value.none") : s;
    }

    private static String count(Integer n) {
        return n == null ? I18n.text("value.none") : n.toString();
    }

    private static String yesNo(Boolean b) {
        return b == null
                ? I18n.text("value.unknown")
                : b ? I18n.text("value.has") : I18n.text("value.hasNot");
    }

    public ObjectProperty<PlaceTree> treeProperty() {
        return tree;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyObjectProperty<PlaceNode> rootProperty() {
        return root.getReadOnlyProperty();
    }

    public ObjectProperty<PlaceNode> selectedProperty() {
        return selected;
    }

    public ObservableList<Fact> facts() {
        return facts;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Clears the last error once the View has shown it. */
    public void clearError() {
        error.set("");
    }
}
