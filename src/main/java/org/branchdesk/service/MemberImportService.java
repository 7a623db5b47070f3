package org.branchdesk.service;

import org.branchdesk.domain.Permission;
import java.nio.file.Path;
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
import org.branchdesk.domain.CitizenId;
import org.branchdesk.domain.Community;
import org.branchdesk.domain.Compound;
import org.branchdesk.domain.Member;
import org.branchdesk.domain.MemberRules;
import org.branchdesk.domain.Names;
import org.branchdesk.domain.PartyOrg;
import org.branchdesk.domain.Presence;
import org.branchdesk.domain.Registration;
import org.branchdesk.domain.Sex;
import org.branchdesk.domain.Standing;
import org.branchdesk.domain.UserError;
import org.branchdesk.domain.ValidationError;
import org.branchdesk.service.ImportPlan.Fate;
import org.branchdesk.service.ImportPlan.Result;
import org.branchdesk.service.ImportPlan.RowOutcome;
import org.branchdesk.service.imports.Columns;
import org.branchdesk.service.imports.ImportColumn;
import org.branchdesk.service.imports.ImportFiles;
import org.branchdesk.service.imports.Vocabulary;
import org.branchdesk.service.imports.Dates;
import org.branchdesk.service.imports.SheetReader;
import org.branchdesk.service.imports.SheetRow;
import org.branchdesk.store.AuditLog.Action;
import org.branchdesk.store.Store;
import org.branchdesk.store.StoreSession;

/**
 * Imports party members from a clerk's sheet ({@code .xlsx}, {@code .xls} or CSV). A row
 * whose ID number the office knows updates that member (filled cells only); others are new.
 * Communities and compounds the file names but the office lacks are created with the import.
 * With refused rows nothing is imported unless the clerk chooses to import only valid rows;
 * either way all of it happens in one transaction.
 */
public final class MemberImportService {
    static final String ENTITY = "member";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MemberImportService.class);
    /** Stands for a place that the import will create, when planning. */
    private static final UUID NOT_YET = new UUID(0, 0);

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
    public record TemporaryBranchLink(UUID temporaryBranch, UUID member) {
    }

    /** A row that passed every check, with the cells it fills. */
    private record Parsed(int row, Member values, String community, String compound, String org,
                          String temporaryBranch, Set<Column> filled) {
    }

    private record ParseResult(String source, List<Parsed> valid, List<RowOutcome> refused) {
    }

    private final Store store;
    private final PlacesService places;
    private final Actor actor;
    private final Clock clock;

    public MemberImportService(Store store, PlacesService places, Actor actor, Clock clock) {
        this.store = store;
        this.places = places;
        this.actor = actor;
        this.clock = clock;
    }

    public Result importFile(Path file, boolean skipInvalid, boolean dryRun) {
        if (!dryRun) {
            actor.require(Permission.EDIT); // before the file is even read
        }
        return importFile(file, skipInvalid, dryRun, ImportProgress.NONE);
    }

    /** Imports a file, reporting how far it is; a cancel thrown by {@code progress} changes nothing. */
    public Result importFile(Path file, boolean skipInvalid, boolean dryRun, ImportProgress progress) {
        if (!dryRun) {
            actor.require(Permission.EDIT); // before the file is even read
        }
        progress.at(0);
        byte[] content = ImportFiles.read(file);
        return importBytes(content, file.getFileName().toString(), skipInvalid, dryRun, progress);
    }

    public ImportPlan preview(Path file) {
        ParseResult parsed = parse(ImportFiles.read(file), file.getFileName().toString(), ImportProgress.NONE);
        return store.read(s -> plan(s, parsed).plan());
    }

    public Result importBytes(byte[] content, String source, boolean skipInvalid, boolean dryRun) {
        if (!dryRun) {
            actor.require(Permission.EDIT); // before the file is even read
        }
        return importBytes(content, source, skipInvalid, dryRun, ImportProgress.NONE);
    }

    private Result importBytes(byte[] content, String source, boolean skipInvalid, boolean dryRun,
                               ImportProgress progress) {
        long t0 = System.nanoTime();
        ParseResult parsed = parse(content, source, progress);
        LOG.info("member import: {} rows read and checked in {} ms", parsed.valid().size() + parsed.refused().size(),
                (System.nanoTime() - t0) / 1_000_000);
        if (dryRun) {
            Result result = new Result(store.read(s -> plan(s, parsed).plan()), false);
            progress.at(100);
            return result;
        }
        Result result = Access.write(store, actor, Permission.EDIT, s -> importInto(s, parsed, skipInvalid, progress));
        progress.at(100);
        return result;
    }

    /** Imports inside a running transaction (the demo loads its street in one). */
    Result importInto(StoreSession s, byte[] content, String source, boolean skipInvalid) {
        return importInto(s, parse(content, source, ImportProgress.NONE), skipInvalid, ImportProgress.NONE);
    }

    private Result importInto(StoreSession s, ParseResult parsed, boolean skipInvalid, ImportProgress progress) {
        long t0 = System.nanoTime();
        Planned planned = plan(s, parsed);
        progress.at(65);
        long t1 = System.nanoTime();
        if (planned.plan().count(Fate.REFUSED) > 0 && !skipInvalid) {
            return new Result(planned.plan(), false);
        }
        apply(s, parsed, planned, progress);
        LOG.info("member import: planned in {} ms, written in {} ms", (t1 - t0) / 1_000_000,
                (System.nanoTime() - t1) / 1_000_000);
        return new Result(planned.plan(), true);
    }

    // ------------------------------------------------------------------ parsing

    private ParseResult parse(byte[] content, String source, ImportProgress progress) {
        List<SheetRow> rows = SheetReader.read(content, source);
        progress.at(35); // reading the sheet is about a third of the work
        Columns<Column> columns = Columns.of(Column.class);
        int header = columns.requireHeader(rows, 2, source, Column.NAME, Column.ID_NUMBER);
        LocalDate today = LocalDate.now(clock);
        List<Parsed> valid = new ArrayList<>();
        List<RowOutcome> refused = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        List<SheetRow> body = rows.subList(header + 1, rows.size());
        int index = 0;
        for (SheetRow row : body) {
            progress.step(index++, body.size(), 35, 55);
            if (row.isBlank()) {
                continue;
            }
            String name = columns.get(row, Column.NAME);
            try {
                Parsed p = parseRow(columns, row, today);
                Integer first = seen.putIfAbsent(p.values().citizenId().value(), row.number());
                if (first != null) {
                    refused.add(new RowOutcome(row.number(), Fate.REFUSED, p.values().name(),
                            UserError.format(Column.ID_NUMBER.fieldKey), UserError.format("rule.member.repeatedId", first)));
                    continue;
                }
                valid.add(p);
            } catch (ValidationError e) {
                refused.add(new RowOutcome(row.number(), Fate.REFUSED, name == null ? "" : name,
                        UserError.format(e.field()), e.reason()));
            }
        }
        return new ParseResult(source, valid, refused);
    }

    private static Parsed parseRow(Columns<Column> columns, SheetRow row, LocalDate today) {
        String name = MemberRules.validName(columns.get(row, Column.NAME));
        CitizenId id = CitizenId.parse(columns.get(row, Column.ID_NUMBER));
        Sex sex = sex(columns.get(row, Column.SEX));
        LocalDate birth = Dates.parse(Column.BIRTH_DATE.fieldKey, columns.get(row, Column.BIRTH_DATE));
        LocalDate joined = Dates.parse(Column.JOINED_ON.fieldKey, columns.get(row, Column.JOINED_ON));
        LocalDate full = Dates.parse(Column.FULL_ON.fieldKey, columns.get(row, Column.FULL_ON));
        Standing standing = standing(columns.get(row, Column.STANDING));
        MemberRules.check(id, sex, birth, joined, full, standing, today);
        String registrationText = columns.get(row, Column.REGISTRATION);
        Registration registration = registration(registrationText);
        Presence presence = presence(columns.get(row, Column.PRESENCE), registrationText, registration);
        Set<Column> filled = new HashSet<>();
        for (Column c : Column.values()) {
            if (columns.get(row, c) != null) {
                filled.add(c);
            }
        }
        Member values = new Member(UUID.randomUUID(), name, id.sex(), id,
                ethnicGroup(columns.get(row, Column.ETHNIC_GROUP)),
                Names.optional(Column.EDUCATION.fieldKey, columns.get(row, Column.EDUCATION), 40),
                Names.optional(Column.PHONE.fieldKey, columns.get(row, Column.PHONE), 40),
                joined, full, standing, registration, presence, null, null, null,
                Names.optional(Column.BUILDING.fieldKey, columns.get(row, Column.BUILDING), 40),
                Names.optional(Column.UNIT.fieldKey, columns.get(row, Column.UNIT), 40),
                Names.optional(Column.ROOM.fieldKey, columns.get(row, Column.ROOM), 40),
                Names.optional(Column.WORKPLACE.fieldKey, columns.get(row, Column.WORKPLACE), 200),
                Names.optional(Column.NOTE.fieldKey, columns.get(row, Column.NOTE), 400),
                null, null, Member.normalizeTags(columns.get(row, Column.TAGS)));
        String community = columns.get(row, Column.COMMUNITY);
        String compound = columns.get(row, Column.COMPOUND);
        if (community != null) {
            community = Community.validName(community);
        }
        if (compound != null) {
            compound = Compound.validName(compound);
            if (community == null) {
                throw new ValidationError(Column.COMMUNITY.fieldKey, "rule.member.compoundWithoutCommunity");
            }
        }
        return new Parsed(row.number(), values, community, compound, columns.get(row, Column.ORG),
                columns.get(row, Column.TEMPORARY_BRANCH), filled);
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
        throw new ValidationError(Column.SEX.fieldKey, "rule.notOneOf", v, Vocabulary.text("allowed.sex"));
    }

    private static Standing standing(String v) {
        if (v == null) {
            return Standing.FULL;
        }
        if (Vocabulary.is("value.full", v)) {
            return Standing.FULL;
        }
        if (Vocabulary.is("value.probationary", v)) {
            return Standing.PROBATIONARY;
        }
        throw new ValidationError(Column.STANDING.fieldKey, "rule.notOneOf", v, Vocabulary.text("allowed.standing"));
    }

    private static Registration registration(String v) {
        if (v == null) {
            return Registration.COMMUNITY;
        }
        for (Registration r : new Registration[] {Registration.COMMUNITY, Registration.OTHER_UNIT,
            Registration.RETIRED_FORMER_UNIT}) {
            if (Vocabulary.mentions("registration." + r.name(), v)) {
                return r;
            }
        }
        throw new ValidationError(Column.REGISTRATION.fieldKey, "rule.notOneOf", v,
                Vocabulary.text("allowed.registration"));
    }

    private static Presence presence(String v, String registrationText, Registration registration) {
        if (v == null) {
            if (registrationText != null && Vocabulary.mentions("registration.mobile", registrationText)) {
                return Presence.MOBILE_IN;
            }
            return registration == Registration.OTHER_UNIT ? Presence.REPORTING_IN_SERVICE : Presence.RESIDENT;
        }
        for (Presence p : new Presence[] {Presence.REPORTING_IN_SERVICE, Presence.MOBILE_IN, Presence.WENT_OUT,
            Presence.LOST_CONTACT, Presence.RESIDENT}) {
            if (Vocabulary.mentions("presence." + p.name(), v)) {
                return p;
            }
        }
        throw new ValidationError(Column.PRESENCE.fieldKey, "rule.notOneOf", v, Vocabulary.text("allowed.presence"));
    }

    /** 汉 is 汉族; names of ethnic groups get their 族. */
    static String ethnicGroup(String v) {
        if (v == null) {
            return null;
        }
        String e = v.trim();
        String suffix = Vocabulary.text("ethnic.suffix");
        if (e.endsWith(suffix) || Vocabulary.mentions("ethnic.keepAsIs", e)) {
            return e;
        }
        return e + suffix;
    }

    // ------------------------------------------------------------------ planning and applying

    /** The plan, and the lookups the apply step reuses. */
    private record Planned(ImportPlan plan, Map<String, Member> existing, Map<String, UUID> orgs,
                           Set<Integer> refusedRows, Map<String, UUID> temporaryBranches, Set<String> links) {
    }

    private Planned plan(StoreSession s, ParseResult parsed) {
        Map<String, Member> existing = s.members().byIdNumber();
        Map<String, UUID> orgs = orgsByName(s);
        Map<String, UUID> temporaryBranches = new HashMap<>();
        for (PartyOrg o : s.orgs().list()) {
            if (o.isActive() && o.type() == org.branchdesk.domain.OrgType.TEMPORARY_BRANCH) {
                temporaryBranches.put(o.name(), o.id());
            }
        }
        Set<String> links = s.temporaryBranches().currentLinks();
        Set<String> unknownTemporary = new LinkedHashSet<>();
        Map<String, Community> communities = new HashMap<>();
        for (Community c : s.communities().list()) {
            communities.put(c.name(), c);
        }
        Map<String, UUID> compoundIds = new HashMap<>();
        for (Compound c : s.compounds().list()) {
            compoundIds.put(c.communityId() + "/" + c.name(), c.id());
        }
        Set<String> newCommunities = new LinkedHashSet<>();
        Set<String> newCompounds = new LinkedHashSet<>();
        Set<String> unknownOrgs = new LinkedHashSet<>();
        Set<String> temporaryAsOrg = new LinkedHashSet<>();
        List<RowOutcome> outcomes = new ArrayList<>(parsed.refused());
        Set<Integer> refusedRows = new HashSet<>();
        LocalDate today = LocalDate.now(clock);
        for (Parsed p : parsed.valid()) {
            Member old = existing.get(p.values().citizenId().value());
            if (old != null) {
                // an update must leave a member that passes the rules as a whole
                Member after = merged(old, p, old.communityId(), old.compoundId(), old.orgId());
                try {
                    MemberRules.check(after.citizenId(), null, null, after.joinedOn(), after.fullOn(),
                            after.standing(), today);
                } catch (ValidationError e) {
                    refusedRows.add(p.row());
                    outcomes.add(new RowOutcome(p.row(), Fate.REFUSED, p.values().name(),
                            UserError.format(e.field()), UserError.format("rule.member.updateBreaks", e.reason())));
                    continue;
                }
            }
            if (p.community() != null && !communities.containsKey(p.community())) {
                newCommunities.add(p.community());
            }
            if (p.compound() != null) {
                Community c = communities.get(p.community());
                if (c == null || !compoundIds.containsKey(c.id() + "/" + p.compound())) {
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
            if (p.temporaryBranch() != null && !temporaryBranches.containsKey(p.temporaryBranch())) {
                unknownTemporary.add(p.temporaryBranch());
            }
            Fate fate = Fate.NEW;
            if (old != null) {
                Community c = p.community() == null ? null : communities.get(p.community());
                UUID communityId = p.community() == null ? null : c == null ? NOT_YET : c.id();
                UUID compoundId = p.compound() == null ? null
                        : c == null ? NOT_YET : compoundIds.getOrDefault(c.id() + "/" + p.compound(), NOT_YET);
                UUID orgId = p.org() == null ? null : orgs.get(p.org());
                UUID temporary = p.temporaryBranch() == null ? null : temporaryBranches.get(p.temporaryBranch());
                if (temporary == null && orgId == null && p.org() != null) {
                    temporary = temporaryBranches.get(p.org());
                }
                boolean newLink = temporary != null && !links.contains(temporary + "/" + old.id());
                fate = merged(old, p, communityId, compoundId, orgId).equals(old) && !newLink ? Fate.UNCHANGED
                        : Fate.UPDATE;
            }
            outcomes.add(new RowOutcome(p.row(), fate, p.values().name(), null, null));
        }
        outcomes.sort((a, b) -> Integer.compare(a.row(), b.row()));
        List<String> notes = new ArrayList<>(
                java.util.stream.Stream.concat(
                        unknownOrgs.stream().map(o -> UserError.format("import.members.unknownOrg", o)),
                        temporaryAsOrg.stream().map(o -> UserError.format("import.members.temporaryAsOrg", o)))
                        .toList());
        unknownTemporary.forEach(o -> notes.add(UserError.format("import.members.unknownTemporary", o)));
        return new Planned(new ImportPlan(parsed.source(), outcomes, List.copyOf(newCommunities),
                List.copyOf(newCompounds), notes), existing, orgs, refusedRows, temporaryBranches, links);
    }

    private static Map<String, UUID> orgsByName(StoreSession s) {
        Map<String, UUID> orgs = new HashMap<>();
        for (PartyOrg o : s.orgs().list()) {
            if (o.isActive() && o.type() != org.branchdesk.domain.OrgType.TEMPORARY_BRANCH) {
                orgs.putIfAbsent(o.name(), o.id());
                orgs.putIfAbsent(o.fullName(), o.id());
            }
        }
        return orgs;
    }

    private void apply(StoreSession s, ParseResult parsed, Planned planned, ImportProgress progress) {
        Map<String, Community> communities = new HashMap<>();
        for (Community c : s.communities().list()) {
            communities.put(c.name(), c);
        }
        Map<String, UUID> compounds = new HashMap<>();
        for (Compound c : s.compounds().list()) {
            compounds.put(c.communityId() + "/" + c.name(), c.id());
        }
        List<Member> inserts = new ArrayList<>();
        List<UUID[]> newLinks = new ArrayList<>();
        int index = 0;
        for (Parsed p : parsed.valid()) {
            progress.step(index++, parsed.valid().size(), 65, 75);
            if (planned.refusedRows().contains(p.row())) {
                continue;
            }
            Community community = p.community() == null ? null
                    : communities.computeIfAbsent(p.community(), n -> places.createCommunity(s, n));
            UUID compound = null;
            if (p.compound() != null) {
                compound = compounds.computeIfAbsent(community.id() + "/" + p.compound(),
                        k -> places.createCompound(s, new Compound(UUID.randomUUID(), community.id(), p.compound(),
                                null, null, null, null, null, null, null, null)).id());
            }
            UUID org = p.org() == null ? null : planned.orgs().get(p.org());
            Member old = planned.existing().get(p.values().citizenId().value());
            UUID communityId = community == null ? null : community.id();
            UUID temporary = p.temporaryBranch() == null ? null : planned.temporaryBranches().get(p.temporaryBranch());
            if (temporary == null && org == null && p.org() != null) {
                // membership is never held in a temporary branch: naming one means taking part in it
                temporary = planned.temporaryBranches().get(p.org());
            }
            UUID memberId = old == null ? p.values().id() : old.id();
            if (temporary != null && planned.links().add(temporary + "/" + memberId)) {
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
        progress.at(88);
        s.audit().recordAll(actor.name(), ENTITY, Action.CREATE, inserts);
        progress.at(98);
        for (UUID[] link : newLinks) {
            UUID id = s.temporaryBranches().insert(link[0], link[1], null);
            s.audit().record(actor.name(), "temporary_branch_member", id, Action.CREATE, null,
                    new TemporaryBranchLink(link[0], link[1]));
        }
        PartyOrgService.linkLeaders(s, actor.name());
    }

    /** The existing member with every cell the row fills. */
    private static Member merged(Member old, Parsed p, UUID community, UUID compound, UUID org) {
        Member v = p.values();
        Set<Column> f = p.filled();
        return new Member(old.id(),
                v.name(), v.sex(), v.citizenId(),
                f.contains(Column.ETHNIC_GROUP) ? v.ethnicGroup() : old.ethnicGroup(),
                f.contains(Column.EDUCATION) ? v.education() : old.education(),
                f.contains(Column.PHONE) ? v.phone() : old.phone(),
                f.contains(Column.JOINED_ON) ? v.joinedOn() : old.joinedOn(),
                f.contains(Column.FULL_ON) ? v.fullOn() : old.fullOn(),
                f.contains(Column.STANDING) ? v.standing() : f.contains(Column.FULL_ON) ? Standing.FULL : old.standing(),
                f.contains(Column.REGISTRATION) ? v.registration() : old.registration(),
                f.contains(Column.PRESENCE) ? v.presence() : old.presence(),
                f.contains(Column.ORG) && org != null ? org : old.orgId(),
                f.contains(Column.COMMUNITY) ? community : old.communityId(),
                f.contains(Column.COMPOUND) ? compound
                        : f.contains(Column.COMMUNITY) && !java.util.Objects.equals(community, old.communityId()) ? null
                        : old.compoundId(),
                f.contains(Column.BUILDING) ? v.building() : old.building(),
                f.contains(Column.UNIT) ? v.unit() : old.unit(),
                f.contains(Column.ROOM) ? v.room() : old.room(),
                f.contains(Column.WORKPLACE) ? v.workplace() : old.workplace(),
                f.contains(Column.NOTE) ? v.note() : old.note(),
                old.departure(), old.departedOn(),
                f.contains(Column.TAGS) ? v.tags() : old.tags());
    }


}
