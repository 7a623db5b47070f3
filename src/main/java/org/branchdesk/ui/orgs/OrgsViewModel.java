package org.branchdesk.ui.orgs;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.branchdesk.domain.common.Choice;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.orgs.BranchGroup;
import org.branchdesk.domain.orgs.OrgTreeRules;
import org.branchdesk.domain.orgs.OrgType;
import org.branchdesk.domain.orgs.PartyOrg;
import org.branchdesk.domain.places.Compound;
import org.branchdesk.service.orgs.PartyOrgService;
import org.branchdesk.service.orgs.PartyOrgService.ChartNode;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.branchdesk.ui.common.TaskExecutor;
import org.branchdesk.ui.leadership.CommitteeViewModel;

/**
 * The party organizations as a tree, with members per organization and what the branch regulations
 * say of each (committee needed, split advised); dissolve, convert a temporary branch, move under
 * another organization.
 */
public final class OrgsViewModel {
    /** A labelled fact in the detail panel. */
    public record Fact(String label, String value) {}

    /** The tabs of the detail panel. */
    public enum DetailTab {
        /** 概况: the organization's facts. */
        FACTS,
        /** 领导班子: its committee (only where the detail shows one). */
        COMMITTEE
    }

    private final PartyOrgService orgs;
    private final TaskExecutor tasks;
    private final Clock clock;
    private final CommitteeViewModel committee;
    private final ObjectProperty<List<ChartNode>> chart = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<ChartNode> selected = new SimpleObjectProperty<>();
    private final BooleanProperty includeDissolved = new SimpleBooleanProperty(false);
    private final ObjectProperty<DetailTab> detailTab = new SimpleObjectProperty<>(DetailTab.FACTS);
    private final ObservableList<Fact> facts = FXCollections.observableArrayList();
    private final ObservableList<Compound> compoundChoices = FXCollections.observableArrayList();
    private final ObservableList<PartyOrgService.LeaderChoice> leaderChoices =
            FXCollections.observableArrayList();
    private final ObservableList<Choice> buildingChoices = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(Notice.NONE);
    private UUID keepSelection;
    private final ReadOnlyObjectWrapper<Move> lastMove = new ReadOnlyObjectWrapper<>();

    private final BooleanBinding canDissolve =
            Bindings.createBooleanBinding(() -> isActive(selected.get()), selected);
    private final BooleanBinding canCreateUnder =
            Bindings.createBooleanBinding(
                    () -> selected.get() != null && OrgTreeRules.canBeParent(selected.get().org()),
                    selected);
    private final BooleanBinding canMove =
            Bindings.createBooleanBinding(
                    () -> isActive(selected.get()) && selected.get().org().parentId() != null,
                    selected);
    private final BooleanBinding canEdit = selected.isNotNull();
    private final BooleanBinding canConvertBinding =
            Bindings.createBooleanBinding(this::canConvert, selected);
    private final BooleanBinding canAddGroupBinding =
            Bindings.createBooleanBinding(this::canAddGroup, selected);
    private final BooleanBinding canEditGroup =
            Bindings.createBooleanBinding(
                    () -> canAddGroup() && !selected.get().groups().isEmpty(), selected);

    public OrgsViewModel(PartyOrgService orgs, TaskExecutor tasks, Clock clock) {
        this(orgs, tasks, clock, null);
    }

    /**
     * With {@code committee}, the detail also shows the selected organization's committee; a change
     * made there (a renewal, an appointment) reloads the tree, whose advice depends on it.
     */
    public OrgsViewModel(
            PartyOrgService orgs, TaskExecutor tasks, Clock clock, CommitteeViewModel committee) {
        this.orgs = orgs;
        this.tasks = tasks;
        this.clock = clock;
        this.committee = committee;
        includeDissolved.addListener((o, a, b) -> reload());
        selected.addListener(
                (o, a, now) -> {
                    facts.setAll(factsOf(now));
                    loadChoices(now);
                    if (committee != null) {
                        committee.orgProperty().set(now == null ? null : now.org());
                    }
                });
        if (committee != null) {
            committee.changesProperty().addListener((o, a, b) -> reload());
        }
    }

    /** The committee tab's model, or {@code null} where the detail shows none. */
    public CommitteeViewModel committee() {
        return committee;
    }

    /** Selects an organization once the tree is read next (another screen opens it). */
    public void showOrg(UUID id) {
        keepSelection = id;
    }

    /**
     * Selects an organization once the tree is read next and shows its committee (the renewal watch
     * opens one this way); without a committee tab, its facts.
     */
    public void showCommittee(UUID id) {
        showOrg(id);
        detailTab.set(committee != null ? DetailTab.COMMITTEE : DetailTab.FACTS);
    }

    /** The tab the detail panel shows; the view follows it and tells it the clerk's choice. */
    public ObjectProperty<DetailTab> detailTabProperty() {
        return detailTab;
    }

    /** The office's today, for the date a form proposes. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public void reload() {
        boolean dissolved = includeDissolved.get();
        tasks.execute(
                BackgroundTask.of(I18n.text("task.loadOrgs"), p -> orgs.chart(dissolved))
                        .onSuccess(
                                nodes -> {
                                    UUID keep =
                                            keepSelection != null
                                                    ? keepSelection
                                                    : selected.get() == null
                                                            ? null
                                                            : selected.get().org().id();
                                    keepSelection = null;
                                    chart.set(nodes);
                                    ChartNode again = keep == null ? null : find(nodes, keep);
                                    selected.set(
                                            again != null
                                                    ? again
                                                    : nodes.isEmpty() ? null : nodes.get(0));
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    /** What a clerk fills in to set up an organization under the selected one. */
    public record NewOrg(
            OrgType type,
            String name,
            Set<UUID> compounds,
            LocalDate establishedOn,
            String requestTitle,
            String requestNo,
            String approvalTitle,
            String approvalNo) {}

    /**
     * The compounds a new branch under the selected organization may be built on (loaded with the
     * selection).
     */
    public ObservableList<Compound> compoundChoices() {
        return compoundChoices;
    }

    private void loadChoices(ChartNode node) {
        leaderChoices.clear();
        buildingChoices.clear();
        if (node == null) {
            compoundChoices.clear();
            return;
        }
        UUID community = node.org().communityId();
        tasks.execute(
                BackgroundTask.of(I18n.text("task.loadOrgs"), p -> orgs.compoundChoices(community))
                        .onSuccess(compoundChoices::setAll)
                        .onFailure(e -> notice.set(Notice.failure(e))));
        if (node.org().type().isBranchLevel() && node.org().isActive()) {
            UUID branch = node.org().id();
            tasks.execute(
                    BackgroundTask.of(
                                    I18n.text("task.loadOrgs"),
                                    p ->
                                            new Object[] {
                                                orgs.leaderChoices(branch),
                                                orgs.buildingChoices(branch)
                                            })
                            .onSuccess(
                                    r -> {
                                        if (selected.get() == null
                                                || !selected.get().org().id().equals(branch)) {
                                            return;
                                        }
                                        @SuppressWarnings("unchecked")
                                        List<PartyOrgService.LeaderChoice> leaders =
                                                (List<PartyOrgService.LeaderChoice>) r[0];
                                        @SuppressWarnings("unchecked")
                                        List<Choice> buildings = (List<Choice>) r[1];
                                        leaderChoices.setAll(leaders);
                                        buildingChoices.setAll(buildings);
                                    })
                            .onFailure(e -> notice.set(Notice.failure(e))));
        }
    }

    /**
     * The selected branch's members, to choose a group's leader from (loaded with the selection).
     */
    public ObservableList<PartyOrgService.LeaderChoice> leaderChoices() {
        return leaderChoices;
    }

    /** Buildings of the compounds the selected branch covers. */
    public ObservableList<Choice> buildingChoices() {
        return buildingChoices;
    }

    /** Whether a party group or central household can be set up under the selection. */
    public boolean canAddGroup() {
        ChartNode n = selected.get();
        return n != null && n.org().isActive() && n.org().type().isBranchLevel();
    }

    /** What a clerk fills in for a party group or central household. */
    public record GroupForm(
            BranchGroup.Kind kind, String name, UUID building, UUID leader, String contacts) {}

    /** Sets up a building party group or central household under the selected branch. */
    public void addGroupToSelected(GroupForm form) {
        ChartNode node = selected.get();
        if (node == null) {
            return;
        }
        UUID branch = node.org().id();
        groupChange(
                () ->
                        orgs.addGroup(
                                new PartyOrgService.GroupDraft(
                                        form.kind(),
                                        branch,
                                        form.name(),
                                        form.building(),
                                        form.leader(),
                                        form.contacts())),
                branch);
    }

    /** Records a group's new leader, building or contacts. */
    public void updateGroup(BranchGroup group, GroupForm form) {
        groupChange(
                () -> orgs.updateGroup(group.id(), form.building(), form.leader(), form.contacts()),
                group.branchId());
    }

    private void groupChange(Callable<BranchGroup> work, UUID branch) {
        tasks.execute(
                BackgroundTask.of(I18n.text("task.saveOrg"), p -> work.call())
                        .onSuccess(
                                g -> {
                                    keepSelection = branch;
                                    notice.set(
                                            Notice.success(
                                                    I18n.text("orgs.group.saved", g.name())));
                                    reload();
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    /** Sets up an organization under the selected one; the domain checks what it may be. */
    public void createUnderSelected(NewOrg form) {
        ChartNode parent = selected.get();
        if (parent == null) {
            return;
        }
        PartyOrg parentOrg = parent.org();
        change(
                () ->
                        orgs.create(
                                PartyOrg.of(
                                        UUID.randomUUID(),
                                        form.type(),
                                        form.name(),
                                        null,
                                        parentOrg.id(),
                                        parentOrg.communityId(),
                                        form.compounds(),
                                        form.establishedOn(),
                                        null,
                                        form.requestTitle(),
                                        form.requestNo(),
                                        form.approvalTitle(),
                                        form.approvalNo())));
    }

    /** Dissolves the selected organization today; its history stays. */
    public void dissolveSelected() {
        dissolveSelected(LocalDate.now(clock));
    }

    /** Dissolves the selected organization on the day the decision took effect. */
    public void dissolveSelected(LocalDate on) {
        ChartNode node = selected.get();
        if (node == null || on == null) {
            return;
        }
        if (on.isAfter(LocalDate.now(clock))) {
            notice.set(
                    Notice.failure(
                            new ValidationError("field.org.dissolvedOn", "rule.dateInFuture")));
            return;
        }
        UUID id = node.org().id();
        change(() -> orgs.dissolve(id, on));
    }

    /** Corrects the selected organization's names, dates, request and approval. */
    public void updateSelected(PartyOrgService.Facts facts) {
        ChartNode node = selected.get();
        if (node == null) {
            return;
        }
        UUID id = node.org().id();
        change(() -> orgs.updateFacts(id, facts));
    }

    /** Converts the selected temporary branch into a regular compound branch. */
    public void convertSelected(String newName) {
        ChartNode node = selected.get();
        if (node == null) {
            return;
        }
        UUID id = node.org().id();
        change(() -> orgs.convertToRegular(id, newName));
    }

    /** Moves the selected organization under another. */
    public void moveSelected(UUID newParent) {
        ChartNode node = selected.get();
        if (node == null) {
            return;
        }
        move(node.org().id(), newParent);
    }

    /** Moves an organization under another (a drag and drop onto it); the move can be undone. */
    public void move(UUID org, UUID newParent) {
        PartyOrg before = find(chart.get(), org) == null ? null : find(chart.get(), org).org();
        if (before == null || newParent.equals(before.parentId()) || org.equals(newParent)) {
            return;
        }
        UUID from = before.parentId();
        tasks.execute(
                BackgroundTask.of(I18n.text("task.saveOrg"), p -> orgs.move(org, newParent))
                        .onSuccess(
                                o -> {
                                    lastMove.set(new Move(org, from));
                                    keepSelection = o.id();
                                    reload();
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    /** Puts the organization moved last back under its former superior. */
    public void undoLastMove() {
        Move m = lastMove.get();
        if (m == null) {
            return;
        }
        tasks.execute(
                BackgroundTask.of(I18n.text("task.saveOrg"), p -> orgs.move(m.org(), m.from()))
                        .onSuccess(
                                o -> {
                                    lastMove.set(null);
                                    keepSelection = o.id();
                                    reload();
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    /** The last move, which undo reverses. */
    public record Move(UUID org, UUID from) {}

    public ReadOnlyObjectProperty<Move> lastMoveProperty() {
        return lastMove.getReadOnlyProperty();
    }

    /**
     * Organizations the selected one may move under: active, not branches, not itself or below it.
     */
    public List<PartyOrg> moveTargets() {
        ChartNode node = selected.get();
        List<PartyOrg> targets = new ArrayList<>();
        if (node == null) {
            return targets;
        }
        for (ChartNode n : flat(chart.get())) {
            if (canMoveUnder(node.org().id(), n.org().id())) {
                targets.add(n.org());
            }
        }
        return targets;
    }

    /**
     * Whether the organization {@code moving} may move under {@code target} (the drop target of a
     * drag): the rule of {@link OrgTreeRules}, on the tree as shown.
     */
    public boolean canMoveUnder(UUID moving, UUID target) {
        List<ChartNode> all = flat(chart.get());
        Map<UUID, PartyOrg> byId = new HashMap<>();
        all.forEach(n -> byId.put(n.org().id(), n.org()));
        PartyOrg m = byId.get(moving);
        PartyOrg to = byId.get(target);
        return m != null
                && to != null
                && OrgTreeRules.canMoveUnder(
                        m, to, id -> byId.containsKey(id) ? byId.get(id).parentId() : null);
    }

    private static List<ChartNode> flat(List<ChartNode> nodes) {
        List<ChartNode> all = new ArrayList<>();
        for (ChartNode n : nodes) {
            all.add(n);
            all.addAll(flat(n.children()));
        }
        return all;
    }

    private static boolean isActive(ChartNode n) {
        return n != null && n.org().isActive();
    }

    /** Whether the selected organization can be dissolved (it is active). */
    public BooleanBinding canDissolveProperty() {
        return canDissolve;
    }

    /**
     * Whether an organization can be set up under the selection (an active one that is not a
     * branch).
     */
    public BooleanBinding canCreateUnderProperty() {
        return canCreateUnder;
    }

    /** Whether the selection can move (an active organization below the top). */
    public BooleanBinding canMoveProperty() {
        return canMove;
    }

    public BooleanBinding canEditProperty() {
        return canEdit;
    }

    public BooleanBinding canConvertProperty() {
        return canConvertBinding;
    }

    public BooleanBinding canAddGroupProperty() {
        return canAddGroupBinding;
    }

    /** Whether the selected branch has a group to change. */
    public BooleanBinding canEditGroupProperty() {
        return canEditGroup;
    }

    private interface Change {
        PartyOrg apply();
    }

    private void change(Change change) {
        tasks.execute(
                BackgroundTask.of(I18n.text("task.saveOrg"), p -> change.apply())
                        .onSuccess(
                                org -> {
                                    keepSelection = org.id();
                                    reload();
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    private static ChartNode find(List<ChartNode> nodes, UUID id) {
        for (ChartNode n : nodes) {
            if (n.org().id().equals(id)) {
                return n;
            }
            ChartNode hit = find(n.children(), id);
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    private List<Fact> factsOf(ChartNode n) {
        List<Fact> list = new ArrayList<>();
        if (n == null) {
            return list;
        }
        PartyOrg o = n.org();
        list.add(new Fact(I18n.text("field.org.fullName"), o.fullName()));
        list.add(new Fact(I18n.text("field.org.type"), I18n.text("orgType." + o.type().name())));
        if (!n.compounds().isEmpty()) {
            list.add(
                    new Fact(
                            I18n.text("field.org.compounds"),
                            String.join(I18n.text("list.separator"), n.compounds())));
        }
        list.add(new Fact(I18n.text("field.org.establishedOn"), date(o.establishedOn())));
        if (o.dissolvedOn() != null) {
            list.add(new Fact(I18n.text("field.org.dissolvedOn"), o.dissolvedOn().toString()));
        }
        if (o.requestTitle() != null) {
            list.add(
                    new Fact(
                            I18n.text("orgs.fact.request"),
                            o.requestNo() == null
                                    ? o.requestTitle()
                                    : I18n.text(
                                            "format.withName", o.requestTitle(), o.requestNo())));
        }
        if (o.approvalTitle() != null) {
            list.add(
                    new Fact(
                            I18n.text("orgs.fact.approval"),
                            o.approvalNo() == null
                                    ? o.approvalTitle()
                                    : I18n.text(
                                            "format.withName", o.approvalTitle(), o.approvalNo())));
        }
        if (o.type() == OrgType.TEMPORARY_BRANCH) {
            list.add(
                    new Fact(
                            I18n.text("orgs.fact.participants"),
                            I18n.text("orgs.fact.participantsValue", n.participants())));
        }
        if (o.type().isBranchLevel()) {
            list.add(
                    new Fact(
                            I18n.text("orgs.fact.members"),
                            I18n.text("orgs.fact.membersValue", n.members(), n.fullMembers())));
            list.add(
                    new Fact(
                            I18n.text("orgs.fact.leadership"),
                            I18n.text(
                                    n.needsCommittee()
                                            ? "orgs.leadership.committee"
                                            : "orgs.leadership.secretary")));
            if (!n.groups().isEmpty()) {
                List<String> groups = new ArrayList<>();
                for (BranchGroup g : n.groups()) {
                    String who =
                            g.leaderName() == null
                                    ? ""
                                    : I18n.text("orgs.group.leader", g.leaderName());
                    String contacts =
                            g.contactHouseholds() == null
                                    ? ""
                                    : I18n.text("orgs.group.contacts", g.contactHouseholds());
                    groups.add(
                            I18n.text(
                                    "orgs.group.line",
                                    g.name(),
                                    I18n.text("groupKind." + g.kind().name()),
                                    who + contacts));
                }
                list.add(new Fact(I18n.text("orgs.fact.groups"), String.join("\n", groups)));
            }
            if (n.shouldSplit()) {
                list.add(new Fact(I18n.text("orgs.fact.advice"), I18n.text("orgs.advice.split")));
            }
        } else {
            list.add(
                    new Fact(
                            I18n.text("orgs.fact.members"),
                            I18n.text("orgs.fact.totalMembers", n.totalMembers())));
        }
        return list;
    }

    private static String date(LocalDate d) {
        return d == null ? I18n.text("value.none") : d.toString();
    }

    /** Exports the organizations as the tree shows them (dissolved ones when shown). */
    public void export(Path out) {
        boolean dissolved = includeDissolved.get();
        tasks.execute(
                BackgroundTask.of(I18n.text("task.export"), p -> orgs.export(dissolved, out))
                        .onSuccess(
                                n -> notice.set(Notice.success(I18n.text("list.exported", n, out))))
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    public boolean canConvert() {
        ChartNode n = selected.get();
        return n != null && n.org().isActive() && n.org().type() == OrgType.TEMPORARY_BRANCH;
    }

    public ObjectProperty<List<ChartNode>> chartProperty() {
        return chart;
    }

    public ObjectProperty<ChartNode> selectedProperty() {
        return selected;
    }

    public BooleanProperty includeDissolvedProperty() {
        return includeDissolved;
    }

    public ObservableList<Fact> facts() {
        return facts;
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void clearNotice() {
        notice.set(Notice.NONE);
    }
}
