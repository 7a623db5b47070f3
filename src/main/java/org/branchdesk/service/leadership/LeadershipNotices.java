package org.branchdesk.service.leadership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.leadership.Chosen;
import org.branchdesk.domain.leadership.Election;
import org.branchdesk.domain.leadership.Holding;
import org.branchdesk.domain.leadership.LeadershipRules;
import org.branchdesk.domain.leadership.Position;
import org.branchdesk.domain.leadership.Term;
import org.branchdesk.domain.members.Member;
import org.branchdesk.domain.orgs.OrgType;
import org.branchdesk.domain.orgs.PartyOrg;
import org.branchdesk.print.Notice;
import org.branchdesk.print.NoticeRenderer;
import org.branchdesk.service.paper.NoticeSource;
import org.branchdesk.service.paper.NoticeText;
import org.branchdesk.store.StoreSession;

/**
 * The wording of leadership's notices, from the register: the notice of appointment (关于××同志任职的通知)
 * and of removal (免职), whose subject is one holding of a position, and the reply approving an
 * election's result (关于同意××选举结果的批复), whose subject is one renewal. The documents service numbers,
 * prints and registers them; verification words them again from today's facts.
 */
public final class LeadershipNotices {
    private LeadershipNotices() {}

    /** The notice of appointment, for the documents service. */
    public static NoticeSource appointments() {
        return source(LeadershipNotices::appointment);
    }

    /** The notice of removal, for the documents service. */
    public static NoticeSource removals() {
        return source(LeadershipNotices::removal);
    }

    /** The reply approving an election's result: numbered once the approval is recorded. */
    public static NoticeSource electionResults() {
        return new NoticeSource() {
            @Override
            public NoticeText wording(StoreSession s, UUID subjectId, LocalDate signedOn) {
                return electionResult(s, subjectId, signedOn);
            }

            @Override
            public boolean exists(StoreSession s, UUID subjectId) {
                return LeadershipNotices.exists(s, subjectId);
            }

            @Override
            public void requireIssuable(StoreSession s, UUID subjectId) {
                requireApproved(s, subjectId);
            }
        };
    }

    private interface Words {
        NoticeText of(StoreSession s, UUID subjectId, LocalDate signedOn);
    }

    private static NoticeSource source(Words words) {
        return new NoticeSource() {
            @Override
            public NoticeText wording(StoreSession s, UUID subjectId, LocalDate signedOn) {
                return words.of(s, subjectId, signedOn);
            }

            @Override
            public boolean exists(StoreSession s, UUID subjectId) {
                return LeadershipNotices.exists(s, subjectId);
            }
        };
    }

    /** The notice of a designated or appointed position; an elected one is refused. */
    public static NoticeText appointment(StoreSession s, UUID holdingId, LocalDate signedOn) {
        Holding h = holding(s, holdingId);
        if (!h.getsAppointmentNotice()) {
            throw new UserError("error.notice.electedNoAppointment");
        }
        PartyOrg org = org(s, h.orgId());
        Member m = member(s, h.memberId());
        // an appointment to a temporary branch lasts until it is dissolved; elsewhere, no end date
        String since =
                h.chosen() == Chosen.APPOINTED && org.type() != OrgType.TEMPORARY_BRANCH
                        ? "APPOINTED_ELSEWHERE"
                        : h.chosen().name();
        return aboutAHolding(
                "APPOINTMENT",
                h,
                org,
                m,
                signedOn != null ? signedOn : h.docDate() != null ? h.docDate() : h.from(),
                Messages.format("notice.appointment.line", m.name(), org.fullName(), h.title()),
                Messages.format("notice.appointment.since." + since, day(h.from())),
                List.of(h.chosen().name(), h.from().toString(), String.valueOf(h.docNumber())));
    }

    /** The notice of a removal, transfer or resignation; refused while the position is held. */
    public static NoticeText removal(StoreSession s, UUID holdingId, LocalDate signedOn) {
        Holding h = holding(s, holdingId);
        if (h.isServing()) {
            throw new UserError("error.notice.stillServing");
        }
        if (!h.getsRemovalNotice()) {
            throw new UserError(
                    "error.notice.noRemovalNeeded",
                    Messages.format("endReason." + h.endReason().name()));
        }
        PartyOrg org = org(s, h.orgId());
        Member m = member(s, h.memberId());
        return aboutAHolding(
                "REMOVAL",
                h,
                org,
                m,
                signedOn != null ? signedOn : h.endedOn(),
                Messages.format(
                        "notice.removal.line",
                        m.name(),
                        org.fullName(),
                        h.title(),
                        Messages.format("endReason." + h.endReason().name())),
                Messages.format("notice.removal.since", day(h.endedOn())),
                List.of(h.endedOn().toString(), h.endReason().name()));
    }

    /**
     * A notice about one holding: 经研究，决定：, what is decided, from when, 特此通知; hashed with the
     * organization, the person and the seat, and what the kind adds.
     */
    private static NoticeText aboutAHolding(
            String kind,
            Holding h,
            PartyOrg org,
            Member m,
            LocalDate signed,
            String decision,
            String since,
            List<String> facts) {
        List<Notice.Paragraph> body =
                List.of(
                        Notice.Paragraph.body(Messages.format("notice.appointment.opening")),
                        Notice.Paragraph.body(decision),
                        Notice.Paragraph.body(since),
                        Notice.Paragraph.body(Messages.format("notice.closing.notice")));
        List<String> hashed = new ArrayList<>(List.of(org.fullName(), m.name(), h.title()));
        hashed.addAll(facts);
        return new NoticeText(
                Messages.format("notice.title." + kind, m.name()),
                signed,
                org.fullName(),
                body,
                org.name() + "/" + m.name(),
                hashed,
                org.name());
    }

    /**
     * The reply approving a renewal's result: who was elected, with their votes kept on the record,
     * and (once the committee has chosen them) the secretary and deputy. Refused before the result
     * is reported.
     */
    public static NoticeText electionResult(StoreSession s, UUID electionId, LocalDate signedOn) {
        Election e =
                s.elections()
                        .find(electionId)
                        .orElseThrow(() -> new UserError("error.election.notFound"));
        if (!e.replyMayBeDrafted()) {
            throw new UserError("error.notice.notReported");
        }
        PartyOrg org = org(s, e.orgId());
        LocalDate signed =
                signedOn != null
                        ? signedOn
                        : e.approval() != null ? e.approval().on() : e.report().on();
        String sep = Messages.format("list.separator");
        List<String> names = new ArrayList<>();
        String secretary = null;
        String deputy = null;
        for (Election.Candidate c : e.elected()) {
            String name = member(s, c.memberId()).name();
            names.add(name);
            if (c.position() == Position.SECRETARY) {
                secretary = name;
            } else if (c.position() == Position.DEPUTY_SECRETARY) {
                deputy = name;
            }
        }
        // the term's own length once it began; before approval, what the office sets now
        int years =
                s.terms().ofOrg(org.id()).stream()
                        .filter(t -> t.startedOn().equals(e.meeting().on()))
                        .map(Term::years)
                        .findFirst()
                        .orElse(LeadershipRules.termYears(org.type(), s.office().termYears()));
        // what the paper says, and nothing it does not: the votes stay on the record, unprinted
        List<String> facts = new ArrayList<>();
        facts.add(org.fullName());
        facts.add(String.valueOf(e.report().docNumber()));
        facts.add(e.meeting().on().toString());
        facts.add(String.join(sep, names));
        facts.add(String.valueOf(secretary));
        facts.add(String.valueOf(deputy));
        facts.add(Integer.toString(years));
        String committee =
                org.fullName().endsWith(Messages.format("notice.committeeSuffix"))
                        ? org.fullName()
                        : org.fullName() + Messages.format("notice.committeeSuffix");
        List<Notice.Paragraph> body = new ArrayList<>();
        body.add(
                Notice.Paragraph.body(
                        Messages.format(
                                "notice.election.opening",
                                Messages.format("notice.you." + org.type().name()),
                                e.report().docNumber())));
        body.add(
                Notice.Paragraph.body(
                        Messages.format(
                                e.seats() >= 3
                                        ? "notice.election.committee"
                                        : "notice.election.direct",
                                day(e.meeting().on()),
                                String.join(sep, names),
                                e.seats() >= 3 ? committee : org.fullName())));
        if (secretary != null) {
            body.add(
                    Notice.Paragraph.body(
                            deputy == null
                                    ? Messages.format("notice.election.secretary", secretary)
                                    : Messages.format(
                                            "notice.election.secretaryAndDeputy",
                                            secretary,
                                            deputy)));
        }
        body.add(Notice.Paragraph.body(Messages.format("notice.election.term", years)));
        body.add(Notice.Paragraph.body(Messages.format("notice.closing.reply")));
        return new NoticeText(
                Messages.format("notice.title.ELECTION_RESULT", org.fullName()),
                signed,
                org.fullName(),
                body,
                org.name() + "/" + e.meeting().on(),
                facts,
                org.name());
    }

    /** Issuing the reply needs the approval recorded: it is the approval's paper. */
    public static void requireApproved(StoreSession s, UUID electionId) {
        Election e =
                s.elections()
                        .find(electionId)
                        .orElseThrow(() -> new UserError("error.election.notFound"));
        if (!e.replyMayBeIssued()) {
            throw new UserError("error.notice.notApproved");
        }
    }

    /** The renewal of an organization whose meeting was on {@code meetingOn}. */
    public static UUID electionHeld(StoreSession s, UUID orgId, LocalDate meetingOn) {
        return s.elections().ofOrg(orgId).stream()
                .filter(e -> e.meeting() != null && e.meeting().on().equals(meetingOn))
                .findFirst()
                .map(Election::id)
                .orElseThrow(() -> new UserError("error.election.noMeeting", meetingOn));
    }

    /** Whether the subject of a notice is still on the register (verification asks). */
    public static boolean exists(StoreSession s, UUID subjectId) {
        return s.positions().find(subjectId).isPresent()
                || s.elections().find(subjectId).isPresent();
    }

    private static String day(LocalDate d) {
        return NoticeRenderer.chineseDate(d);
    }

    private static Holding holding(StoreSession s, UUID id) {
        return s.positions().find(id).orElseThrow(() -> new UserError("error.holding.notFound"));
    }

    private static PartyOrg org(StoreSession s, UUID id) {
        return s.orgs().find(id).orElseThrow(() -> new UserError("error.org.notFound"));
    }

    private static Member member(StoreSession s, UUID id) {
        return s.members().find(id).orElseThrow(() -> new UserError("error.member.notFound"));
    }
}
