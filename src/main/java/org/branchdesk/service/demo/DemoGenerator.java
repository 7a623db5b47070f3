package org.branchdesk.service.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.leadership.Chosen;
import org.branchdesk.domain.leadership.EndReason;
import org.branchdesk.domain.leadership.Position;
import org.branchdesk.domain.leadership.Source;
import org.branchdesk.domain.members.CitizenId;
import org.branchdesk.service.households.HouseholdImporter;
import org.branchdesk.service.leadership.ElectionImporter;
import org.branchdesk.service.leadership.LeaderImporter;
import org.branchdesk.service.members.MemberImporter;
import org.branchdesk.service.orgs.OrgImporter;
import org.branchdesk.service.places.CompoundImporter;
import org.branchdesk.service.sheets.CsvFile;
import org.branchdesk.service.sheets.Dates;
import org.branchdesk.service.sheets.ImportColumn;
import org.branchdesk.service.sheets.Vocabulary;
import org.branchdesk.service.surveys.SurveyItemImporter;

/**
 * Writes a fictional street in the import formats: compounds, party organizations and members, with
 * a fixed random seed so that the same size always gives the same street. Every name is invented;
 * ID numbers use region codes beginning {@code 99}, which are assigned to no place, so no real
 * person's number can appear.
 *
 * <p>Sizes follow the benchmark of the registers: 100,000 members live in about 1,200 compounds,
 * eight compounds to a community.
 */
public final class DemoGenerator {
    static final long SEED = 20200205L;

    /** Dates are generated up to this day, so the street is the same on every PC. */
    static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

    static final String REGION = "99";

    /** The street's words: names, places, findings, and how organizations are named. */
    private static final Vocabulary W =
            new Vocabulary(DemoGenerator.class, "demo-words.properties");

    private static final String[] FIRST = W.list("name.first").toArray(String[]::new);
    private static final String[] SECOND = W.list("name.second").toArray(String[]::new);
    private static final String[] COMPOUND_SUFFIX =
            W.list("name.compoundSuffix").toArray(String[]::new);
    private static final String[] COMPANIES = W.list("companies").toArray(String[]::new);
    private static final String[] ROADS = W.list("roads").toArray(String[]::new);
    private static final String SURNAMES = W.get("names.surnames");
    private static final String GIVEN = W.get("names.given");
    private static final String MALE_GIVEN = W.get("names.given.male");
    private static final String FEMALE_GIVEN = W.get("names.given.female");

    /**
     * Minority names with their ethnic group ({@code 名字:族}), some with the {@code ·} of transcribed
     * names.
     */
    private static final String[] MINORITY_MALE =
            W.list("names.minority.male").toArray(String[]::new);

    private static final String[] MINORITY_FEMALE =
            W.list("names.minority.female").toArray(String[]::new);
    private static final String[] EDUCATION = W.list("education").toArray(String[]::new);
    private static final String[] WORKPLACES = W.list("workplaces").toArray(String[]::new);

    private static final String YES = W.get("yes");
    private static final String NO = W.get("no");
    private static final String FULL = W.get("standing.full");
    private static final String HERE = W.get("registration.here");
    private static final String RETIRED = W.get("registration.retired");

    private DemoGenerator() {}

    /** A text of the bundle (type names and the like, as the importers read them back). */
    private static String label(String key) {
        return Messages.format(key);
    }

    /** One compound of the street. */
    record CompoundSpec(
            String community,
            String name,
            String address,
            int households,
            int residents,
            int buildings,
            String company,
            boolean ownerless,
            String competentUnit) {}

    /** A street in the four import formats (UTF-8 CSV). */
    public record Street(
            String compoundsCsv,
            String organizationsCsv,
            String membersCsv,
            String surveyItemsCsv,
            String householdsCsv,
            String leadersCsv,
            String dissolvedCsv,
            String electionsCsv) {}

    private static final String[] GAPS = W.list("gaps").toArray(String[]::new);
    private static final String[] HAZARDS = W.list("hazards").toArray(String[]::new);

    /** Compounds for a street with {@code members} members. */
    public static int compoundsFor(int members) {
        return Math.max(8, Math.round(members * 0.012f));
    }

    /** A generated street with {@code members} members. */
    public static Street generate(int members, String officeName, String docPrefix) {
        Random random = new Random(SEED);
        List<CompoundSpec> compounds = compounds(random, compoundsFor(members));
        return street(random, compounds, members, officeName, docPrefix);
    }

    /** The organizations and members of a street whose compounds are given (the bundled demo). */
    static Street forCompounds(
            List<CompoundSpec> compounds, int members, String officeName, String docPrefix) {
        return street(new Random(SEED), compounds, members, officeName, docPrefix);
    }

    private static List<CompoundSpec> compounds(Random random, int count) {
        int communities = Math.max(1, (count + 7) / 8);
        List<String> communityNames = uniqueNames(random, communities, W.get("suffix.community"));
        Set<String> used = new LinkedHashSet<>();
        List<CompoundSpec> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String community = communityNames.get(i % communities);
            String name;
            int tries = 0;
            do {
                name =
                        FIRST[random.nextInt(FIRST.length)]
                                + SECOND[random.nextInt(SECOND.length)]
                                + COMPOUND_SUFFIX[random.nextInt(COMPOUND_SUFFIX.length)];
                if (++tries > 50) {
                    name = W.format("compound.numbered", name, i + 1);
                }
            } while (!used.add(community + "/" + name));
            int buildings = 2 + random.nextInt(24);
            int households = buildings * (12 + random.nextInt(60));
            int residents = (int) Math.round(households * (2.1 + random.nextDouble()));
            boolean ownerless = random.nextInt(100) < 15;
            boolean service = !ownerless && random.nextInt(100) < 85;
            list.add(
                    new CompoundSpec(
                            community,
                            name,
                            W.format(
                                    "address",
                                    ROADS[random.nextInt(ROADS.length)],
                                    1 + random.nextInt(400)),
                            households,
                            residents,
                            buildings,
                            service ? COMPANIES[random.nextInt(COMPANIES.length)] : "",
                            ownerless,
                            ownerless ? NO : (random.nextBoolean() ? YES : NO)));
        }
        return list;
    }

    private static Street street(
            Random random,
            List<CompoundSpec> compounds,
            int members,
            String office,
            String docPrefix) {
        // ---- compounds, most of them surveyed; gaps and hazards found become items to follow
        StringBuilder c =
                new StringBuilder(String.join(",", header(CompoundImporter.Column.values())))
                        .append('\n');
        StringBuilder it =
                new StringBuilder(String.join(",", header(SurveyItemImporter.Column.values())))
                        .append('\n');
        for (CompoundSpec s : compounds) {
            String[] survey = {"", "", "", "", ""};
            if (random.nextInt(100) < 80) {
                survey[0] = "2020-02-" + String.format("%02d", 3 + random.nextInt(12));
                boolean complete = random.nextInt(100) < 85;
                survey[1] =
                        W.format(
                                "survey.basic",
                                s.buildings(),
                                s.households(),
                                s.company().isEmpty() ? W.get("survey.noService") : s.company());
                survey[2] = W.format("survey.residents", s.residents());
                String gap =
                        s.ownerless()
                                ? W.get("survey.ownerlessGap")
                                : random.nextInt(100) < 60 ? NO : GAPS[random.nextInt(GAPS.length)];
                String hazard =
                        random.nextInt(100) < 65 ? NO : HAZARDS[random.nextInt(HAZARDS.length)];
                survey[3] = gap;
                survey[4] = complete ? hazard : "";
                if (!complete && random.nextBoolean()) {
                    survey[2] = "";
                }
                for (String[] found :
                        new String[][] {
                            {label("itemKind.GAP"), gap}, {label("itemKind.HAZARD"), survey[4]}
                        }) {
                    if (found[1].isEmpty() || found[1].equals(NO)) {
                        continue;
                    }
                    int roll = random.nextInt(100);
                    String status =
                            roll < 60
                                    ? label("itemStatus.CLOSED")
                                    : roll < 85
                                            ? label("itemStatus.IN_HAND")
                                            : label("itemStatus.OPEN");
                    LocalDate deadline = LocalDate.of(2020, 3, 1 + random.nextInt(28));
                    String closed =
                            roll < 60 ? deadline.minusDays(random.nextInt(10)).toString() : "";
                    it.append(
                                    String.join(
                                            ",",
                                            q(s.community()),
                                            q(s.name()),
                                            found[0],
                                            q(found[1]),
                                            SURNAMES.charAt(random.nextInt(SURNAMES.length()))
                                                    + given(random),
                                            deadline.toString(),
                                            status,
                                            closed))
                            .append('\n');
                }
            }
            c.append(
                            String.join(
                                    ",",
                                    q(s.community()),
                                    q(s.name()),
                                    q(s.address()),
                                    Integer.toString(s.households()),
                                    Integer.toString(s.residents()),
                                    Integer.toString(s.buildings()),
                                    q(s.company()),
                                    s.competentUnit(),
                                    s.ownerless() || s.company().isEmpty() ? NO : YES,
                                    s.ownerless() ? NO : YES,
                                    survey[0],
                                    q(survey[1]),
                                    q(survey[2]),
                                    q(survey[3]),
                                    q(survey[4])))
                    .append('\n');
        }

        // ---- members, per compound, in proportion to households
        long totalHouseholds = compounds.stream().mapToLong(CompoundSpec::households).sum();
        Map<CompoundSpec, List<String[]>> byCompound = new LinkedHashMap<>();
        Map<CompoundSpec, Integer> eligible = new LinkedHashMap<>();
        List<String> communityOrder =
                new ArrayList<>(
                        new LinkedHashSet<>(
                                compounds.stream().map(CompoundSpec::community).toList()));
        int made = 0;
        NamePicker names = new NamePicker(new Random(SEED + members));
        for (int i = 0; i < compounds.size(); i++) {
            CompoundSpec s = compounds.get(i);
            int n =
                    i == compounds.size() - 1
                            ? members - made
                            : (int) Math.round((double) members * s.households() / totalHouseholds);
            n = Math.max(0, Math.min(n, members - made));
            made += n;
            List<String[]> rows = new ArrayList<>();
            int full = 0;
            for (int k = 0; k < n; k++) {
                String[] m = member(random, communityOrder.indexOf(s.community()), s, names);
                if (FULL.equals(m[9]) && HERE.equals(m[10])) {
                    full++;
                }
                rows.add(m);
            }
            byCompound.put(s, rows);
            eligible.put(s, full);
        }

        // ---- organizations
        StringBuilder o =
                new StringBuilder(String.join(",", header(OrgImporter.Column.values())))
                        .append('\n');
        String committee = W.format("org.committee", office);
        o.append(
                        orgRow(
                                committee,
                                label("orgType.STREET_WORKING_COMMITTEE"),
                                "",
                                "",
                                "",
                                "2018-03-01",
                                "",
                                "",
                                "",
                                ""))
                .append('\n');
        Map<String, String> communityBranch = new LinkedHashMap<>();
        Map<String, String> communityTop = new LinkedHashMap<>();
        Map<String, LocalDate> establishedOn = new LinkedHashMap<>();
        Map<CompoundSpec, String> branchOf = new LinkedHashMap<>();
        Map<CompoundSpec, String> temporaryOf = new LinkedHashMap<>();
        Set<String> jointNames = new LinkedHashSet<>();
        int docNo = 1;
        Set<String> usedNames = new LinkedHashSet<>();
        for (String community : communityOrder) {
            List<CompoundSpec> here =
                    compounds.stream().filter(s -> s.community().equals(community)).toList();
            boolean big = here.size() >= 8;
            String top =
                    W.format(
                            big ? "org.communityCommittee" : "org.communityGeneralBranch",
                            community);
            o.append(
                            orgRow(
                                    top,
                                    label(
                                            big
                                                    ? "orgType.COMMUNITY_PARTY_COMMITTEE"
                                                    : "orgType.COMMUNITY_GENERAL_BRANCH"),
                                    committee,
                                    community,
                                    "",
                                    "2018-05-01",
                                    "",
                                    "",
                                    "",
                                    ""))
                    .append('\n');
            communityTop.put(community, top);
            String first = W.format("org.communityFirstBranch", community);
            o.append(
                            orgRow(
                                    first,
                                    label("orgType.COMMUNITY_BRANCH"),
                                    top,
                                    community,
                                    "",
                                    "2018-05-01",
                                    "",
                                    "",
                                    "",
                                    ""))
                    .append('\n');
            communityBranch.put(community, first);
            List<CompoundSpec> small = new ArrayList<>();
            for (CompoundSpec s : here) {
                int e = eligible.get(s);
                int roll = random.nextInt(100);
                if (e >= 3 && roll < 85) {
                    String name = unique(usedNames, community, W.format("org.branch", s.name()));
                    String established = "2020-02-" + String.format("%02d", 3 + random.nextInt(20));
                    establishedOn.put(name, LocalDate.parse(established));
                    o.append(
                                    orgRow(
                                            name,
                                            label("orgType.COMPOUND_BRANCH"),
                                            top,
                                            community,
                                            s.name(),
                                            established,
                                            W.format("request.title", name),
                                            W.format(
                                                    "request.no",
                                                    community.substring(
                                                            0, Math.min(2, community.length())),
                                                    docNo),
                                            W.format("approval.title", name),
                                            W.format("approval.no", docPrefix, docNo)))
                            .append('\n');
                    docNo++;
                    branchOf.put(s, name);
                } else if (e >= 3 && roll < 92) {
                    String name = unique(usedNames, community, W.format("org.temporary", s.name()));
                    o.append(
                                    orgRow(
                                            name,
                                            label("orgType.TEMPORARY_BRANCH"),
                                            top,
                                            community,
                                            s.name(),
                                            "2020-02-06",
                                            "",
                                            "",
                                            "",
                                            ""))
                            .append('\n');
                    temporaryOf.put(s, name);
                } else if (e < 3) {
                    small.add(s);
                }
            }
            // small compounds: joint branches of two or three neighbours, a temporary branch, or
            // nothing yet
            for (int i = 0; i < small.size(); ) {
                int roll = random.nextInt(100);
                if (roll < 45 && i + 1 < small.size()) {
                    int size = Math.min(small.size() - i, 2 + random.nextInt(2));
                    List<CompoundSpec> group = small.subList(i, i + size);
                    String name =
                            unique(
                                    usedNames,
                                    community,
                                    W.format("org.joint", group.get(0).name(), size));
                    jointNames.add(name);
                    o.append(
                                    orgRow(
                                            name,
                                            label("orgType.JOINT_BRANCH"),
                                            top,
                                            community,
                                            String.join(
                                                    "、",
                                                    group.stream()
                                                            .map(CompoundSpec::name)
                                                            .toList()),
                                            "2020-02-10",
                                            "",
                                            "",
                                            W.format("approval.title", name),
                                            W.format("approval.no", docPrefix, docNo++)))
                            .append('\n');
                    group.forEach(g -> branchOf.put(g, name));
                    i += size;
                } else if (roll < 75) {
                    String name =
                            unique(
                                    usedNames,
                                    community,
                                    W.format("org.temporary", small.get(i).name()));
                    o.append(
                                    orgRow(
                                            name,
                                            label("orgType.TEMPORARY_BRANCH"),
                                            top,
                                            community,
                                            small.get(i).name(),
                                            "2020-02-06",
                                            "",
                                            "",
                                            "",
                                            ""))
                            .append('\n');
                    temporaryOf.put(small.get(i), name);
                    i++;
                } else {
                    i++;
                }
            }
        }
        // building party groups and central households under the larger compound branches
        List<String[]> centrals = new ArrayList<>();
        for (var e : byCompound.entrySet()) {
            String branch = branchOf.get(e.getKey());
            List<String[]> here = e.getValue().stream().filter(r -> HERE.equals(r[10])).toList();
            if (branch == null || jointNames.contains(branch) || here.size() < 8) {
                continue;
            }
            String[] leader = here.get(0);
            o.append(
                            orgRow(
                                    W.format("org.group", leader[15]),
                                    label("groupKind.BUILDING_PARTY_GROUP"),
                                    branch,
                                    e.getKey().community(),
                                    e.getKey().name(),
                                    "",
                                    "",
                                    "",
                                    "",
                                    "",
                                    "",
                                    "",
                                    leader[0],
                                    ""))
                    .append('\n');
            String[] host = here.get(1);
            o.append(
                            orgRow(
                                    W.format("org.household", host[0]),
                                    label("groupKind.CENTRAL_HOUSEHOLD"),
                                    branch,
                                    e.getKey().community(),
                                    e.getKey().name(),
                                    "",
                                    "",
                                    "",
                                    "",
                                    "",
                                    "",
                                    "",
                                    host[0],
                                    W.format("household.contacts", host[15], host[16])))
                    .append('\n');
            centrals.add(
                    new String[] {
                        e.getKey().community(),
                        e.getKey().name(),
                        host[15],
                        host[16],
                        W.format("org.household", host[0])
                    });
        }
        Set<String> companies = new LinkedHashSet<>();
        compounds.stream()
                .map(CompoundSpec::company)
                .filter(x -> !x.isEmpty())
                .forEach(companies::add);
        int k = 0;
        for (String company : companies) {
            if (k++ % 2
                    == 0) { // every other company has its party organization: the rest show as gaps
                o.append(
                                orgRow(
                                        W.format("org.branch", company),
                                        label("orgType.PROPERTY_COMPANY_ORG"),
                                        committee,
                                        "",
                                        "",
                                        "2019-07-01",
                                        "",
                                        "",
                                        "",
                                        "",
                                        "",
                                        company))
                        .append('\n');
            }
        }
        if (!communityOrder.isEmpty()) {
            String school = W.get("residentUnit");
            o.append(
                            orgRow(
                                    W.format("org.branch", school),
                                    label("orgType.RESIDENT_UNIT_ORG"),
                                    committee,
                                    communityOrder.get(0),
                                    "",
                                    "2015-09-01",
                                    "",
                                    "",
                                    "",
                                    "",
                                    "",
                                    school))
                    .append('\n');
        }

        // ---- member rows, with their branch
        StringBuilder m =
                new StringBuilder(String.join(",", header(MemberImporter.Column.values())))
                        .append('\n');
        for (var e : byCompound.entrySet()) {
            CompoundSpec s = e.getKey();
            for (String[] row : e.getValue()) {
                if (HERE.equals(row[10])) {
                    row[12] = branchOf.getOrDefault(s, communityBranch.get(s.community()));
                } else if (temporaryOf.containsKey(s) && !row[10].equals(RETIRED)) {
                    // in-service and mobile members living there take part; their membership stays
                    row[20] = temporaryOf.get(s);
                }
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < row.length; i++) {
                    line.append(i == 0 ? "" : ",").append(q(row[i]));
                }
                m.append(line).append('\n');
            }
        }
        Map<String, Integer> participants = new LinkedHashMap<>();
        byCompound
                .values()
                .forEach(
                        rows ->
                                rows.stream()
                                        .filter(r -> !r[20].isEmpty())
                                        .forEach(r -> participants.merge(r[20], 1, Integer::sum)));
        String dissolvedTemporary =
                temporaryOf.values().stream()
                        .filter(t -> !participants.containsKey(t))
                        .findFirst()
                        .orElse(null);
        CompoundSpec dissolvedPlace =
                temporaryOf.entrySet().stream()
                        .filter(e -> e.getValue().equals(dissolvedTemporary))
                        .map(Map.Entry::getKey)
                        .findFirst()
                        .orElse(null);
        return new Street(
                c.toString(),
                o.toString(),
                m.toString(),
                it.toString(),
                households(compounds, centrals),
                leaders(
                        byCompound,
                        branchOf,
                        jointNames,
                        establishedOn,
                        communityTop,
                        dissolvedTemporary,
                        dissolvedPlace == null ? null : dissolvedPlace.community(),
                        docPrefix),
                dissolved(dissolvedTemporary),
                elections(byCompound, branchOf, jointNames, establishedOn, docPrefix));
    }

    /** Each compound branch's full members registered here, as the file lists them. */
    private static Map<String, List<String[]>> fullByBranch(
            Map<CompoundSpec, List<String[]>> byCompound,
            Map<CompoundSpec, String> branchOf,
            Set<String> jointNames) {
        Map<String, List<String[]>> out = new LinkedHashMap<>();
        for (var e : byCompound.entrySet()) {
            String branch = branchOf.get(e.getKey());
            if (branch == null || jointNames.contains(branch)) {
                continue;
            }
            for (String[] r : e.getValue()) {
                if (FULL.equals(r[9]) && HERE.equals(r[10])) {
                    out.computeIfAbsent(branch, k -> new ArrayList<>()).add(r);
                }
            }
        }
        return out;
    }

    /**
     * The renewals of two branches that had no secretary recorded (one in five): the first held
     * this spring with all five steps, its committee approved; the second under way, requested and
     * replied to this autumn. One row per candidate, as the elections template has it.
     */
    private static String elections(
            Map<CompoundSpec, List<String[]>> byCompound,
            Map<CompoundSpec, String> branchOf,
            Set<String> jointNames,
            Map<String, LocalDate> establishedOn,
            String docPrefix) {
        StringBuilder out =
                new StringBuilder(String.join(",", header(ElectionImporter.Column.values())))
                        .append('\n');
        int index = 0;
        int made = 0;
        int doc = 60;
        for (var e : fullByBranch(byCompound, branchOf, jointNames).entrySet()) {
            int i = index++;
            String branch = e.getKey();
            if (i % 5 != 4 || establishedOn.get(branch) == null || made == 2) {
                continue;
            }
            List<String[]> all = e.getValue();
            LocalDate meeting = LocalDate.of(2026, 4, 8);
            List<String[]> people = seasoned(all, meeting);
            if (all.size() < 7 || people.size() < 4) {
                continue;
            }
            String own = branch.replace(W.get("branch.suffix"), "") + W.get("branch.docMark");
            if (made == 0) {
                int entitled = all.size();
                int present = entitled - (entitled - 1) / 5;
                int[] votes = {
                    present - 1, present - 2, present / 2 + 1, Math.max(0, present / 2 - 1)
                };
                Position[] positions = {
                    Position.SECRETARY, Position.ORGANIZATION, Position.PUBLICITY, null
                };
                for (int k = 0; k < 4; k++) {
                    out.append(
                                    String.join(
                                            ",",
                                            q(branch),
                                            "3",
                                            "2026-03-02",
                                            q(W.format("leader.doc", own, 2026, 1)),
                                            "2026-03-12",
                                            q(W.format("leader.doc", docPrefix, 2026, doc)),
                                            meeting.toString(),
                                            Integer.toString(entitled),
                                            Integer.toString(present),
                                            "2026-04-10",
                                            q(W.format("leader.doc", own, 2026, 2)),
                                            "2026-04-20",
                                            q(W.format("leader.doc", docPrefix, 2026, doc + 1)),
                                            q(people.get(k)[0]),
                                            q(people.get(k)[2]),
                                            Integer.toString(votes[k]),
                                            label(positions[k] == null ? "value.no" : "value.yes"),
                                            positions[k] == null
                                                    ? ""
                                                    : label("position." + positions[k].name()),
                                            k == 1 ? W.get("leader.also") : "",
                                            label("source." + Source.RESIDENT.name()),
                                            ""))
                            .append('\n');
                }
            } else {
                out.append(
                                String.join(
                                        ",",
                                        q(branch),
                                        "3",
                                        "2026-10-15",
                                        q(W.format("leader.doc", own, 2026, 3)),
                                        "2026-10-28",
                                        q(W.format("leader.doc", docPrefix, 2026, doc + 2)),
                                        "",
                                        "",
                                        "",
                                        "",
                                        "",
                                        "",
                                        "",
                                        "",
                                        "",
                                        "",
                                        "",
                                        "",
                                        "",
                                        "",
                                        ""))
                        .append('\n');
            }
            made++;
        }
        return out.toString();
    }

    static final LocalDate DISSOLVED_ON = LocalDate.of(2020, 6, 30);

    /** The temporary branch the demo dissolved once the epidemic eased, and when. */
    private static String dissolved(String temporary) {
        StringBuilder d = new StringBuilder(W.get("dissolved.header")).append('\n');
        if (temporary != null) {
            d.append(q(temporary)).append(',').append(DISSOLVED_ON).append('\n');
        }
        return d.toString();
    }

    /**
     * Committee histories, from a random source of their own so that the other files stay as they
     * were: each compound branch's first leaders, designated when it was set up; renewals in 2022
     * and 2023 for two in three of them (the rest are overdue), one branch with no secretary
     * recorded in five; the community organizations' committees, elected in 2021 or 2022; and the
     * appointed secretary of the temporary branch that was dissolved.
     */
    private static String leaders(
            Map<CompoundSpec, List<String[]>> byCompound,
            Map<CompoundSpec, String> branchOf,
            Set<String> jointNames,
            Map<String, LocalDate> establishedOn,
            Map<String, String> communityTop,
            String dissolvedTemporary,
            String dissolvedCommunity,
            String docPrefix) {
        Random random = new Random(SEED + 11);
        StringBuilder l =
                new StringBuilder(String.join(",", header(LeaderImporter.Column.values())))
                        .append('\n');
        int[] doc = {40};
        Map<String, List<String[]>> fullByBranch = fullByBranch(byCompound, branchOf, jointNames);
        Map<String, List<String[]>> fullByCommunity = new LinkedHashMap<>();
        for (var e : byCompound.entrySet()) {
            for (String[] r : e.getValue()) {
                if (FULL.equals(r[9]) && HERE.equals(r[10])) {
                    fullByCommunity
                            .computeIfAbsent(e.getKey().community(), k -> new ArrayList<>())
                            .add(r);
                }
            }
        }
        // the community organizations' committees: five seats, elected
        int ci = 0;
        for (var e : communityTop.entrySet()) {
            LocalDate from =
                    ci % 2 == 0
                            ? LocalDate.of(2021, 6, 10).plusDays(ci)
                            : LocalDate.of(2022, 4, 10).plusDays(ci);
            List<String[]> people =
                    seasoned(fullByCommunity.getOrDefault(e.getKey(), List.of()), from);
            Position[] seats = {
                Position.SECRETARY,
                Position.DEPUTY_SECRETARY,
                Position.ORGANIZATION,
                Position.PUBLICITY,
                Position.DISCIPLINE
            };
            String number = W.format("leader.doc", docPrefix, from.getYear(), doc[0]++);
            for (int i = 0; i < seats.length && i < people.size(); i++) {
                leaderRow(
                        l,
                        e.getValue(),
                        people.get(i),
                        seats[i],
                        "",
                        Chosen.ELECTED,
                        i == 0 ? Source.WORKER : Source.RESIDENT,
                        from,
                        number,
                        null,
                        null,
                        "",
                        from);
            }
            ci++;
        }
        // compound branches: designated at setup, then renewed or overdue
        int bi = 0;
        boolean exceptionGiven = false;
        for (var e : fullByBranch.entrySet()) {
            String branch = e.getKey();
            LocalDate setUp = establishedOn.get(branch);
            int index = bi++;
            if (setUp == null || index % 5 == 4) {
                continue; // no secretary recorded: the renewal watch shows it
            }
            List<String[]> all = e.getValue();
            List<String[]> people = seasoned(all, setUp);
            String[] exceptional = null;
            if (!exceptionGiven && index % 3 == 2) { // one still serving
                exceptional =
                        all.stream()
                                .filter(
                                        r ->
                                                fullOn(r) != null
                                                        && fullOn(r).isAfter(setUp.minusYears(1))
                                                        && !fullOn(r).isAfter(setUp))
                                .findFirst()
                                .orElse(null);
            }
            if (people.isEmpty() && exceptional == null) {
                continue;
            }
            int renewal = index % 3;
            LocalDate renewedOn =
                    renewal == 0
                            ? LocalDate.of(2023, 3, 10).plusDays(index % 15)
                            : renewal == 1 ? LocalDate.of(2022, 3, 1).plusDays(index % 20) : null;
            boolean committee = all.size() >= 7 && people.size() >= 3;
            String setUpDoc = W.format("leader.doc", docPrefix, setUp.getYear(), doc[0]++);
            String[] secretary = exceptional != null ? exceptional : people.get(0);
            String exception = exceptional != null ? W.get("leader.exception") : "";
            exceptionGiven |= exceptional != null;
            List<String[]> others = new ArrayList<>(people);
            others.remove(secretary);
            leaderRow(
                    l,
                    branch,
                    secretary,
                    Position.SECRETARY,
                    "",
                    Chosen.DESIGNATED,
                    Source.RESIDENT,
                    setUp,
                    setUpDoc,
                    renewedOn,
                    EndReason.RENEWAL,
                    exception,
                    setUp);
            if (committee) {
                leaderRow(
                        l,
                        branch,
                        others.get(0),
                        Position.ORGANIZATION,
                        W.get("leader.also"),
                        Chosen.DESIGNATED,
                        Source.RESIDENT,
                        setUp,
                        setUpDoc,
                        renewedOn,
                        EndReason.RENEWAL,
                        "",
                        setUp);
                leaderRow(
                        l,
                        branch,
                        others.get(1),
                        Position.PUBLICITY,
                        "",
                        Chosen.DESIGNATED,
                        Source.RESIDENT,
                        setUp,
                        setUpDoc,
                        renewedOn,
                        EndReason.RENEWAL,
                        "",
                        setUp);
            }
            if (renewedOn != null) {
                List<String[]> now = seasoned(all, renewedOn);
                if (now.isEmpty()) {
                    continue;
                }
                String renewDoc = W.format("leader.doc", docPrefix, renewedOn.getYear(), doc[0]++);
                // the committee chose someone else in one renewal in two
                String[] next = now.size() > 1 && random.nextBoolean() ? now.get(1) : now.get(0);
                leaderRow(
                        l,
                        branch,
                        next,
                        Position.SECRETARY,
                        "",
                        Chosen.ELECTED,
                        Source.RESIDENT,
                        renewedOn,
                        renewDoc,
                        null,
                        null,
                        "",
                        renewedOn);
                if (committee && now.size() >= 3) {
                    List<String[]> rest = new ArrayList<>(now);
                    rest.remove(next);
                    leaderRow(
                            l,
                            branch,
                            rest.get(0),
                            Position.ORGANIZATION,
                            W.get("leader.also"),
                            Chosen.ELECTED,
                            Source.RESIDENT,
                            renewedOn,
                            renewDoc,
                            null,
                            null,
                            "",
                            renewedOn);
                    leaderRow(
                            l,
                            branch,
                            rest.get(1),
                            Position.PUBLICITY,
                            "",
                            Chosen.ELECTED,
                            Source.RESIDENT,
                            renewedOn,
                            renewDoc,
                            null,
                            null,
                            "",
                            renewedOn);
                }
            }
        }
        // the dissolved temporary branch: its secretary was appointed from the community committee
        if (dissolvedTemporary != null) {
            LocalDate from = LocalDate.of(2020, 2, 6);
            List<String[]> people =
                    seasoned(fullByCommunity.getOrDefault(dissolvedCommunity, List.of()), from);
            if (!people.isEmpty()) {
                leaderRow(
                        l,
                        dissolvedTemporary,
                        people.get(0), // the community committee's first member then
                        Position.SECRETARY,
                        "",
                        Chosen.APPOINTED,
                        Source.COMMUNITY_COMMITTEE,
                        from,
                        W.format("leader.doc", docPrefix, 2020, doc[0]++),
                        null,
                        null,
                        "",
                        null);
            }
        }
        return l.toString();
    }

    /** Members with a year of full standing on {@code day}, as the file lists them. */
    private static List<String[]> seasoned(List<String[]> people, LocalDate day) {
        return people.stream()
                .filter(r -> fullOn(r) != null && !fullOn(r).isAfter(day.minusYears(1)))
                .toList();
    }

    private static LocalDate fullOn(String[] member) {
        try {
            return Dates.parse("field.member.fullOn", member[8]);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void leaderRow(
            StringBuilder l,
            String org,
            String[] member,
            Position position,
            String also,
            Chosen chosen,
            Source source,
            LocalDate from,
            String doc,
            LocalDate endedOn,
            EndReason reason,
            String exception,
            LocalDate termFrom) {
        l.append(
                        String.join(
                                ",",
                                q(org),
                                q(member[0]),
                                q(member[2]),
                                label("position." + position.name()),
                                q(also),
                                label("chosen." + chosen.name()),
                                label("source." + source.name()),
                                from.toString(),
                                q(doc),
                                from.toString(),
                                endedOn == null ? "" : endedOn.minusDays(1).toString(),
                                endedOn == null ? "" : label("endReason." + reason.name()),
                                q(exception),
                                termFrom == null ? "" : termFrom.toString()))
                .append('\n');
    }

    /**
     * The contact households of each central household (the four flats its contacts name) and a few
     * residents under assistance, most of them in ownerless compounds. A random source of its own,
     * so that adding households left the other files as they were.
     */
    private static String households(List<CompoundSpec> compounds, List<String[]> centrals) {
        Random random = new Random(SEED + 7);
        String[] needs = W.list("household.needs").toArray(String[]::new);
        String contact = label("householdKind.CONTACT");
        String assisted = label("householdKind.ASSISTED");
        StringBuilder h =
                new StringBuilder(String.join(",", header(HouseholdImporter.Column.values())))
                        .append('\n');
        for (String[] central : centrals) {
            for (String room : W.list("household.rooms")) {
                h.append(
                                String.join(
                                        ",",
                                        contact,
                                        central[0],
                                        central[1],
                                        central[2],
                                        central[3],
                                        room,
                                        SURNAMES.charAt(random.nextInt(SURNAMES.length()))
                                                + given(random),
                                        phone(random),
                                        central[4],
                                        ""))
                        .append('\n');
            }
        }
        for (CompoundSpec s : compounds) {
            int count = s.ownerless() ? 1 + random.nextInt(2) : random.nextInt(100) < 20 ? 1 : 0;
            for (int i = 0; i < count; i++) {
                h.append(
                                String.join(
                                        ",",
                                        assisted,
                                        s.community(),
                                        s.name(),
                                        W.format(
                                                "building",
                                                1 + random.nextInt(Math.max(1, s.buildings()))),
                                        Integer.toString(1 + random.nextInt(3)),
                                        Integer.toString(
                                                100 * (1 + random.nextInt(6))
                                                        + 1
                                                        + random.nextInt(2)),
                                        SURNAMES.charAt(random.nextInt(SURNAMES.length()))
                                                + given(random),
                                        phone(random),
                                        "",
                                        q(needs[random.nextInt(needs.length)])))
                        .append('\n');
            }
        }
        return h.toString();
    }

    /** A phone number from the 199 range, as the members' are. */
    private static String phone(Random random) {
        return "199" + String.format("%08d", random.nextInt(100_000_000));
    }

    /** One member in the template's column order; the branch (index 12) is filled in later. */
    private static String[] member(
            Random random, int communityIndex, CompoundSpec s, NamePicker names) {
        // The street's facts are drawn from `random` as they always were, so that the demo keeps
        // its shape; a name is then chosen from its own sequence (names.pick), unique on the
        // street and fitting the member's sex.
        boolean minority = random.nextInt(100) < 2;
        if (minority) {
            random.nextInt(5); // the five minority names the street once had
        } else {
            random.nextInt(SURNAMES.length());
            given(random);
        }
        boolean male = random.nextBoolean();
        String[] picked = names.pick(minority, male);
        String name = picked[0];
        String[] minorityName = picked.length > 1 ? picked : null;
        LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(365 * 60));
        String region =
                REGION
                        + String.format("%02d", 1 + communityIndex % 99)
                        + String.format("%02d", 1 + random.nextInt(20));
        int seq = random.nextInt(500) * 2 + (male ? 1 : 0);
        String first17 = region + birth.toString().replace("-", "") + String.format("%03d", seq);
        String id = first17 + CitizenId.checkCharacter(first17);
        LocalDate earliest = birth.plusYears(18);
        LocalDate joined = earliest.plusDays(random.nextInt(365 * 25));
        boolean probationary = random.nextInt(100) < 3;
        if (probationary || joined.isAfter(AS_OF.minusMonths(13))) {
            joined = AS_OF.minusDays(30 + random.nextInt(300));
            probationary = true;
        }
        if (joined.isBefore(earliest)) {
            joined = earliest;
        }
        String fullOn = probationary ? "" : joined.plusYears(1).toString();
        int kind = random.nextInt(100);
        String registration =
                kind < 70
                        ? HERE
                        : kind < 88
                                ? W.get("registration.otherUnit")
                                : kind < 94 ? W.get("registration.mobile") : RETIRED;
        int status = random.nextInt(100);
        String registrationKind =
                kind < 70 ? "here" : kind < 88 ? "otherUnit" : kind < 94 ? "mobile" : "retired";
        String presence =
                switch (registrationKind) {
                    case "otherUnit" -> W.get("presence.reporting");
                    case "mobile" -> W.get("presence.mobile");
                    default ->
                            status < 2
                                    ? W.get("presence.wentOut")
                                    : status < 3
                                            ? W.get("presence.lost")
                                            : W.get("presence.resident");
                };
        String phone =
                random.nextInt(100) < 80
                        ? "199" + String.format("%08d", random.nextInt(100_000_000))
                        : "";
        return new String[] {
            name,
            label(male ? "sex.MALE" : "sex.FEMALE"),
            id,
            birth.toString(),
            minorityName != null
                    ? minorityName[1]
                    : minority // drawn as before: a minority name's row draws no ethnic group
                            ? W.get("ethnic.han")
                            : random.nextInt(100) < 95 ? W.get("ethnic.han") : W.get("ethnic.hui"),
            EDUCATION[random.nextInt(EDUCATION.length)],
            phone,
            // mix the date styles clerks use
            random.nextBoolean()
                    ? joined.toString()
                    : W.format(
                            "date.chinese",
                            joined.getYear(),
                            joined.getMonthValue(),
                            joined.getDayOfMonth()),
            fullOn,
            probationary ? W.get("standing.probationary") : FULL,
            registration,
            presence,
            "",
            s.community(),
            s.name(),
            W.format("building", 1 + random.nextInt(Math.max(1, s.buildings()))),
            W.format("unit", 1 + random.nextInt(3)),
            (1 + random.nextInt(6)) + "0" + (1 + random.nextInt(4)),
            WORKPLACES[random.nextInt(WORKPLACES.length)],
            "",
            ""
        };
    }

    /** Branch names are unique in a street: a second one gets its community's name in front. */
    private static String unique(Set<String> used, String community, String name) {
        String n = name;
        for (int i = 2; !used.add(n); i++) {
            n = community + name + (i > 2 ? i : "");
        }
        return n;
    }

    private static String given(Random random) {
        String one = String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length())));
        return random.nextBoolean() ? one : one + GIVEN.charAt(random.nextInt(GIVEN.length()));
    }

    /**
     * Members' names: every one the street's only one, given names that fit the member's sex, and
     * minority names (some with the {@code ·} of transcribed names) with their ethnic group.
     */
    private static final class NamePicker {
        private final Random random;
        private final Set<String> used = new HashSet<>();

        NamePicker(Random random) {
            this.random = random;
        }

        /** {@code {name}}, or {@code {name, ethnic group}} for a minority name. */
        String[] pick(boolean minority, boolean male) {
            for (int tries = 0; ; tries++) {
                String[] name;
                if (minority && tries < 20) {
                    String[] pool = male ? MINORITY_MALE : MINORITY_FEMALE;
                    name = pool[random.nextInt(pool.length)].split(":");
                } else {
                    String given = male ? MALE_GIVEN : FEMALE_GIVEN;
                    String one = String.valueOf(given.charAt(random.nextInt(given.length())));
                    name =
                            new String[] {
                                SURNAMES.charAt(random.nextInt(SURNAMES.length()))
                                        + (random.nextBoolean()
                                                ? one
                                                : one
                                                        + given.charAt(
                                                                random.nextInt(given.length())))
                            };
                }
                if (used.add(name[0])) {
                    return name;
                }
            }
        }
    }

    private static String orgRow(String... cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            line.append(i == 0 ? "" : ",").append(q(cells[i]));
        }
        return line.toString();
    }

    private static List<String> header(ImportColumn[] columns) {
        return Arrays.stream(columns).map(ImportColumn::templateHeader).toList();
    }

    private static String q(String v) {
        return CsvFile.quote(v);
    }

    private static List<String> uniqueNames(Random random, int count, String suffix) {
        Set<String> names = new LinkedHashSet<>();
        int round = 0;
        while (names.size() < count) {
            String base =
                    FIRST[random.nextInt(FIRST.length)] + SECOND[random.nextInt(SECOND.length)];
            names.add(round++ < 2000 ? base + suffix : base + (names.size() + 1) + suffix);
        }
        return new ArrayList<>(names);
    }
}
