package org.branchdesk.service.members;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.members.CitizenId;
import org.branchdesk.domain.members.Member;
import org.branchdesk.domain.members.MemberField;
import org.branchdesk.domain.members.MemberMerge;
import org.branchdesk.domain.members.MemberRules;
import org.branchdesk.domain.members.Membership;
import org.branchdesk.domain.members.Presence;
import org.branchdesk.domain.members.Registration;
import org.branchdesk.domain.members.Sex;
import org.branchdesk.domain.members.Standing;
import org.branchdesk.domain.orgs.OrgType;
import org.branchdesk.domain.orgs.PartyOrg;
import org.branchdesk.domain.places.Community;
import org.branchdesk.domain.places.Compound;
import org.branchdesk.service.access.Actor;
import org.branchdesk.service.importing.CompoundKey;
import org.branchdesk.service.importing.ImportKind;
import org.branchdesk.service.importing.ImportLookups;
import org.branchdesk.service.importing.ImportPlan;
import org.branchdesk.service.importing.ImportPlan.Fate;
import org.branchdesk.service.importing.ImportPlan.RowOutcome;
import org.branchdesk.service.importing.ImportProgress;
import org.branchdesk.service.importing.Importer;
import org.branchdesk.service.importing.Parsed;
import org.branchdesk.service.importing.Planned;
import org.branchdesk.service.importing.RowReader;
import org.branchdesk.service.orgs.PartyOrgService;
import org.branchdesk.service.places.PlacesService;
import org.branchdesk.service.sheets.Columns;
import org.branchdesk.service.sheets.Dates;
import org.branchdesk.service.sheets.ImportColumn;
import org.branchdesk.service.sheets.SheetRow;
import org.branchdesk.service.sheets.Vocabulary;
import org.branchdesk.store.AuditLog;
import org.branchdesk.store.AuditLog.Action;
import org.branchdesk.store.StoreSession;
import org.branchdesk.store.orgs.TemporaryBranchRepository;

/**
 * Imports party members from a clerk's sheet ({@code .xlsx}, {@code .xls} or CSV). A row whose ID
 * number the office knows updates that member (filled cells only); others are new. Communities and
 * compounds the file names but the office lacks are created with the import. With refused rows
 * nothing is imported unless the clerk chooses to import only valid rows; either way all of it
 * happens in one transaction.
 */
public final class MemberImporter implements Importer<MemberImporter.Values, MemberImporter.Work> {
    static final String ENTITY = AuditLog.MEMBER;

    /** Stands for a place that the import will create, when planning. */
    private static final UUID NOT_YET = ImportLookups.NOT_YET;

    /** The columns of the members template, in template order, with the names clerks use. */
    public enum Column implements ImportColumn {
        NAME("field.member.name"),
        SEX("field.member.sex"),
        ID_NUMBER("field.member.idNumber"),
        BIRTH_DATE("field.member.birthDate"),
        ETHNIC_GROUP("field.member.ethnicGroup"),
        EDUCATION("field.member.education"),
        PHONE("field.member.phone"),
        JOINED_ON("field.member.joinedOn"),
        FULL_ON("field.member.fullOn"),
        STANDING("field.member.standing"),
        REGISTRATION("field.member.registration"),
        PRESENCE("field.member.presence"),
        ORG("field.member.org"),
        COMMUNITY("field.member.community"),
        COMPOUND("field.member.compound"),
        BUILDING("field.member.building"),
        UNIT("field.member.unit"),
        ROOM("field.member.room"),
        WORKPLACE("field.member.workplace"),
        NOTE("field.member.note"),
        TEMPORARY_BRANCH("field.member.temporaryBranch"),
        TAGS("field.member.tags");

        final String fieldKey;

        Column(String fieldKey) {
            this.fieldKey = fieldKey;
        }

        @Override
        public String fieldKey() {
            return fieldKey;
        }

        @Override
        public List<String> headers() {
            return Vocabulary.words("members." + name());
        }
    }

    /** Taking part in a temporary branch, as the audit log records it. */
    public record TemporaryBranchLink(UUID temporaryBranch, UUID member) {}

    /** A row that passed every check, with the cells it fills. */
    public record Values(
            int row,
            Member values,
            String community,
            String compound,
            String org,
            String temporaryBranch,
            Set<Column> filled) {}

    private final PlacesService places;
    private final Actor actor;
    private final Clock clock;

    public MemberImporter(PlacesService places, Actor actor, Clock clock) {
        this.places = places;
        this.actor = actor;
        this.clock = clock;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.MEMBERS;
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.values());
    }

    @Override
    public Parsed<Values> parse(byte[] content, String source, ImportProgress progress) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Integer> seen = new HashMap<>();
        return RowReader.read(
                content,
                source,
                Column.class,
                2,
                Column.NAME,
                Column.ID_NUMBER,
                progress,
                (columns, row) -> columns.get(row, Column.NAME),
                (columns, row) -> {
                    Values p = parseRow(columns, row, today);
                    Integer first = seen.putIfAbsent(p.values().citizenId().value(), row.number());
                    if (first != null) {
                        throw new ValidationError(
                                Column.ID_NUMBER.fieldKey, "rule.member.repeatedId", first);
                    }
                    return p;
                });
    }

    private static Values parseRow(Columns<Column> columns, SheetRow row, LocalDate today) {
        String name = MemberRules.validName(columns.get(row, Column.NAME));
        CitizenId id = CitizenId.parse(columns.get(row, Column.ID_NUMBER));
        Sex sex = sex(columns.get(row, Column.SEX));
        LocalDate birth =
                Dates.parse(Column.BIRTH_DATE.fieldKey, columns.get(row, Column.BIRTH_DATE));
        LocalDate joined =
                Dates.parse(Column.JOINED_ON.fieldKey, columns.get(row, Column.JOINED_ON));
        LocalDate full = Dates.parse(Column.FULL_ON.fieldKey, columns.get(row, Column.FULL_ON));
        Standing standing =
                Membership.standingFor(
                        standing(columns.get(row, Column.STANDING)), full, Standing.FULL);
        MemberRules.check(id, sex, birth, joined, full, standing, today);
        String registrationText = columns.get(row, Column.REGISTRATION);
        Registration registration = registration(registrationText);
        Presence presence =
                presence(columns.get(row, Column.PRESENCE), registrationText, registration);
        Set<Column> filled = new HashSet<>();
        for (Column c : Column.values()) {
            if (columns.get(row, c) != null) {
                filled.add(c);
            }
        }
        Member values =
                new Member(
                        UUID.randomUUID(),
                        name,
                        id.sex(),
                        id,
                        ethnicGroup(columns.get(row, Column.ETHNIC_GROUP)),
                        MemberField.EDUCATION.optional(columns.get(row, Column.EDUCATION)),
                        MemberField.PHONE.optional(columns.get(row, Column.PHONE)),
                        joined,
                        full,
                        standing,
                        registration,
                        presence,
                        null,
                        null,
                        null,
                        MemberField.BUILDING.optional(columns.get(row, Column.BUILDING)),
                        MemberField.UNIT.optional(columns.get(row, Column.UNIT)),
                        MemberField.ROOM.optional(columns.get(row, Column.ROOM)),
                        MemberField.WORKPLACE.optional(columns.get(row, Column.WORKPLACE)),
                        MemberField.NOTE.optional(columns.get(row, Column.NOTE)),
                        null,
                        null,
                        Member.normalizeTags(columns.get(row, Column.TAGS)));
        String community = columns.get(row, Column.COMMUNITY);
        String compound = columns.get(row, Column.COMPOUND);
        if (community != null) {
            community = Community.validName(community);
        }
        if (compound != null) {
            compound = Compound.validName(compound);
            if (community == null) {
                throw new ValidationError(
                        Column.COMMUNITY.fieldKey, "rule.member.compoundWithoutCommunity");
            }
        }
        return new Values(
                row.number(),
                values,
                community,
                compound,
                columns.get(row, Column.ORG),
                columns.get(row, Column.TEMPORARY_BRANCH),
                filled);
    }

    private static Sex sex(String v) {
        if (v == null) {
            return null;
        }
        if (Vocabulary.is("value.male", v)) {
            return Sex.MALE;
        }
        if (Vocabulary.is("value.female", v)) {
            return Sex.FEMALE;
        }
        throw new ValidationError(
                Column.SEX.fieldKey, "rule.notOneOf", v, Vocabulary.text("allowed.sex"));
    }

    private static Standing standing(String v) {
        if (v == null) {
            return null;
        }
        if (Vocabulary.is("value.full", v)) {
            return Standing.FULL;
        }
        if (Vocabulary.is("value.probationary", v)) {
            return Standing.PROBATIONARY;
        }
        throw new ValidationError(
                Column.STANDING.fieldKey, "rule.notOneOf", v, Vocabulary.text("allowed.standing"));
    }

    private static Registration registration(String v) {
        if (v == null) {
            return Registration.COMMUNITY;
        }
        for (Registration r :
                new Registration[] {
                    Registration.COMMUNITY,
                    Registration.OTHER_UNIT,
                    Registration.RETIRED_FORMER_UNIT
                }) {
            if (Vocabulary.mentions("registration." + r.name(), v)) {
                return r;
            }
        }
        throw new ValidationError(
                Column.REGISTRATION.fieldKey,
                "rule.notOneOf",
                v,
                Vocabulary.text("allowed.registration"));
    }

    private static Presence presence(String v, String registrationText, Registration registration) {
        if (v == null) {
            return Membership.presenceFor(
                    registration,
                    registrationText != null
                            && Vocabulary.mentions("registration.mobile", registrationText));
        }
        for (Presence p :
                new Presence[] {
                    Presence.REPORTING_IN_SERVICE,
                    Presence.MOBILE_IN,
                    Presence.WENT_OUT,
                    Presence.LOST_CONTACT,
                    Presence.RESIDENT
                }) {
            if (Vocabulary.mentions("presence." + p.name(), v)) {
                return p;
            }
        }
        throw new ValidationError(
                Column.PRESENCE.fieldKey, "rule.notOneOf", v, Vocabulary.text("allowed.presence"));
    }

    /** 汉 is 汉族; names of ethnic groups get their 族. */
    static String ethnicGroup(String v) {
        String e = MemberField.ETHNIC_GROUP.optional(v);
        if (e == null) {
            return null;
        }
        String suffix = Vocabulary.text("ethnic.suffix");
        if (e.endsWith(suffix) || Vocabulary.mentions("ethnic.keepAsIs", e)) {
            return e;
        }
        return e + suffix;
    }

    // ------------------------------------------------------------------ planning and applying

    /** The plan, and the lookups the apply step reuses. */
    public record Work(
            Map<String, Member> existing,
            Map<String, UUID> orgs,
            Set<Integer> refusedRows,
            Map<String, UUID> temporaryBranches,
            Set<TemporaryBranchRepository.Pair> links) {}

    @Override
    public Planned<Values, Work> plan(
            StoreSession s, Parsed<Values> parsed, ImportProgress progress) {
        Map<String, Member> existing = s.members().byIdNumber();
        Map<String, UUID> orgs = orgsByName(s);
        Map<String, PartyOrg> cannotHold = new HashMap<>();
        for (PartyOrg o : s.orgs().list()) {
            if (o.isActive()
                    && !Membership.canBeHeldIn(o)
                    && o.type() != OrgType.TEMPORARY_BRANCH) {
                cannotHold.putIfAbsent(o.name(), o);
                cannotHold.putIfAbsent(o.fullName(), o);
            }
        }
        Map<String, UUID> temporaryBranches = new HashMap<>();
        for (PartyOrg o : s.orgs().list()) {
            if (o.isActive() && o.type() == OrgType.TEMPORARY_BRANCH) {
                temporaryBranches.put(o.name(), o.id());
            }
        }
        Set<TemporaryBranchRepository.Pair> links = s.temporaryBranches().currentLinks();
        Set<String> unknownTemporary = new LinkedHashSet<>();
        Map<String, Community> communities = ImportLookups.communitiesByName(s);
        Map<CompoundKey, UUID> compoundIds = ImportLookups.compoundsByKey(s);
        Set<String> newCommunities = new LinkedHashSet<>();
        Set<String> newCompounds = new LinkedHashSet<>();
        Set<String> unknownOrgs = new LinkedHashSet<>();
        Set<String> temporaryAsOrg = new LinkedHashSet<>();
        List<RowOutcome> outcomes = new ArrayList<>(parsed.refused());
        Set<Integer> refusedRows = new HashSet<>();
        LocalDate today = LocalDate.now(clock);
        int planned = 0;
        for (Values p : parsed.rows()) {
            progress.step(planned++, parsed.rows().size());
            PartyOrg leading =
                    p.org() == null || orgs.containsKey(p.org()) ? null : cannotHold.get(p.org());
            if (leading != null) {
                // the working committee, a party committee or general branch leads branches, holds
                // no members
                refusedRows.add(p.row());
                outcomes.add(
                        new RowOutcome(
                                p.row(),
                                Fate.REFUSED,
                                p.values().name(),
                                Messages.format(Column.ORG.fieldKey),
                                Messages.format(
                                        "rule.member.orgCannotHold",
                                        p.org(),
                                        Messages.format("orgType." + leading.type().name()))));
                continue;
            }
            Member old = existing.get(p.values().citizenId().value());
            if (old != null) {
                // an update must leave a member that passes the rules as a whole
                Member after = merged(old, p, old.communityId(), old.compoundId(), old.orgId());
                try {
                    MemberRules.check(
                            after.citizenId(),
                            null,
                            null,
                            after.joinedOn(),
                            after.fullOn(),
                            after.standing(),
                            today);
                } catch (ValidationError e) {
                    refusedRows.add(p.row());
                    outcomes.add(
                            new RowOutcome(
                                    p.row(),
                                    Fate.REFUSED,
                                    p.values().name(),
                                    Messages.format(e.field()),
                                    Messages.format("rule.member.updateBreaks", e.reason())));
                    continue;
                }
            }
            if (p.community() != null && !communities.containsKey(p.community())) {
                newCommunities.add(p.community());
            }
            if (p.compound() != null) {
                Community c = communities.get(p.community());
                if (c == null || !compoundIds.containsKey(new CompoundKey(c.id(), p.compound()))) {
                    newCompounds.add(p.community() + "/" + p.compound());
                }
            }
            if (p.org() != null && !orgs.containsKey(p.org())) {
                if (temporaryBranches.containsKey(p.org())) {
                    temporaryAsOrg.add(p.org());
                } else {
                    unknownOrgs.add(p.org());
                }
            }
            if (p.temporaryBranch() != null
                    && !temporaryBranches.containsKey(p.temporaryBranch())) {
                unknownTemporary.add(p.temporaryBranch());
            }
            Fate fate = Fate.NEW;
            if (old != null) {
                Community c = p.community() == null ? null : communities.get(p.community());
                UUID communityId = p.community() == null ? null : c == null ? NOT_YET : c.id();
                UUID compoundId =
                        p.compound() == null
                                ? null
                                : c == null
                                        ? NOT_YET
                                        : compoundIds.getOrDefault(
                                                new CompoundKey(c.id(), p.compound()), NOT_YET);
                UUID orgId = p.org() == null ? null : orgs.get(p.org());
                UUID temporary =
                        p.temporaryBranch() == null
                                ? null
                                : temporaryBranches.get(p.temporaryBranch());
                if (temporary == null && orgId == null && p.org() != null) {
                    temporary = temporaryBranches.get(p.org());
                }
                boolean newLink =
                        temporary != null
                                && !links.contains(
                                        new TemporaryBranchRepository.Pair(temporary, old.id()));
                fate =
                        merged(old, p, communityId, compoundId, orgId).equals(old) && !newLink
                                ? Fate.UNCHANGED
                                : Fate.UPDATE;
            }
            outcomes.add(new RowOutcome(p.row(), fate, p.values().name(), null, null));
        }
        outcomes.sort((a, b) -> Integer.compare(a.row(), b.row()));
        List<String> notes =
                new ArrayList<>(
                        Stream.concat(
                                        unknownOrgs.stream()
                                                .map(
                                                        o ->
                                                                Messages.format(
                                                                        "import.members.unknownOrg",
                                                                        o)),
                                        temporaryAsOrg.stream()
                                                .map(
                                                        o ->
                                                                Messages.format(
                                                                        "import.members.temporaryAsOrg",
                                                                        o)))
                                .toList());
        unknownTemporary.forEach(
                o -> notes.add(Messages.format("import.members.unknownTemporary", o)));
        return new Planned<>(
                new ImportPlan(
                        parsed.source(),
                        outcomes,
                        List.copyOf(newCommunities),
                        List.copyOf(newCompounds),
                        notes),
                parsed,
                new Work(existing, orgs, refusedRows, temporaryBranches, links));
    }

    private static Map<String, UUID> orgsByName(StoreSession s) {
        Map<String, UUID> orgs = new HashMap<>();
        for (PartyOrg o : s.orgs().list()) {
            if (Membership.canBeHeldIn(o)) {
                orgs.putIfAbsent(o.name(), o.id());
                orgs.putIfAbsent(o.fullName(), o.id());
            }
        }
        return orgs;
    }

    @Override
    public void apply(StoreSession s, Planned<Values, Work> planned, ImportProgress progress) {
        Parsed<Values> parsed = planned.parsed();
        Work work = planned.work();
        Map<String, Community> communities = ImportLookups.communitiesByName(s);
        Map<CompoundKey, UUID> compounds = ImportLookups.compoundsByKey(s);
        List<Member> inserts = new ArrayList<>();
        List<UUID[]> newLinks = new ArrayList<>();
        int index = 0;
        for (Values p : parsed.rows()) {
            progress.step(index++, parsed.rows().size(), 0, 40);
            if (work.refusedRows().contains(p.row())) {
                continue;
            }
            Community community =
                    p.community() == null
                            ? null
                            : communities.computeIfAbsent(
                                    p.community(), n -> places.createCommunity(s, n));
            UUID compound = null;
            if (p.compound() != null) {
                compound =
                        compounds.computeIfAbsent(
                                new CompoundKey(community.id(), p.compound()),
                                k ->
                                        places.createCompound(
                                                        s,
                                                        new Compound(
                                                                UUID.randomUUID(),
                                                                community.id(),
                                                                p.compound(),
                                                                null,
                                                                null,
                                                                null,
                                                                null,
                                                                null,
                                                                null,
                                                                null,
                                                                null))
                                                .id());
            }
            UUID org = p.org() == null ? null : work.orgs().get(p.org());
            Member old = work.existing().get(p.values().citizenId().value());
            UUID communityId = community == null ? null : community.id();
            UUID temporary =
                    p.temporaryBranch() == null
                            ? null
                            : work.temporaryBranches().get(p.temporaryBranch());
            if (temporary == null && org == null && p.org() != null) {
                // membership is never held in a temporary branch: naming one means taking part in
                // it
                temporary = work.temporaryBranches().get(p.org());
            }
            UUID memberId = old == null ? p.values().id() : old.id();
            if (temporary != null
                    && work.links().add(new TemporaryBranchRepository.Pair(temporary, memberId))) {
                newLinks.add(new UUID[] {temporary, memberId});
            }
            if (old == null) {
                inserts.add(p.values().withPlaceAndOrg(communityId, compound, org));
            } else {
                Member now = merged(old, p, communityId, compound, org);
                if (!now.equals(old)) {
                    s.members().update(now);
                    s.audit().record(actor.name(), ENTITY, old.id(), Action.UPDATE, old, now);
                }
            }
        }
        s.members().insertAll(inserts);
        progress.at(70);
        s.audit().recordAll(actor.name(), ENTITY, Action.CREATE, inserts);
        progress.at(95);
        for (UUID[] link : newLinks) {
            UUID id = s.temporaryBranches().insert(link[0], link[1], null);
            s.audit()
                    .record(
                            actor.name(),
                            AuditLog.TEMPORARY_BRANCH_MEMBER,
                            id,
                            Action.CREATE,
                            null,
                            new TemporaryBranchLink(link[0], link[1]));
        }
        PartyOrgService.linkLeaders(s, actor.name());
    }

    /** The existing member with every cell the row fills ({@link MemberMerge}). */
    private static Member merged(Member old, Values p, UUID community, UUID compound, UUID org) {
        Set<MemberMerge.Given> given = RowReader.given(p.filled(), MemberMerge.Given.class);
        return MemberMerge.merge(old, p.values(), given, community, compound, org);
    }
}
