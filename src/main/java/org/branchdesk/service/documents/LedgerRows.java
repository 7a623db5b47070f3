package org.branchdesk.service.documents;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.branchdesk.domain.common.Masking;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.leadership.Holding;
import org.branchdesk.domain.leadership.Position;
import org.branchdesk.domain.leadership.Term;
import org.branchdesk.domain.members.Member;
import org.branchdesk.domain.members.Presence;
import org.branchdesk.domain.members.Registration;
import org.branchdesk.domain.members.Sex;
import org.branchdesk.domain.members.Standing;
import org.branchdesk.domain.office.Office;
import org.branchdesk.domain.orgs.PartyOrg;
import org.branchdesk.domain.places.Community;
import org.branchdesk.domain.surveys.CompoundSurvey;
import org.branchdesk.domain.surveys.SurveyItem;
import org.branchdesk.print.Ledger;
import org.branchdesk.service.coverage.CoverageService;
import org.branchdesk.service.orgs.PartyOrgService;
import org.branchdesk.service.paper.LedgerTable;
import org.branchdesk.service.registers.Registers;
import org.branchdesk.service.surveys.SurveyService;
import org.branchdesk.store.Store;
import org.branchdesk.store.StoreSession;
import org.branchdesk.store.members.MemberRepository.Fact;

/**
 * The rows of each ledger, built from the registers: what is printed, and (without the row number,
 * which shifts when a row is added) what is hashed for verification. Personal data is masked here,
 * so neither the paper nor the register of printed ledgers holds it in clear.
 */
public final class LedgerRows {
    private static final Collator CHINESE = Collator.getInstance(Locale.CHINA);

    private final Store store;
    private final Registers.Holder registers;
    private final PartyOrgService orgs;
    private final SurveyService surveys;
    private final CoverageService coverage;

    public LedgerRows(
            Store store,
            Registers.Holder registers,
            PartyOrgService orgs,
            SurveyService surveys,
            CoverageService coverage) {
        this.store = store;
        this.registers = registers;
        this.orgs = orgs;
        this.surveys = surveys;
        this.coverage = coverage;
    }

    LedgerTable table(LedgerKind kind, String community) {
        if (kind == LedgerKind.MEMBERS) {
            return membersTable(
                    community); // straight from the members table: no register to build first
        }
        Registers s = registers.get();
        if (s.office() == null) {
            throw new UserError("error.office.notInitialized");
        }
        if (community != null
                && s.communities().stream().noneMatch(c -> c.name().equals(community))) {
            throw new UserError("error.ledger.noSuchCommunity", community);
        }
        String title =
                Messages.format(
                        "ledger.title." + kind.name(),
                        community == null ? s.office().name() : community);
        String unit = Messages.format("notice.defaultMark", s.office().name());
        List<Ledger.Column> columns = new ArrayList<>();
        columns.add(Ledger.Column.text(Messages.format("ledger.col.index"), 0.5f));
        List<LedgerTable.Row> rows =
                switch (kind) {
                    case ORG -> org(s, community, columns);
                    case COMPOUNDS -> compounds(community, columns);
                    case OWNERLESS -> ownerless(s, community, columns);
                    case DISTRIBUTION -> distribution(s, community, columns);
                    case SECRETARIES -> secretaries(s, community, columns);
                    case APPOINTMENTS -> appointments(s, community, columns);
                    case MEMBERS -> throw new IllegalStateException("read above");
                    default ->
                            throw new IllegalArgumentException(
                                    kind + " is printed by its capability's LedgerSource");
                };
        return new LedgerTable(
                title,
                unit,
                columns,
                rows,
                kind != LedgerKind.OWNERLESS
                        && kind != LedgerKind.SECRETARIES
                        && kind != LedgerKind.APPOINTMENTS);
    }

    private static List<String> headers(String key) {
        return List.of(Messages.format(key).split(","));
    }

    private static void text(List<Ledger.Column> columns, String header, float weight) {
        columns.add(Ledger.Column.text(header, weight));
    }

    private static void number(List<Ledger.Column> columns, String header, float weight) {
        columns.add(Ledger.Column.number(header, weight));
    }

    // ------------------------------------------------------------------ 党组织体系

    private List<LedgerTable.Row> org(Registers s, String community, List<Ledger.Column> columns) {
        List<String> h = headers("ledger.cols.ORG");
        text(columns, h.get(0), 2.4f);
        text(columns, h.get(1), 1.3f);
        text(columns, h.get(2), 2f);
        text(columns, h.get(3), 2.4f);
        text(columns, h.get(4), 0.9f);
        number(columns, h.get(5), 0.8f);
        number(columns, h.get(6), 0.8f);
        text(columns, h.get(7), 1.1f);
        Map<UUID, String> names = new HashMap<>();
        s.orgs().forEach(o -> names.put(o.id(), o.name()));
        Map<UUID, String> secretaries = secretaries(s);
        List<LedgerTable.Row> rows = new ArrayList<>();
        for (PartyOrgService.ChartNode root : orgs.chart(false)) {
            walk(root, community, s, names, secretaries, rows);
        }
        return rows;
    }

    /** The serving secretary of each organization, by name, from the leadership register. */
    private Map<UUID, String> secretaries(Registers s) {
        return store.read(
                st -> {
                    Map<UUID, String> out = new HashMap<>();
                    List<Holding> serving =
                            st.positions().serving().stream()
                                    .filter(h -> h.position() == Position.SECRETARY)
                                    .toList();
                    for (Held x : held(st, s, null, serving)) {
                        if (x.member() != null) {
                            out.put(x.org().id(), x.member().name());
                        }
                    }
                    return out;
                });
    }

    private void walk(
            PartyOrgService.ChartNode n,
            String community,
            Registers s,
            Map<UUID, String> names,
            Map<UUID, String> secretaries,
            List<LedgerTable.Row> rows) {
        var o = n.org();
        String orgCommunity =
                o.communityId() == null ? null : s.communityNames().get(o.communityId());
        if (community == null || community.equals(orgCommunity)) {
            rows.add(
                    new LedgerTable.Row(
                            o.id().toString(),
                            o.name(),
                            List.of(
                                    o.name(),
                                    Messages.format("orgType." + o.type().name()),
                                    o.parentId() == null
                                            ? ""
                                            : names.getOrDefault(o.parentId(), ""),
                                    String.join(Messages.format("list.separator"), n.compounds()),
                                    secretaries.getOrDefault(o.id(), ""),
                                    Integer.toString(n.members()),
                                    o.type().isBranchLevel()
                                            ? Integer.toString(n.fullMembers())
                                            : "",
                                    o.establishedOn() == null
                                            ? ""
                                            : o.establishedOn().toString())));
        }
        n.children().forEach(c -> walk(c, community, s, names, secretaries, rows));
    }

    // ------------------------------------------------------------------ 书记, 任免

    /** An organization's community, by name, or {@code null} (the working committee). */
    private static String communityOf(Registers s, PartyOrg o) {
        return o.communityId() == null ? null : s.communityNames().get(o.communityId());
    }

    /** Text columns under a ledger's headers, with these widths. */
    private static void textColumns(List<Ledger.Column> columns, String key, float... weights) {
        List<String> h = headers(key);
        for (int i = 0; i < weights.length; i++) {
            text(columns, h.get(i), weights[i]);
        }
    }

    /** A holding with its organization and member, as the leadership ledgers print it. */
    private record Held(Holding holding, PartyOrg org, Member member) {}

    /**
     * The holdings of the organizations of one community (or all), each with its organization and
     * its member: the members read in one query.
     */
    private static List<Held> held(
            StoreSession st, Registers s, String community, List<Holding> holdings) {
        Map<UUID, PartyOrg> orgs = new HashMap<>();
        s.orgs().forEach(o -> orgs.put(o.id(), o));
        List<Holding> kept =
                holdings.stream()
                        .filter(h -> orgs.containsKey(h.orgId()))
                        .filter(
                                h ->
                                        community == null
                                                || community.equals(
                                                        communityOf(s, orgs.get(h.orgId()))))
                        .toList();
        Map<UUID, Member> members = new HashMap<>();
        st.members()
                .findAll(kept.stream().map(Holding::memberId).distinct().toList())
                .forEach(m -> members.put(m.id(), m));
        return kept.stream()
                .map(h -> new Held(h, orgs.get(h.orgId()), members.get(h.memberId())))
                .toList();
    }

    private List<LedgerTable.Row> secretaries(
            Registers s, String community, List<Ledger.Column> columns) {
        textColumns(
                columns, "ledger.cols.SECRETARIES", 2.2f, 1.1f, 0.9f, 1.1f, 1.3f, 1f, 1f, 1.2f, 2f);
        return store.read(
                st -> {
                    Masking masking = st.office().masking();
                    Map<UUID, Term> terms = new HashMap<>();
                    st.terms().current().forEach(t -> terms.put(t.orgId(), t));
                    List<Holding> serving =
                            st.positions().serving().stream()
                                    .filter(h -> h.position() == Position.SECRETARY)
                                    .toList();
                    List<LedgerTable.Row> rows = new ArrayList<>();
                    for (Held x : held(st, s, community, serving)) {
                        Holding hd = x.holding();
                        PartyOrg o = x.org();
                        Member m = x.member();
                        Term t = terms.get(o.id());
                        List<String> head =
                                List.of(
                                        o.name(),
                                        Messages.format("orgType." + o.type().name()),
                                        m.name(),
                                        Messages.format("chosen." + hd.chosen().name()),
                                        Messages.format("source." + hd.source().name()),
                                        hd.from().toString(),
                                        t == null ? "" : t.lastDay().toString());
                        String exception =
                                hd.standingException() == null ? "" : hd.standingException();
                        List<String> cells = new ArrayList<>(head);
                        cells.add(m.phone() == null ? "" : masking.phone(m.phone()));
                        cells.add(exception);
                        List<String> hashed = new ArrayList<>(head);
                        hashed.add(m.phone() == null ? "" : Masking.STANDARD.phone(m.phone()));
                        hashed.add(exception);
                        rows.add(
                                new LedgerTable.Row(
                                        hd.id().toString(),
                                        o.name() + "/" + m.name(),
                                        cells,
                                        hashed));
                    }
                    rows.sort(byLabel());
                    return rows;
                });
    }

    private List<LedgerTable.Row> appointments(
            Registers s, String community, List<Ledger.Column> columns) {
        textColumns(
                columns,
                "ledger.cols.APPOINTMENTS",
                2f,
                0.9f,
                1.5f,
                1.1f,
                1.2f,
                1f,
                1.8f,
                1f,
                0.9f);
        return store.read(
                st -> {
                    List<LedgerTable.Row> rows = new ArrayList<>();
                    for (Held x : held(st, s, community, st.positions().all())) {
                        Holding hd = x.holding();
                        PartyOrg o = x.org();
                        Member m = x.member();
                        rows.add(
                                new LedgerTable.Row(
                                        hd.id().toString(),
                                        o.name() + "/" + m.name() + "/" + hd.from(),
                                        List.of(
                                                o.name(),
                                                m.name(),
                                                hd.title(),
                                                Messages.format("chosen." + hd.chosen().name()),
                                                Messages.format("source." + hd.source().name()),
                                                hd.from().toString(),
                                                hd.docNumber() == null ? "" : hd.docNumber(),
                                                hd.endedOn() == null ? "" : hd.endedOn().toString(),
                                                hd.endReason() == null
                                                        ? ""
                                                        : Messages.format(
                                                                "endReason."
                                                                        + hd.endReason().name()))));
                    }
                    rows.sort(byLabel());
                    return rows;
                });
    }

    /** Rows in pinyin order of their labels (organization, then person, then date). */
    private static Comparator<LedgerTable.Row> byLabel() {
        return (a, b) -> CHINESE.compare(a.label(), b.label());
    }

    // ------------------------------------------------------------------ 小区排查

    private List<LedgerTable.Row> compounds(String community, List<Ledger.Column> columns) {
        List<String> h = headers("ledger.cols.COMPOUNDS");
        text(columns, h.get(0), 1f);
        text(columns, h.get(1), 1.4f);
        number(columns, h.get(2), 0.7f);
        number(columns, h.get(3), 0.8f);
        number(columns, h.get(4), 0.7f);
        text(columns, h.get(5), 2f);
        text(columns, h.get(6), 0.7f);
        text(columns, h.get(7), 2f);
        text(columns, h.get(8), 1f);
        text(columns, h.get(9), 0.6f);
        number(columns, h.get(10), 0.8f);
        Map<UUID, CoverageService.Line> lines = new HashMap<>();
        coverage.coverage(CoverageService.Filter.ALL).forEach(l -> lines.put(l.compoundId(), l));
        List<LedgerTable.Row> rows = new ArrayList<>();
        for (SurveyService.CompoundRow r : surveys.compounds()) {
            if (community != null && !community.equals(r.community())) {
                continue;
            }
            CoverageService.Line l = lines.get(r.compoundId());
            rows.add(
                    new LedgerTable.Row(
                            r.compoundId().toString(),
                            r.community() + "/" + r.compound(),
                            List.of(
                                    r.community(),
                                    r.compound(),
                                    count(r.households()),
                                    count(r.residents()),
                                    count(r.buildings()),
                                    r.propertyCompany() == null ? "" : r.propertyCompany(),
                                    yes(r.ownerless()),
                                    l == null || l.branch() == null
                                            ? Messages.format("coverage.NONE")
                                            : l.branch(),
                                    r.surveyedOn() == null ? "" : r.surveyedOn().toString(),
                                    r.fourClear()
                                            ? Messages.format("value.yes")
                                            : Messages.format(
                                                    "compounds.points", r.pointsRecorded()),
                                    Integer.toString(r.openItems()))));
        }
        return rows;
    }

    // ------------------------------------------------------------------ 三无小区

    private List<LedgerTable.Row> ownerless(
            Registers s, String community, List<Ledger.Column> columns) {
        List<String> h = headers("ledger.cols.OWNERLESS");
        text(columns, h.get(0), 0.9f);
        text(columns, h.get(1), 1.1f);
        text(columns, h.get(2), 1.9f);
        text(columns, h.get(3), 1.9f);
        text(columns, h.get(4), 1.9f);
        text(columns, h.get(5), 1.9f);
        text(columns, h.get(6), 2.6f);
        text(columns, h.get(7), 1.3f);
        Map<UUID, List<SurveyItem>> open = new HashMap<>();
        for (SurveyItem i : store.read(x -> x.surveys().items())) {
            if (i.status() != SurveyItem.Status.CLOSED) {
                open.computeIfAbsent(i.compoundId(), k -> new ArrayList<>()).add(i);
            }
        }
        List<LedgerTable.Row> rows = new ArrayList<>();
        for (CoverageService.Line l : coverage.coverage(CoverageService.Filter.OWNERLESS)) {
            if (community != null && !community.equals(l.community())) {
                continue;
            }
            CompoundSurvey sv = s.surveys().get(l.compoundId());
            StringBuilder items = new StringBuilder();
            for (SurveyItem i : open.getOrDefault(l.compoundId(), List.of())) {
                items.append(items.length() == 0 ? "" : "\n")
                        .append(
                                Messages.format(
                                        "ledger.openItem",
                                        i.description(),
                                        i.responsible() == null ? "" : i.responsible(),
                                        i.deadline() == null ? "" : i.deadline().toString(),
                                        Messages.format("itemStatus." + i.status().name())));
            }
            rows.add(
                    new LedgerTable.Row(
                            l.compoundId().toString(),
                            l.community() + "/" + l.compound(),
                            List.of(
                                    l.community(),
                                    l.compound(),
                                    sv == null || sv.basicFacts() == null ? "" : sv.basicFacts(),
                                    sv == null || sv.residentsAndMembers() == null
                                            ? ""
                                            : sv.residentsAndMembers(),
                                    sv == null || sv.gaps() == null ? "" : sv.gaps(),
                                    sv == null || sv.hazards() == null ? "" : sv.hazards(),
                                    items.toString(),
                                    l.branch() == null
                                            ? Messages.format("coverage.NONE")
                                            : l.branch())));
        }
        return rows;
    }

    // ------------------------------------------------------------------ 党员分布

    private List<LedgerTable.Row> distribution(
            Registers s, String community, List<Ledger.Column> columns) {
        List<String> h = headers("ledger.cols.DISTRIBUTION");
        text(columns, h.get(0), 1.1f);
        text(columns, h.get(1), 1.5f);
        for (int i = 2; i < h.size(); i++) {
            number(columns, h.get(i), 0.9f);
        }
        Map<UUID, int[]> mobile = new HashMap<>();
        for (Fact f : s.members()) {
            if (f.active() && f.compoundId() != null && f.presence() == Presence.MOBILE_IN) {
                mobile.computeIfAbsent(f.compoundId(), k -> new int[1])[0]++;
            }
        }
        List<LedgerTable.Row> rows = new ArrayList<>();
        for (SurveyService.CompoundRow r : surveys.compounds()) {
            if (community != null && !community.equals(r.community())) {
                continue;
            }
            Map<Registration, Integer> by =
                    s.registrationsByCompound()
                            .getOrDefault(r.compoundId(), new EnumMap<>(Registration.class));
            int here = by.getOrDefault(Registration.COMMUNITY, 0);
            int other = by.getOrDefault(Registration.OTHER_UNIT, 0);
            int retired = by.getOrDefault(Registration.RETIRED_FORMER_UNIT, 0);
            rows.add(
                    new LedgerTable.Row(
                            r.compoundId().toString(),
                            r.community() + "/" + r.compound(),
                            List.of(
                                    r.community(),
                                    r.compound(),
                                    Integer.toString(here),
                                    Integer.toString(other),
                                    Integer.toString(retired),
                                    Integer.toString(
                                            mobile.getOrDefault(r.compoundId(), new int[1])[0]),
                                    Integer.toString(here + other + retired))));
        }
        return rows;
    }

    // ------------------------------------------------------------------ 党员花名册

    /**
     * The words a members ledger prints for sex, standing and registration, looked up once per
     * ledger.
     */
    private record MemberLabels(
            Map<Sex, String> sexes,
            Map<Standing, String> standings,
            Map<Registration, String> registrations) {
        static MemberLabels read() {
            return new MemberLabels(
                    labels(Sex.class, "sex."),
                    labels(Standing.class, "standing."),
                    labels(Registration.class, "registration."));
        }

        private static <E extends Enum<E>> Map<E, String> labels(Class<E> type, String prefix) {
            Map<E, String> labels = new EnumMap<>(type);
            for (E e : type.getEnumConstants()) {
                labels.put(e, Messages.format(prefix + e.name()));
            }
            return labels;
        }
    }

    /** A member's cells in the roster, with the ID number and phone as given (masked). */
    private static List<String> memberCells(
            Member m,
            String maskedId,
            String maskedPhone,
            Map<UUID, String> orgs,
            Map<UUID, String> compounds,
            MemberLabels labels) {
        return List.of(
                m.name(),
                labels.sexes().get(m.sex()),
                maskedId,
                m.ethnicGroup() == null ? "" : m.ethnicGroup(),
                m.education() == null ? "" : m.education(),
                m.joinedOn() == null ? "" : m.joinedOn().toString(),
                m.fullOn() == null ? "" : m.fullOn().toString(),
                labels.standings().get(m.standing()),
                labels.registrations().get(m.registration()),
                m.orgId() == null ? "" : orgs.getOrDefault(m.orgId(), ""),
                m.compoundId() == null ? "" : compounds.getOrDefault(m.compoundId(), ""),
                maskedPhone);
    }

    private LedgerTable membersTable(String community) {
        record Read(
                Office office,
                List<Community> communities,
                Map<UUID, String> orgs,
                Map<UUID, String> compounds,
                List<Member> members,
                Masking masking) {}
        Read r =
                store.read(
                        x -> {
                            List<Community> communities = x.communities().list();
                            UUID communityId = null;
                            if (community != null) {
                                communityId =
                                        communities.stream()
                                                .filter(c -> c.name().equals(community))
                                                .findFirst()
                                                .orElseThrow(
                                                        () ->
                                                                new UserError(
                                                                        "error.ledger.noSuchCommunity",
                                                                        community))
                                                .id();
                            }
                            Map<UUID, String> orgs = new HashMap<>();
                            x.orgs().list().forEach(o -> orgs.put(o.id(), o.name()));
                            Map<UUID, String> compounds = new HashMap<>();
                            x.compounds().list().forEach(c -> compounds.put(c.id(), c.name()));
                            return new Read(
                                    x.office()
                                            .find()
                                            .orElseThrow(
                                                    () ->
                                                            new UserError(
                                                                    "error.office.notInitialized")),
                                    communities,
                                    orgs,
                                    compounds,
                                    x.members().active(communityId),
                                    x.office().masking());
                        });
        List<Ledger.Column> columns = new ArrayList<>();
        columns.add(Ledger.Column.text(Messages.format("ledger.col.index"), 0.5f));
        List<String> h = headers("ledger.cols.MEMBERS");
        float[] weights = {
            1.3f, 0.45f, 2.05f, 0.9f, 0.95f, 1.15f, 1.15f, 0.95f, 2.1f, 1.9f, 1.35f, 1.3f
        };
        for (int i = 0; i < h.size(); i++) {
            text(columns, h.get(i), weights[i]);
        }
        // pinyin order of names, as the members screen lists them
        List<Member> members = new ArrayList<>(r.members());
        Map<UUID, CollationKey> keys = new HashMap<>(members.size() * 2);
        for (Member m : members) {
            keys.put(m.id(), CHINESE.getCollationKey(m.name()));
        }
        members.sort(
                (a, b) -> {
                    int c = keys.get(a.id()).compareTo(keys.get(b.id()));
                    return c != 0 ? c : a.id().compareTo(b.id());
                });
        List<LedgerTable.Row> rows = new ArrayList<>(members.size());
        MemberLabels labels = MemberLabels.read();
        Masking standard = Masking.STANDARD;
        for (Member m : members) {
            String masked = r.masking().id(m.citizenId().value());
            String phone = m.phone() == null ? "" : r.masking().phone(m.phone());
            List<String> cells = memberCells(m, masked, phone, r.orgs(), r.compounds(), labels);
            List<String> hashed =
                    r.masking() == standard
                            ? cells
                            : memberCells(
                                    m,
                                    standard.id(m.citizenId().value()),
                                    m.phone() == null ? "" : standard.phone(m.phone()),
                                    r.orgs(),
                                    r.compounds(),
                                    labels);
            rows.add(
                    new LedgerTable.Row(
                            m.id().toString(),
                            Messages.format("format.withName", m.name(), masked),
                            cells,
                            hashed));
        }
        String title =
                Messages.format(
                        "ledger.title.MEMBERS", community == null ? r.office().name() : community);
        return new LedgerTable(
                title,
                Messages.format("notice.defaultMark", r.office().name()),
                columns,
                rows,
                false);
    }

    private static String count(Integer n) {
        return n == null ? "" : n.toString();
    }

    private static String yes(boolean b) {
        return b ? Messages.format("value.yes") : "";
    }
}
