package org.branchdesk.ui.leadership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.branchdesk.domain.leadership.Election;
import org.branchdesk.domain.leadership.ElectionRules;
import org.branchdesk.domain.leadership.Position;
import org.branchdesk.domain.leadership.Source;
import org.branchdesk.domain.orgs.BranchRules;
import org.branchdesk.domain.orgs.PartyOrg;
import org.branchdesk.service.leadership.ElectionService;
import org.branchdesk.service.leadership.LeadershipService;
import org.branchdesk.service.leadership.LeadershipService.Proposal;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * The renewal wizard (换届向导): the five steps of a renewal as the clerk records them (请示, 批复, 选举大会,
 * 报告选举结果, 审批), with the checks of {@link ElectionRules} as live hints. The clerk may save after any
 * step and resume later: the renewal under way is read back. Saving sends the steps complete so far
 * to {@link ElectionService#save}, which checks the election whole; a refusal changes nothing.
 */
public final class RenewalWizardViewModel {
    /** The number of steps. */
    public static final int STEPS = 5;

    /**
     * A candidate of the election meeting, with the votes, the result and (once elected) the seat.
     */
    public static final class Candidate {
        private final UUID memberId;
        private final String name;
        private final String maskedId;
        private final ObjectProperty<Integer> votes = new SimpleObjectProperty<>(0);
        private final BooleanProperty elected = new SimpleBooleanProperty();
        private final ObjectProperty<Position> position = new SimpleObjectProperty<>();
        private final StringProperty concurrentDuty = new SimpleStringProperty("");
        private final ObjectProperty<Source> source = new SimpleObjectProperty<>(Source.RESIDENT);
        private final StringProperty standingException = new SimpleStringProperty("");
        private final BooleanBinding majority;

        Candidate(UUID memberId, String name, String maskedId, ObjectProperty<Integer> present) {
            this.memberId = memberId;
            this.name = name;
            this.maskedId = maskedId;
            this.majority =
                    Bindings.createBooleanBinding(
                            () ->
                                    present.get() != null
                                            && votes.get() != null
                                            && ElectionRules.elected(votes.get(), present.get()),
                            votes,
                            present);
        }

        public UUID memberId() {
            return memberId;
        }

        public String name() {
            return name;
        }

        public String maskedId() {
            return maskedId;
        }

        public ObjectProperty<Integer> votesProperty() {
            return votes;
        }

        public BooleanProperty electedProperty() {
            return elected;
        }

        public ObjectProperty<Position> positionProperty() {
            return position;
        }

        public StringProperty concurrentDutyProperty() {
            return concurrentDuty;
        }

        public ObjectProperty<Source> sourceProperty() {
            return source;
        }

        public StringProperty standingExceptionProperty() {
            return standingException;
        }

        /** Whether the votes are more than half of those present (ElectionRules.elected). */
        public BooleanBinding majorityProperty() {
            return majority;
        }

        Observable[] observables() {
            return new Observable[] {votes, elected, position};
        }
    }

    /** What the wizard reads before it opens. */
    private record Start(Optional<Election> underWay, int fullMembers, List<Proposal> members) {}

    private final ElectionService elections;
    private final LeadershipService leadership;
    private final TaskExecutor tasks;
    private final Clock clock;
    private final PartyOrg org;
    private UUID electionId = UUID.randomUUID();

    private final IntegerProperty step = new SimpleIntegerProperty(0);
    private final IntegerProperty fullMembers = new SimpleIntegerProperty();
    private final ObjectProperty<Integer> seats = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> requestOn = new SimpleObjectProperty<>();
    private final StringProperty requestDoc = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> replyOn = new SimpleObjectProperty<>();
    private final StringProperty replyDoc = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> meetingOn = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> entitled = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> present = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> reportOn = new SimpleObjectProperty<>();
    private final StringProperty reportDoc = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> approvalOn = new SimpleObjectProperty<>();
    private final StringProperty approvalDoc = new SimpleStringProperty("");
    private final ObservableList<Candidate> candidates =
            FXCollections.observableArrayList(Candidate::observables);
    private final FilteredList<Candidate> electedCandidates =
            new FilteredList<>(candidates, c -> c.elected.get());
    private final ObservableList<Proposal> memberChoices = FXCollections.observableArrayList();
    private final Map<UUID, Proposal> everyone = new HashMap<>();
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(Notice.NONE);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();

    /** Whether the wizard continues a renewal already recorded (which may then be abandoned). */
    private final ReadOnlyBooleanWrapper resumed = new ReadOnlyBooleanWrapper();

    private final ReadOnlyBooleanWrapper abandoned = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Election> saved = new ReadOnlyObjectWrapper<>();

    private final BooleanBinding quorumValid =
            Bindings.createBooleanBinding(
                    () ->
                            entitled.get() != null
                                    && present.get() != null
                                    && ElectionRules.meetingValid(entitled.get(), present.get()),
                    entitled,
                    present);
    private final StringBinding quorumHint =
            Bindings.createStringBinding(this::quorumText, entitled, present);
    private final StringBinding majorityHint =
            Bindings.createStringBinding(
                    () ->
                            present.get() == null || present.get() <= 0
                                    ? ""
                                    : I18n.text("renewal.majority", present.get() / 2.0),
                    present);
    private final BooleanBinding slateLargeEnough =
            Bindings.createBooleanBinding(
                    () ->
                            seats.get() != null
                                    && seats.get() > 0
                                    && ElectionRules.slateLargeEnough(
                                            seats.get(), candidates.size()),
                    seats,
                    candidates);
    private final StringBinding candidatesHint =
            Bindings.createStringBinding(this::candidatesText, seats, candidates);
    private final BooleanBinding seatsFit =
            Bindings.createBooleanBinding(this::seatsFitNow, seats, fullMembers);
    private final StringBinding seatsHint =
            Bindings.createStringBinding(this::seatsText, seats, fullMembers);
    private final StringBinding electedHint =
            Bindings.createStringBinding(
                    () ->
                            I18n.text(
                                    "renewal.electedCount",
                                    electedCandidates.size(),
                                    seats.get() == null ? 0 : seats.get()),
                    candidates,
                    seats);
    private final BooleanBinding currentComplete;
    private final BooleanBinding everyStepComplete;

    public RenewalWizardViewModel(
            ElectionService elections,
            LeadershipService leadership,
            TaskExecutor tasks,
            Clock clock,
            PartyOrg org) {
        this.elections = elections;
        this.leadership = leadership;
        this.tasks = tasks;
        this.clock = clock;
        this.org = org;
        Observable[] fields = {
            step,
            seats,
            requestOn,
            requestDoc,
            replyOn,
            replyDoc,
            meetingOn,
            entitled,
            present,
            reportOn,
            reportDoc,
            approvalOn,
            approvalDoc
        };
        currentComplete = Bindings.createBooleanBinding(() -> complete(step.get()), fields);
        everyStepComplete = Bindings.createBooleanBinding(() -> completeSteps() == STEPS, fields);
        step.addListener((o, a, now) -> proposeDate(now.intValue()));
    }

    /** The organization renewed. */
    public PartyOrg org() {
        return org;
    }

    /** The office's today. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Reads the renewal under way (to resume it) or starts a new one; the members' meeting's
     * entitled voters are prefilled with the full members, the seats with what the rules ask.
     */
    public void load() {
        UUID id = org.id();
        LocalDate day = today();
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.loadRenewal"),
                                p ->
                                        new Start(
                                                elections.underWay(id),
                                                elections.fullMembers(id),
                                                leadership.proposals(id, Position.MEMBER, day)))
                        .onSuccess(this::start)
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    private void start(Start s) {
        fullMembers.set(s.fullMembers());
        everyone.clear();
        List<Proposal> choices = new ArrayList<>();
        for (Proposal p : s.members()) {
            everyone.put(p.memberId(), p);
            // the branch's own members who may stand: full members (a seat held now is no bar)
            if ((p.rank() == 1 || p.rank() == 4) && mayStand(p)) {
                choices.add(p);
            }
        }
        memberChoices.setAll(choices);
        Election e = s.underWay().orElse(null);
        if (e == null) {
            seats.set(
                    BranchRules.leadershipFor(s.fullMembers()) == BranchRules.Leadership.COMMITTEE
                            ? 3
                            : 1);
            requestOn.set(today());
            entitled.set(s.fullMembers());
            step.set(0);
        } else {
            resume(e, s.fullMembers());
        }
        loaded.set(true);
    }

    /**
     * Whether a member the proposals list may stand for election: a full member. A seat held now is
     * no bar in a renewal, so only a probationary member is left out.
     */
    private static boolean mayStand(Proposal p) {
        return p.fullMember();
    }

    private void resume(Election e, int full) {
        electionId = e.id();
        resumed.set(true);
        seats.set(e.seats());
        setStep(e.request(), requestOn, requestDoc);
        setStep(e.reply(), replyOn, replyDoc);
        if (e.meeting() != null) {
            meetingOn.set(e.meeting().on());
            entitled.set(e.meeting().entitled());
            present.set(e.meeting().present());
        } else {
            entitled.set(full);
        }
        setStep(e.report(), reportOn, reportDoc);
        setStep(e.approval(), approvalOn, approvalDoc);
        candidates.clear();
        for (Election.Candidate c : e.candidates()) {
            Proposal p = everyone.get(c.memberId());
            Candidate row =
                    new Candidate(
                            c.memberId(),
                            p == null ? I18n.text("value.none") : p.name(),
                            p == null ? "" : p.maskedId(),
                            present);
            row.votes.set(c.votes());
            row.elected.set(c.elected());
            row.position.set(c.position());
            row.concurrentDuty.set(c.concurrentDuty() == null ? "" : c.concurrentDuty());
            row.source.set(c.source() == null ? Source.RESIDENT : c.source());
            row.standingException.set(c.standingException() == null ? "" : c.standingException());
            candidates.add(row);
        }
        Election.Stage stage = e.stage();
        step.set(stage == null ? 0 : Math.min(stage.ordinal() + 1, STEPS - 1));
        proposeDate(step.get());
    }

    private static void setStep(
            Election.Step st, ObjectProperty<LocalDate> on, StringProperty doc) {
        if (st != null) {
            on.set(st.on());
            doc.set(st.docNumber());
        }
    }

    /** A step entered for the first time proposes today's date. */
    private void proposeDate(int index) {
        ObjectProperty<LocalDate> on =
                switch (index) {
                    case 0 -> requestOn;
                    case 1 -> replyOn;
                    case 2 -> meetingOn;
                    case 3 -> reportOn;
                    default -> approvalOn;
                };
        if (on.get() == null) {
            on.set(today());
        }
    }

    /** Whether the step's own fields are filled (its checks are the service's). */
    public boolean complete(int index) {
        return switch (index) {
            case 0 -> requestOn.get() != null && filled(requestDoc) && seats.get() != null;
            case 1 -> replyOn.get() != null && filled(replyDoc);
            case 2 -> meetingOn.get() != null && entitled.get() != null && present.get() != null;
            case 3 -> reportOn.get() != null && filled(reportDoc);
            case 4 -> approvalOn.get() != null && filled(approvalDoc);
            default -> false;
        };
    }

    /** How many steps, from the first, are filled. */
    public int completeSteps() {
        int n = 0;
        while (n < STEPS && complete(n)) {
            n++;
        }
        return n;
    }

    private static boolean filled(StringProperty s) {
        return s.get() != null && !s.get().isBlank();
    }

    /** Goes on to the next step (once this one is filled). */
    public void next() {
        if (step.get() < STEPS - 1 && complete(step.get())) {
            step.set(step.get() + 1);
        }
    }

    public void back() {
        if (step.get() > 0) {
            step.set(step.get() - 1);
        }
    }

    /** Puts a member of the branch on the slate (once). */
    public void addCandidate(Proposal p) {
        if (p == null || candidates.stream().anyMatch(c -> c.memberId.equals(p.memberId()))) {
            return;
        }
        Candidate row = new Candidate(p.memberId(), p.name(), p.maskedId(), present);
        row.source.set(p.source());
        candidates.add(row);
    }

    public void removeCandidate(Candidate c) {
        candidates.remove(c);
    }

    /** The election as recorded so far: every step filled, from the first on. */
    public Election election() {
        int done = completeSteps();
        List<Election.Candidate> slate = new ArrayList<>();
        if (done >= 3) {
            for (Candidate c : candidates) {
                slate.add(
                        new Election.Candidate(
                                c.memberId,
                                c.votes.get() == null ? 0 : c.votes.get(),
                                c.elected.get(),
                                c.position.get(),
                                c.concurrentDuty.get(),
                                c.source.get(),
                                c.standingException.get()));
            }
        }
        return new Election(
                electionId,
                org.id(),
                seats.get() == null ? 0 : seats.get(),
                done >= 1 ? new Election.Step(requestOn.get(), requestDoc.get()) : null,
                done >= 2 ? new Election.Step(replyOn.get(), replyDoc.get()) : null,
                done >= 3
                        ? new Election.Meeting(meetingOn.get(), entitled.get(), present.get())
                        : null,
                done >= 4 ? new Election.Step(reportOn.get(), reportDoc.get()) : null,
                done >= 5 ? new Election.Step(approvalOn.get(), approvalDoc.get()) : null,
                slate);
    }

    /**
     * Saves the steps filled so far; the service checks the whole election and, with the approval,
     * seats the committee. A refusal is put in the notice and nothing changes; success sets {@link
     * #savedProperty()}.
     */
    public void save() {
        if (completeSteps() == 0) {
            notice.set(Notice.failure(I18n.text("renewal.nothingToSave")));
            return;
        }
        Election e = election();
        busy.set(true);
        tasks.execute(
                BackgroundTask.of(I18n.text("task.saveRenewal"), p -> elections.save(e))
                        .onSuccess(
                                done -> {
                                    busy.set(false);
                                    saved.set(done);
                                })
                        .onFailure(
                                err -> {
                                    busy.set(false);
                                    notice.set(Notice.failure(err));
                                }));
    }

    /**
     * Gives up the renewal under way (its request withdrawn, or it cannot go on): the service marks
     * it deleted and audits it, and a new one may begin. Only a renewal already recorded.
     */
    public void abandon() {
        if (!resumed.get()) {
            return;
        }
        UUID id = electionId;
        busy.set(true);
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.saveRenewal"),
                                p -> {
                                    elections.abandon(id);
                                    return Boolean.TRUE;
                                })
                        .onSuccess(
                                done -> {
                                    busy.set(false);
                                    abandoned.set(true);
                                })
                        .onFailure(
                                err -> {
                                    busy.set(false);
                                    notice.set(Notice.failure(err));
                                }));
    }

    public ReadOnlyBooleanProperty resumedProperty() {
        return resumed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty abandonedProperty() {
        return abandoned.getReadOnlyProperty();
    }

    /** What the clerk is told after a save. */
    public String savedText() {
        Election e = saved.get();
        if (e == null) {
            return "";
        }
        return e.stage() == Election.Stage.APPROVED
                ? I18n.text("renewal.approved", org.name(), e.meeting().on())
                : I18n.text("renewal.saved", I18n.text("stage." + e.stage().name()));
    }

    private String quorumText() {
        Integer e = entitled.get();
        Integer p = present.get();
        if (e == null || p == null) {
            return "";
        }
        if (e <= 0 || p <= 0 || p > e) {
            return I18n.text("problem.election.COUNTS_IMPOSSIBLE");
        }
        int least = ElectionRules.leastPresent(e);
        return ElectionRules.meetingValid(e, p)
                ? I18n.text("renewal.quorum.valid", p, e)
                : I18n.text("renewal.quorum.invalid", p, e, least);
    }

    private String candidatesText() {
        Integer s = seats.get();
        if (s == null || s <= 0 || s > 1000) {
            return "";
        }
        return s < 3
                ? I18n.text("renewal.candidates.direct", candidates.size())
                : I18n.text(
                        "renewal.candidates.minimum",
                        ElectionRules.minimumCandidates(s),
                        candidates.size());
    }

    private boolean seatsFitNow() {
        return seats.get() != null
                && ElectionRules.seatsFit(org.type(), fullMembers.get(), seats.get());
    }

    private String seatsText() {
        Integer s = seats.get();
        if (s == null) {
            return "";
        }
        return ElectionRules.seatsFit(org.type(), fullMembers.get(), s)
                ? I18n.text("renewal.seats.fit", fullMembers.get())
                : I18n.text("problem.election.SEATS_DO_NOT_FIT");
    }

    public IntegerProperty stepProperty() {
        return step;
    }

    public ObjectProperty<Integer> seatsProperty() {
        return seats;
    }

    public ObjectProperty<LocalDate> requestOnProperty() {
        return requestOn;
    }

    public StringProperty requestDocProperty() {
        return requestDoc;
    }

    public ObjectProperty<LocalDate> replyOnProperty() {
        return replyOn;
    }

    public StringProperty replyDocProperty() {
        return replyDoc;
    }

    public ObjectProperty<LocalDate> meetingOnProperty() {
        return meetingOn;
    }

    public ObjectProperty<Integer> entitledProperty() {
        return entitled;
    }

    public ObjectProperty<Integer> presentProperty() {
        return present;
    }

    public ObjectProperty<LocalDate> reportOnProperty() {
        return reportOn;
    }

    public StringProperty reportDocProperty() {
        return reportDoc;
    }

    public ObjectProperty<LocalDate> approvalOnProperty() {
        return approvalOn;
    }

    public StringProperty approvalDocProperty() {
        return approvalDoc;
    }

    public ObservableList<Candidate> candidates() {
        return candidates;
    }

    /** The candidates marked elected: the committee whose seats the approval step assigns. */
    public ObservableList<Candidate> electedCandidates() {
        return electedCandidates;
    }

    /** The branch's members who may stand (full members), in the order of the proposals. */
    public ObservableList<Proposal> memberChoices() {
        return memberChoices;
    }

    /** The branch's full members, as the register counts them today. */
    public IntegerProperty fullMembersProperty() {
        return fullMembers;
    }

    /** More than four fifths of the entitled members present. */
    public BooleanBinding quorumValidProperty() {
        return quorumValid;
    }

    public StringBinding quorumHintProperty() {
        return quorumHint;
    }

    /** The majority line (得票须超过 N 票): half of those present. */
    public StringBinding majorityHintProperty() {
        return majorityHint;
    }

    /** Whether the slate has the 20% surplus a committee election asks for. */
    public BooleanBinding slateLargeEnoughProperty() {
        return slateLargeEnough;
    }

    public StringBinding candidatesHintProperty() {
        return candidatesHint;
    }

    public BooleanBinding seatsFitProperty() {
        return seatsFit;
    }

    public StringBinding seatsHintProperty() {
        return seatsHint;
    }

    public StringBinding electedHintProperty() {
        return electedHint;
    }

    /** Whether the step shown is filled, so that Next may go on. */
    public BooleanBinding canNextProperty() {
        return currentComplete;
    }

    /** Whether all five steps are filled, so that the renewal can be finished. */
    public BooleanBinding canFinishProperty() {
        return everyStepComplete;
    }

    /** True once the steps and the candidates were read. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** True while a save runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The election as saved; set once a save went through. */
    public ReadOnlyObjectProperty<Election> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void clearNotice() {
        notice.set(Notice.NONE);
    }
}
