package org.branchdesk.ui.leadership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.branchdesk.domain.leadership.Chosen;
import org.branchdesk.domain.leadership.Election;
import org.branchdesk.domain.leadership.EndReason;
import org.branchdesk.domain.leadership.Holding;
import org.branchdesk.domain.leadership.Term;
import org.branchdesk.domain.orgs.OrgType;
import org.branchdesk.domain.orgs.PartyOrg;
import org.branchdesk.service.documents.NoticeKind;
import org.branchdesk.service.leadership.ElectionService;
import org.branchdesk.service.leadership.LeadershipService;
import org.branchdesk.service.members.MemberService;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * The committee (领导班子) of the organization chosen on the organizations screen: its current term and
 * positions, the terms and positions before, and what may be done (renew, appoint or designate, end
 * a position, print a position's appointment or removal notice or a renewal's reply approving its
 * result), each as a binding with the reason when it may not.
 */
public final class CommitteeViewModel {
    /** A position as the tab lists it; texts ready to show, personal data masked. */
    public record Row(
            Holding holding,
            String member,
            String maskedId,
            String position,
            String chosen,
            String source,
            String since,
            String doc,
            String ended) {}

    /** What a committee's data gives after one read. */
    private record Loaded(
            List<Term> terms, List<LeadershipService.Line> lines, List<Election> renewals) {}

    private final LeadershipService leadership;
    private final ElectionService elections;
    private final MemberService members;
    private final TaskExecutor tasks;
    private final Clock clock;
    private final NoticePrinting printing;

    private final ObjectProperty<PartyOrg> org = new SimpleObjectProperty<>();
    private final ObservableList<Row> current = FXCollections.observableArrayList();
    private final ObservableList<Row> past = FXCollections.observableArrayList();
    private final ObservableList<String> pastTerms = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper currentTerm = new ReadOnlyStringWrapper("");

    /** The renewal under way, as the tab says it ({@code ""} when none). */
    private final ReadOnlyStringWrapper underWay = new ReadOnlyStringWrapper("");

    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(Notice.NONE);
    private final ReadOnlyIntegerWrapper changes = new ReadOnlyIntegerWrapper();
    private final ObservableList<Election> renewals = FXCollections.observableArrayList();
    private final ObjectProperty<Election> renewal = new SimpleObjectProperty<>();

    private final StringBinding renewBlocked =
            Bindings.createStringBinding(() -> blockedReason(org.get(), true), org);
    private final BooleanBinding canRenew = renewBlocked.isEmpty().and(org.isNotNull());
    private final StringBinding appointBlocked =
            Bindings.createStringBinding(() -> blockedReason(org.get(), false), org);
    private final BooleanBinding canAppoint = appointBlocked.isEmpty().and(org.isNotNull());
    private final BooleanBinding canEnd =
            Bindings.createBooleanBinding(
                    () -> selected.get() != null && selected.get().holding().isServing(), selected);
    private final StringBinding appointmentNoticeBlocked =
            Bindings.createStringBinding(() -> appointmentNoticeReason(selected.get()), selected);
    private final BooleanBinding canAppointmentNotice = appointmentNoticeBlocked.isEmpty();
    private final StringBinding removalNoticeBlocked =
            Bindings.createStringBinding(() -> removalNoticeReason(selected.get()), selected);
    private final BooleanBinding canRemovalNotice = removalNoticeBlocked.isEmpty();
    private final StringBinding electionResultBlocked =
            Bindings.createStringBinding(
                    () -> electionResultReason(renewals, renewal.get()), renewals, renewal);
    private final BooleanBinding canElectionResult = electionResultBlocked.isEmpty();
    private final BooleanBinding severalRenewals = Bindings.size(renewals).greaterThan(1);

    public CommitteeViewModel(
            LeadershipService leadership,
            ElectionService elections,
            MemberService members,
            TaskExecutor tasks,
            Clock clock,
            NoticePrinting printing) {
        this.leadership = leadership;
        this.elections = elections;
        this.members = members;
        this.tasks = tasks;
        this.clock = clock;
        this.printing = printing;
        org.addListener(
                (o, a, now) -> {
                    if (a == null || now == null || !a.id().equals(now.id())) {
                        selected.set(null);
                    }
                    reload();
                });
    }

    /** The office's today: what the date fields propose. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Reads the committee of the organization shown again. */
    public void reload() {
        PartyOrg o = org.get();
        if (o == null) {
            current.clear();
            past.clear();
            pastTerms.clear();
            currentTerm.set("");
            underWay.set("");
            renewals.clear();
            renewal.set(null);
            return;
        }
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.loadCommittee"),
                                p ->
                                        new Loaded(
                                                leadership.terms(o.id()),
                                                leadership.lines(o.id()),
                                                elections.ofOrg(o.id())))
                        .onSuccess(
                                loaded -> {
                                    if (org.get() != null && org.get().id().equals(o.id())) {
                                        show(loaded);
                                    }
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    private void show(Loaded loaded) {
        List<Row> serving = new ArrayList<>();
        List<Row> ended = new ArrayList<>();
        for (LeadershipService.Line l : loaded.lines()) {
            (l.holding().isServing() ? serving : ended).add(row(l));
        }
        // the latest ended first: what a clerk looks for is what changed last
        Collections.reverse(ended);
        Row keep = selected.get();
        current.setAll(serving);
        past.setAll(ended);
        selected.set(
                keep == null
                        ? null
                        : Stream.concat(serving.stream(), ended.stream())
                                .filter(r -> r.holding().id().equals(keep.holding().id()))
                                .findFirst()
                                .orElse(null));
        showRenewals(loaded.renewals());
        underWay.set(
                loaded.renewals().stream()
                        .filter(e -> e.stage() != null && e.stage() != Election.Stage.APPROVED)
                        .findFirst()
                        .map(
                                e ->
                                        I18n.text(
                                                "committee.underWay",
                                                I18n.text("stage." + e.stage().name()),
                                                e.request().on()))
                        .orElse(""));
        Term now = loaded.terms().stream().filter(Term::isCurrent).findFirst().orElse(null);
        currentTerm.set(now == null ? I18n.text("committee.noTerm") : termText(now));
        List<String> before = new ArrayList<>();
        for (Term t : loaded.terms()) {
            if (!t.isCurrent()) {
                before.add(0, termText(t));
            }
        }
        pastTerms.setAll(before);
    }

    /**
     * The organization's renewals, newest first; the one chosen stays, else the newest whose result
     * was reported (the one a reply is wanted for), else the newest.
     */
    private void showRenewals(List<Election> all) {
        List<Election> newest = new ArrayList<>(all);
        newest.sort(Comparator.comparing(CommitteeViewModel::renewalDate).reversed());
        Election keep = renewal.get();
        renewals.setAll(newest);
        renewal.set(
                newest.stream()
                        .filter(e -> keep != null && e.id().equals(keep.id()))
                        .findFirst()
                        .or(() -> newest.stream().filter(CommitteeViewModel::reported).findFirst())
                        .orElse(newest.isEmpty() ? null : newest.get(0)));
    }

    private static LocalDate renewalDate(Election e) {
        return e.meeting() != null
                ? e.meeting().on()
                : e.request() != null ? e.request().on() : LocalDate.MIN;
    }

    private static boolean reported(Election e) {
        return e.replyMayBeDrafted();
    }

    /** A renewal as the choice of renewals shows it: its date and how far it came. */
    public String renewalText(Election e) {
        if (e == null) {
            return "";
        }
        return I18n.text(
                "committee.renewal.label",
                renewalDate(e).equals(LocalDate.MIN) ? "" : renewalDate(e),
                e.stage() == null ? "" : I18n.text("stage." + e.stage().name()));
    }

    /** Why the selected position gets no appointment notice ({@code ""} when it may). */
    private static String appointmentNoticeReason(Row row) {
        if (row == null) {
            return I18n.text("committee.notice.chooseRow");
        }
        if (!row.holding().getsAppointmentNotice()) {
            return I18n.text("committee.notice.electedNoAppointment");
        }
        return "";
    }

    /** Why the selected position gets no removal notice ({@code ""} when it may). */
    private static String removalNoticeReason(Row row) {
        if (row == null) {
            return I18n.text("committee.notice.chooseRow");
        }
        Holding h = row.holding();
        if (h.isServing()) {
            return I18n.text("committee.notice.stillServing");
        }
        if (!h.getsRemovalNotice()) {
            return I18n.text(
                    "committee.notice.noRemovalNeeded",
                    I18n.text("endReason." + h.endReason().name()));
        }
        return "";
    }

    /** Why the chosen renewal gets no reply approving its result ({@code ""} when it may). */
    private static String electionResultReason(List<Election> all, Election chosen) {
        if (all.isEmpty()) {
            return I18n.text("committee.notice.noRenewal");
        }
        if (chosen == null) {
            return I18n.text("committee.notice.chooseRenewal");
        }
        if (!reported(chosen)) {
            return I18n.text("committee.notice.notReported");
        }
        return "";
    }

    private static Row row(LeadershipService.Line l) {
        Holding h = l.holding();
        String position = I18n.text("position." + h.position().name());
        if (h.concurrentDuty() != null) {
            position = position + I18n.text("leader.also", h.concurrentDuty());
        }
        String doc =
                h.docNumber() == null
                        ? I18n.text("value.none")
                        : h.docDate() == null
                                ? h.docNumber()
                                : I18n.text("format.withName", h.docNumber(), h.docDate());
        return new Row(
                h,
                l.member(),
                l.maskedId(),
                position,
                I18n.text("chosen." + h.chosen().name()),
                I18n.text("source." + h.source().name()),
                h.from().toString(),
                doc,
                h.isServing()
                        ? ""
                        : I18n.text(
                                "committee.endedOn",
                                h.endedOn(),
                                I18n.text("endReason." + h.endReason().name())));
    }

    private static String termText(Term t) {
        return I18n.text(
                t.isCurrent() ? "committee.term" : "committee.pastTerm",
                t.startedOn(),
                t.lastDay(),
                I18n.text("chosen." + t.chosen().name()),
                t.docNumber() == null ? I18n.text("value.none") : t.docNumber(),
                t.endedOn() == null ? "" : t.endedOn());
    }

    /**
     * Why nothing may be recorded for this organization ({@code ""} when it may): the working
     * committee is appointed by the district; a dissolved organization holds no positions; a
     * temporary branch holds no elections (its leaders are appointed).
     */
    private static String blockedReason(PartyOrg o, boolean election) {
        if (o == null) {
            return "";
        }
        if (o.type() == OrgType.STREET_WORKING_COMMITTEE) {
            return I18n.text("refusal.leadership.WORKING_COMMITTEE");
        }
        if (!o.isActive()) {
            return I18n.text("rule.leadership.orgDissolved");
        }
        if (election && o.type() == OrgType.TEMPORARY_BRANCH) {
            return I18n.text("refusal.leadership.TEMPORARY_NOT_ELECTED");
        }
        return "";
    }

    /** Why the renewal wizard may not open here ({@code ""} when it may). */
    public StringBinding renewBlockedProperty() {
        return renewBlocked;
    }

    public BooleanBinding canRenewProperty() {
        return canRenew;
    }

    /** Why nobody may be appointed or designated here ({@code ""} when they may). */
    public StringBinding appointBlockedProperty() {
        return appointBlocked;
    }

    public BooleanBinding canAppointProperty() {
        return canAppoint;
    }

    /** Whether the selected position is serving and may be ended. */
    public BooleanBinding canEndProperty() {
        return canEnd;
    }

    /** Why the selected position gets no appointment notice ({@code ""} when it may). */
    public StringBinding appointmentNoticeBlockedProperty() {
        return appointmentNoticeBlocked;
    }

    /** Whether the selected position gets an appointment notice: designated or appointed. */
    public BooleanBinding canAppointmentNoticeProperty() {
        return canAppointmentNotice;
    }

    /** Why the selected position gets no removal notice ({@code ""} when it may). */
    public StringBinding removalNoticeBlockedProperty() {
        return removalNoticeBlocked;
    }

    /**
     * Whether the selected position gets a removal notice: ended by removal, transfer or
     * resignation.
     */
    public BooleanBinding canRemovalNoticeProperty() {
        return canRemovalNotice;
    }

    /** Why the chosen renewal gets no reply approving its result ({@code ""} when it may). */
    public StringBinding electionResultBlockedProperty() {
        return electionResultBlocked;
    }

    /** Whether the chosen renewal's result was reported, and so may be replied to. */
    public BooleanBinding canElectionResultProperty() {
        return canElectionResult;
    }

    /** Whether the organization had more than one renewal, so that the clerk chooses which. */
    public BooleanBinding severalRenewalsProperty() {
        return severalRenewals;
    }

    /** The organization's renewals, newest first. */
    public ObservableList<Election> renewals() {
        return renewals;
    }

    /** The renewal a reply approving the result is printed for. */
    public ObjectProperty<Election> renewalProperty() {
        return renewal;
    }

    /** The appointment notice (任职通知) of the selected position. */
    public LeadershipNoticeViewModel appointmentNotice() {
        Row row = selected.get();
        if (!canAppointmentNotice.get() || row == null) {
            throw new IllegalStateException(appointmentNoticeBlocked.get());
        }
        return notice(NoticeKind.APPOINTMENT, row.holding().id(), holdingText(row));
    }

    /** The removal notice (免职通知) of the selected position. */
    public LeadershipNoticeViewModel removalNotice() {
        Row row = selected.get();
        if (!canRemovalNotice.get() || row == null) {
            throw new IllegalStateException(removalNoticeBlocked.get());
        }
        return notice(NoticeKind.REMOVAL, row.holding().id(), holdingText(row));
    }

    /** The reply approving the chosen renewal's result (选举结果批复). */
    public LeadershipNoticeViewModel electionResultNotice() {
        Election e = renewal.get();
        if (!canElectionResult.get() || e == null) {
            throw new IllegalStateException(electionResultBlocked.get());
        }
        PartyOrg o = org.get();
        return new LeadershipNoticeViewModel(
                printing,
                tasks,
                NoticeKind.ELECTION_RESULT,
                e.id(),
                I18n.text("leaderNotice.what", o == null ? "" : o.name(), renewalText(e)),
                e.replyMayBeIssued() ? null : I18n.text("error.notice.notApproved"));
    }

    private LeadershipNoticeViewModel notice(NoticeKind kind, UUID subject, String what) {
        return new LeadershipNoticeViewModel(printing, tasks, kind, subject, what, null);
    }

    private static String holdingText(Row row) {
        return I18n.text("leaderNotice.what", row.member(), row.position());
    }

    /** A renewal wizard for the organization shown: the one under way, or a new one. */
    public RenewalWizardViewModel renewal() {
        return new RenewalWizardViewModel(elections, leadership, tasks, clock, org.get());
    }

    /** An appointment (or designation) form for the organization shown. */
    public AppointmentViewModel appointment() {
        return new AppointmentViewModel(leadership, members, tasks, clock, org.get());
    }

    /** Why a clerk ends a position by hand (renewal and dissolution end them on their own). */
    public List<EndReason> endReasons() {
        return List.of(
                EndReason.TRANSFERRED, EndReason.REMOVED, EndReason.RESIGNED, EndReason.DECEASED);
    }

    /** The ways a position may be filled here outside an election. */
    public List<Chosen> appointMethods() {
        PartyOrg o = org.get();
        return o != null && o.type() == OrgType.TEMPORARY_BRANCH
                ? List.of(Chosen.APPOINTED)
                : List.of(Chosen.DESIGNATED, Chosen.APPOINTED);
    }

    /** Ends the selected position on {@code on} for {@code reason}; the record stays. */
    public void endSelected(LocalDate on, EndReason reason) {
        Row row = selected.get();
        if (row == null || on == null || reason == null) {
            return;
        }
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.saveCommittee"),
                                p -> leadership.end(row.holding().id(), on, reason))
                        .onSuccess(
                                h -> {
                                    notice.set(
                                            Notice.success(
                                                    I18n.text(
                                                            "leader.ended",
                                                            row.member(),
                                                            row.position(),
                                                            h.endedOn(),
                                                            I18n.text(
                                                                    "endReason."
                                                                            + h.endReason()
                                                                                    .name()))));
                                    changed();
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    /** A renewal was saved: tell the clerk how far it came, and read the committee again. */
    public void renewed(String what) {
        notice.set(Notice.success(what));
        changed();
    }

    /**
     * Something changed the committee (a renewal saved, an appointment, an ending): read it again
     * and let the organizations screen know.
     */
    public void changed() {
        reload();
        changes.set(changes.get() + 1);
    }

    /** Counts the changes made through this tab; the organizations screen reloads on each. */
    public ReadOnlyIntegerProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    /** The organization whose committee is shown. */
    public ObjectProperty<PartyOrg> orgProperty() {
        return org;
    }

    public ObservableList<Row> current() {
        return current;
    }

    public ObservableList<Row> past() {
        return past;
    }

    public ObservableList<String> pastTerms() {
        return pastTerms;
    }

    public ReadOnlyStringProperty underWayProperty() {
        return underWay.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty currentTermProperty() {
        return currentTerm.getReadOnlyProperty();
    }

    /** The position chosen in the list of current ones or of ended ones. */
    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void clearNotice() {
        notice.set(Notice.NONE);
    }
}
