package org.branchdesk.service.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.branchdesk.domain.duty.Availability;
import org.branchdesk.domain.duty.RosterRules;
import org.branchdesk.domain.duty.Shift;
import org.branchdesk.domain.duty.ShiftPattern;
import org.branchdesk.domain.members.CitizenId;
import org.branchdesk.service.sheets.CsvFile;
import org.branchdesk.service.sheets.SheetRow;
import org.branchdesk.service.sheets.Vocabulary;

/**
 * Duty's part of the demo street's story: the four weeks of February 2020 when the compounds of the
 * street's first community kept their gates day and night. Written from the street's compounds,
 * members and households, always the same:
 *
 * <ul>
 *   <li>the people who serve without being members here (community workers and volunteers of each
 *       community, cadres sent down from the district's bureaus);
 *   <li>teams: a commando team in every community, the first community's volunteers and one
 *       compound's patrol;
 *   <li>posts: a checkpoint at three compounds, a disinfection round and the community's evening
 *       patrol, with a roster over four weeks filled fairly within the rules (rest, overlap, the
 *       weekly maximum, someone unavailable, a party member on every checkpoint shift), the first
 *       three weeks published and attended (a few absent, a few substituted), and places left open
 *       in the last week;
 *   <li>every in-service member's reporting, with the checkpoint they claimed where they serve;
 *   <li>one-to-one pairings for most assisted households (a few left unpaired), with a service log,
 *       and two home observations in the first fortnight whose temperatures are health details;
 *   <li>the sent-down cadres' areas and their contacts.
 * </ul>
 */
final class DutyStory {
    static final LocalDate FIRST_MONDAY = LocalDate.of(2020, 2, 3);
    static final int WEEKS = 4;
    static final LocalDate FORMED = LocalDate.of(2020, 1, 28);
    static final LocalDate SENT_DOWN_FROM = LocalDate.of(2020, 2, 5);
    static final LocalDate SENT_DOWN_TO = LocalDate.of(2020, 4, 30);

    private static final Vocabulary W =
            new Vocabulary(DemoGenerator.class, "demo-words.properties");
    private static final String SURNAMES = W.get("names.surnames");
    private static final String GIVEN = W.get("names.given");
    private static final List<String> BUREAUS = W.list("duty.bureaus");

    private static final String CHECKPOINT = "卡点";
    private static final String PATROL = "巡逻";
    private static final String DISINFECTION = "消杀";
    private static final String PRESENT = "到岗";
    private static final String ABSENT = "缺勤";
    private static final String SUBSTITUTED = "替班";
    private static final String MEDICAL = "医护背景";
    private static final String ALL_DAY =
            "07:00-12:00;12:00-18:00;18:00-22:00;22:00-07:00"; // the checkpoints' four shifts

    /** The story's files, UTF-8 CSV with a header row each. */
    record Files(
            String people,
            String teams,
            String posts,
            String roster,
            String published,
            String limits,
            String unavailable,
            String reporting,
            String sentDown,
            String pairings,
            String services,
            String areas,
            String contacts) {

        /** The files by their names in {@code seeds/demo/duty/}. */
        Map<String, String> byName() {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("people.csv", people);
            m.put("teams.csv", teams);
            m.put("posts.csv", posts);
            m.put("roster.csv", roster);
            m.put("published.csv", published);
            m.put("limits.csv", limits);
            m.put("unavailable.csv", unavailable);
            m.put("reporting.csv", reporting);
            m.put("sent-down.csv", sentDown);
            m.put("pairings.csv", pairings);
            m.put("services.csv", services);
            m.put("areas.csv", areas);
            m.put("contacts.csv", contacts);
            return m;
        }
    }

    /** Someone who serves: a member (with an ID number) or a person on the people register. */
    private record Who(String name, String id, boolean member, String community, String compound) {
        String[] cells() {
            return new String[] {name, id == null ? "" : id};
        }
    }

    private record Household(
            String community,
            String compound,
            String building,
            String unit,
            String room,
            String head,
            String needs) {}

    private DutyStory() {}

    static Files write(String compoundsCsv, String membersCsv, String householdsCsv) {
        Random random = new Random(20200203L);
        Map<String, List<String>> compounds = new LinkedHashMap<>();
        for (SheetRow r : rows(compoundsCsv)) {
            compounds.computeIfAbsent(r.cell(0), k -> new ArrayList<>()).add(r.cell(1));
        }
        List<String[]> members = new ArrayList<>();
        for (SheetRow r : rows(membersCsv)) {
            members.add(r.cells().toArray(String[]::new));
        }
        Set<String> usedNames =
                members.stream().map(m -> m[0]).collect(Collectors.toCollection(HashSet::new));
        String first = compounds.keySet().iterator().next();
        List<String> firstCompounds = compounds.get(first).subList(0, 3);

        // ---------------------------------------------------------------- people
        List<Who> people = new ArrayList<>();
        StringBuilder peopleCsv = new StringBuilder("姓名,公民身份号码,联系电话,人员类别,备注,标签\n");
        int communityIndex = 0;
        for (String community : compounds.keySet()) {
            for (int i = 0; i < 5; i++) {
                boolean worker = i < 3;
                String name = name(random, usedNames);
                String id = worker ? id(random, 10 + communityIndex, 1975, 25) : null;
                people.add(new Who(name, id, false, community, null));
                line(
                        peopleCsv,
                        name,
                        id,
                        phone(random),
                        worker ? "社区专职工作者" : "居民志愿者",
                        community + (worker ? "社区工作者" : "居民"),
                        // a volunteer nurse in every other community: posts may ask for one
                        i == 3 && communityIndex % 2 == 0 ? MEDICAL : "");
            }
            communityIndex++;
        }
        List<Who> cadres = new ArrayList<>();
        List<String> cadreUnits = new ArrayList<>();
        List<String> communities = new ArrayList<>(compounds.keySet());
        for (int i = 0; i < 6; i++) {
            String name = name(random, usedNames);
            String id = id(random, 30, 1970, 20);
            String community =
                    i < 2 ? first : communities.get(1 + (i - 2) % (communities.size() - 1));
            String compound = i < 2 ? firstCompounds.get(i) : null;
            Who w = new Who(name, id, false, community, compound);
            cadres.add(w);
            cadreUnits.add(BUREAUS.get(i % BUREAUS.size()));
            line(peopleCsv, name, id, phone(random), "下沉干部", BUREAUS.get(i % BUREAUS.size()), "");
        }

        // ---------------------------------------------------------------- teams
        StringBuilder teams = new StringBuilder("类别,队伍名称,所在社区,所在小区,成立日期,队长,队长公民身份号码,成员\n");
        for (String community : compounds.keySet()) {
            List<Who> serving = serving(members, community);
            if (serving.size() >= 6) {
                team(teams, "党员突击队", community + "党员突击队", community, "", serving.subList(0, 6));
            }
        }
        List<Who> pool = serving(members, first);
        List<Who> firstPeople = people.stream().filter(p -> p.community().equals(first)).toList();
        List<Who> volunteers = new ArrayList<>(pool.subList(6, 8));
        volunteers.addAll(firstPeople.subList(3, 5));
        team(teams, "志愿服务队", first + "志愿服务队", first, "", volunteers);
        List<Who> patrol = new ArrayList<>(pool.subList(8, 11));
        patrol.add(firstPeople.get(0));
        team(teams, "治安巡逻队", firstCompounds.get(0) + "治安巡逻队", first, firstCompounds.get(0), patrol);

        // ---------------------------------------------------------------- posts
        record Post(
                String compound,
                String kind,
                String name,
                int headcount,
                boolean member,
                String patterns) {}
        List<Post> posts = new ArrayList<>();
        for (String c : firstCompounds) {
            posts.add(new Post(c, CHECKPOINT, c + "卡点", 2, true, ALL_DAY));
        }
        posts.add(
                new Post(
                        firstCompounds.get(0),
                        DISINFECTION,
                        firstCompounds.get(0) + "消杀",
                        1,
                        false,
                        "09:00-11:00"));
        posts.add(new Post("", PATROL, first + "夜间巡逻", 2, true, "18:00-22:00"));
        StringBuilder postsCsv = new StringBuilder("所在社区,所在小区,岗位类别,岗位名称,每班人数,须有党员,须有标签,班次\n");
        for (Post p : posts) {
            line(
                    postsCsv,
                    first,
                    p.compound(),
                    p.kind(),
                    p.name(),
                    Integer.toString(p.headcount()),
                    p.member() ? "是" : "否",
                    "",
                    p.patterns());
        }

        // ---------------------------------------------------------------- availability
        List<Who> candidates = new ArrayList<>(pool);
        candidates.addAll(firstPeople.subList(0, 3)); // the community's workers
        candidates.addAll(cadres.subList(0, 2));
        Map<Who, Availability> availability = new HashMap<>();
        StringBuilder limits = new StringBuilder("姓名,公民身份号码,每周最多班次,最少休息小时\n");
        StringBuilder unavailable = new StringBuilder("姓名,公民身份号码,开始,结束,原因\n");
        for (int i = 0; i < candidates.size(); i++) {
            Who w = candidates.get(i);
            List<Availability.Period> off = new ArrayList<>();
            int max = 7;
            Duration rest = Availability.DEFAULT_REST;
            if (i % 9 == 4) {
                max = 3;
                rest = Duration.ofHours(12);
                line(limits, w.name(), w.id(), "3", "12");
            }
            if (i % 11 == 2) {
                LocalDateTime from = FIRST_MONDAY.plusDays(7 + i % 5).atStartOfDay();
                LocalDateTime to = from.plusDays(3);
                off.add(new Availability.Period(from, to));
                line(unavailable, w.name(), w.id(), stamp(from), stamp(to), "家中有事");
            }
            if (i % 13 == 5) {
                LocalDateTime from = FIRST_MONDAY.plusDays(15).atTime(18, 0);
                LocalDateTime to = from.plusHours(15);
                off.add(new Availability.Period(from, to));
                line(unavailable, w.name(), w.id(), stamp(from), stamp(to), "单位值班");
            }
            availability.put(w, new Availability(off, max, rest));
        }

        // ---------------------------------------------------------------- the roster
        StringBuilder roster =
                new StringBuilder("所在社区,所在小区,岗位名称,日期,开始,结束,姓名,公民身份号码,出勤,替班人,替班人公民身份号码\n");
        Map<Who, List<Shift>> serving = new HashMap<>();
        Map<Who, Integer> counts = new HashMap<>();
        candidates.forEach(w -> counts.put(w, 0));
        record Placed(Post post, Shift shift) {}
        List<Placed> shifts = new ArrayList<>();
        LocalDate last = FIRST_MONDAY.plusDays(7L * WEEKS - 1);
        for (Post p : posts) {
            for (Shift s :
                    Shift.generate(patterns(p.patterns()), FIRST_MONDAY, last, p.headcount())) {
                shifts.add(new Placed(p, s));
            }
        }
        shifts.sort(Comparator.comparing((Placed x) -> x.shift().startsAt()));
        LocalDate lastWeek = FIRST_MONDAY.plusWeeks(WEEKS - 1);
        int n = 0;
        for (Placed x : shifts) {
            Shift s = x.shift();
            int places = s.headcount();
            boolean inLastWeek = !s.day().isBefore(lastWeek);
            if (inLastWeek
                    && (s.hours().overnight() || x.post().kind().equals(DISINFECTION))
                    && s.day().getDayOfWeek().getValue() >= 5) {
                places--; // the last week's weekend nights and rounds still lack people
            }
            List<Who> on = new ArrayList<>();
            for (int place = 0; place < places; place++) {
                boolean needMember = x.post().member() && on.stream().noneMatch(Who::member);
                Who pick =
                        candidates.stream()
                                .filter(w -> !on.contains(w))
                                .filter(w -> !needMember || w.member())
                                .filter(
                                        w ->
                                                RosterRules.check(
                                                                s,
                                                                serving.getOrDefault(w, List.of()),
                                                                availability.get(w))
                                                        .isEmpty())
                                .min(Comparator.comparing((Who w) -> counts.get(w)))
                                .orElse(null);
                if (pick == null) {
                    break;
                }
                on.add(pick);
                serving.computeIfAbsent(pick, k -> new ArrayList<>()).add(s);
                counts.merge(pick, 1, Integer::sum);
            }
            for (Who w : on) {
                n++;
                String attendance = "";
                Who substitute = null;
                if (!inLastWeek) {
                    attendance = PRESENT;
                    if (n % 41 == 0) {
                        attendance = ABSENT;
                    } else if (n % 59 == 0) {
                        substitute = substitute(candidates, serving, s);
                        attendance = substitute == null ? ABSENT : SUBSTITUTED;
                    }
                }
                line(
                        roster,
                        first,
                        x.post().compound(),
                        x.post().name(),
                        s.day().toString(),
                        s.hours().start().toString(),
                        s.hours().end().toString(),
                        w.name(),
                        w.id(),
                        attendance,
                        substitute == null ? "" : substitute.name(),
                        substitute == null ? "" : substitute.id());
            }
        }
        StringBuilder published = new StringBuilder("所在社区,所在小区,周一\n");
        for (int week = 0; week < WEEKS - 1; week++) {
            String monday = FIRST_MONDAY.plusWeeks(week).toString();
            for (String c : firstCompounds) {
                line(published, first, c, monday);
            }
            line(published, first, "", monday);
        }

        // ---------------------------------------------------------------- reporting
        StringBuilder reporting =
                new StringBuilder("姓名,公民身份号码,报到社区,报到小区,工作单位,单位党组织,报到日期,认领岗位,服务时长,服务内容\n");
        int r = 0;
        for (String[] m : members) {
            if (!"在职党员报到".equals(m[11])) {
                continue;
            }
            String claimed = "";
            if (m[13].equals(first) && firstCompounds.contains(m[14])) {
                Who w = new Who(m[0], m[2], true, m[13], m[14]);
                if (serving.containsKey(w)) {
                    claimed = m[14] + "卡点";
                }
            }
            String hours = claimed.isEmpty() && r % 3 == 0 ? Integer.toString(2 + r % 4) : "";
            line(
                    reporting,
                    m[0],
                    m[2],
                    m[13],
                    m[14],
                    m[18],
                    "中共" + m[18] + "支部委员会",
                    FIRST_MONDAY.plusDays(r % 6).toString(),
                    claimed,
                    hours,
                    hours.isEmpty() ? "" : "协助配送生活物资");
            r++;
        }

        // ---------------------------------------------------------------- sent down, areas
        StringBuilder sentDown = new StringBuilder("姓名,公民身份号码,派出单位,下沉社区,下沉小区,开始日期,结束日期\n");
        StringBuilder areas = new StringBuilder("干部姓名,公民身份号码,负责社区,负责小区,开始日期,结束日期\n");
        StringBuilder contacts = new StringBuilder("干部姓名,公民身份号码,负责社区,负责小区,日期,联系方式,备注\n");
        String[] channels = {"实地走访", "电话", "微信", "视频"};
        for (int i = 0; i < cadres.size(); i++) {
            Who c = cadres.get(i);
            String compound = c.compound() == null ? "" : c.compound();
            // the first community's two cadres still answer for their compounds
            String until = i < 2 ? "" : SENT_DOWN_TO.toString();
            line(
                    sentDown,
                    c.name(),
                    c.id(),
                    cadreUnits.get(i),
                    c.community(),
                    compound,
                    SENT_DOWN_FROM.toString(),
                    SENT_DOWN_TO.toString());
            line(
                    areas,
                    c.name(),
                    c.id(),
                    c.community(),
                    compound,
                    SENT_DOWN_FROM.toString(),
                    until);
            for (LocalDate d = SENT_DOWN_FROM;
                    !d.isAfter(SENT_DOWN_TO.minusDays(2));
                    d = d.plusDays(3 + i % 3)) {
                int k = (int) (d.toEpochDay() % channels.length);
                line(
                        contacts,
                        c.name(),
                        c.id(),
                        c.community(),
                        compound,
                        d.toString(),
                        channels[k],
                        k == 0 ? "走访卡点，检查登记测温" : "了解物资保障和困难群众情况");
            }
        }

        // ---------------------------------------------------------------- pairings
        StringBuilder pairings =
                new StringBuilder("党员姓名,公民身份号码,所在社区,所在小区,楼栋,单元,房号,户主姓名,帮扶类别,开始日期,结束日期\n");
        StringBuilder services = new StringBuilder("党员公民身份号码,所在社区,所在小区,户主姓名,日期,服务内容,健康情况,备注\n");
        List<Household> assisted = new ArrayList<>();
        for (SheetRow h : rows(householdsCsv)) {
            if ("帮扶对象".equals(h.cell(0))) {
                assisted.add(
                        new Household(
                                h.cell(1), h.cell(2), h.cell(3), h.cell(4), h.cell(5), h.cell(6),
                                h.cell(9)));
            }
        }
        int observed = 0;
        Set<String> pairedMembers = new HashSet<>();
        for (int i = 0; i < assisted.size(); i++) {
            Household h = assisted.get(i);
            if (i % 5 == 4) {
                continue; // not yet paired: the 概览 lists them
            }
            Who m = neighbour(members, h, pairedMembers);
            if (m == null) {
                continue;
            }
            pairedMembers.add(m.id());
            LocalDate from = LocalDate.of(2020, 2, 4).plusDays(i % 4);
            pairing(pairings, m, h, category(h.needs()), from, null);
            String[] kinds = {"代购", "收运垃圾", "走访"};
            for (LocalDate d = from.plusDays(1);
                    d.isBefore(LocalDate.of(2020, 3, 31));
                    d = d.plusDays(6)) {
                String kind = kinds[(int) (d.toEpochDay() % kinds.length)];
                line(
                        services,
                        m.id(),
                        h.community(),
                        h.compound(),
                        h.head(),
                        d.toString(),
                        kind,
                        "",
                        kind.equals("代购") ? "代购米面油和药品" : "");
            }
            Who o =
                    observed < 2 && h.community().equals(first)
                            ? neighbour(members, h, pairedMembers)
                            : null;
            if (o != null) {
                // a fortnight's home observation after a return from out of town, looked after by
                // a second neighbour: its temperatures are health details
                pairedMembers.add(o.id());
                LocalDate start = LocalDate.of(2020, 2, 6);
                LocalDate end = start.plusDays(14);
                pairing(pairings, o, h, "居家观察", start, end);
                for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
                    String t = "体温" + (362 + d.getDayOfMonth() % 6) / 10.0 + "℃，无咳嗽发热";
                    line(
                            services,
                            o.id(),
                            h.community(),
                            h.compound(),
                            h.head(),
                            d.toString(),
                            "测温",
                            t,
                            "");
                }
                observed++;
            }
        }
        return new Files(
                peopleCsv.toString(),
                teams.toString(),
                postsCsv.toString(),
                roster.toString(),
                published.toString(),
                limits.toString(),
                unavailable.toString(),
                reporting.toString(),
                sentDown.toString(),
                pairings.toString(),
                services.toString(),
                areas.toString(),
                contacts.toString());
    }

    private static void pairing(
            StringBuilder out, Who m, Household h, String category, LocalDate from, LocalDate to) {
        line(
                out,
                m.name(),
                m.id(),
                h.community(),
                h.compound(),
                h.building(),
                h.unit(),
                h.room(),
                h.head(),
                category,
                from.toString(),
                to == null ? "" : to.toString());
    }

    /** Members of a community who can serve: living there or reporting, under 65 in 2020. */
    private static List<Who> serving(List<String[]> members, String community) {
        List<Who> out = new ArrayList<>();
        for (String[] m : members) {
            boolean here = "居住".equals(m[11]) || "在职党员报到".equals(m[11]);
            if (m[13].equals(community) && here && LocalDate.parse(m[3]).getYear() >= 1956) {
                out.add(new Who(m[0], m[2], true, m[13], m[14]));
            }
        }
        return out;
    }

    /** A member living in the household's compound, not yet paired, to pair with it. */
    private static Who neighbour(List<String[]> members, Household h, Set<String> taken) {
        for (String[] m : members) {
            if (m[13].equals(h.community())
                    && m[14].equals(h.compound())
                    && "居住".equals(m[11])
                    && !taken.contains(m[2])
                    && !m[0].equals(h.head())) {
                return new Who(m[0], m[2], true, m[13], m[14]);
            }
        }
        return null;
    }

    private static String category(String needs) {
        if (needs.contains("空巢") || needs.contains("独居")) {
            return "独居老人";
        }
        if (needs.contains("残疾") || needs.contains("孤") || needs.contains("病")) {
            return "孤寡病残";
        }
        return "其他";
    }

    /** Someone free all that day to stand in: no shift starting that day or the day before. */
    private static Who substitute(List<Who> candidates, Map<Who, List<Shift>> serving, Shift s) {
        for (Who w : candidates) {
            boolean free =
                    serving.getOrDefault(w, List.of()).stream()
                            .noneMatch(
                                    o ->
                                            o.day().equals(s.day())
                                                    || o.day().equals(s.day().minusDays(1)));
            if (free) {
                return w;
            }
        }
        return null;
    }

    private static void team(
            StringBuilder out,
            String kind,
            String name,
            String community,
            String compound,
            List<Who> who) {
        String members =
                who.stream()
                        .map(w -> w.id() == null ? w.name() : w.name() + "/" + w.id())
                        .collect(Collectors.joining("；"));
        Who leader = who.get(0);
        line(
                out,
                kind,
                name,
                community,
                compound,
                FORMED.toString(),
                leader.name(),
                leader.id(),
                members);
    }

    private static List<ShiftPattern> patterns(String text) {
        List<ShiftPattern> out = new ArrayList<>();
        for (String p : text.split(";")) {
            String[] t = p.split("-");
            out.add(new ShiftPattern(LocalTime.parse(t[0]), LocalTime.parse(t[1])));
        }
        return out;
    }

    private static String stamp(LocalDateTime t) {
        return t.toLocalDate() + " " + t.toLocalTime();
    }

    private static String name(Random random, Set<String> used) {
        while (true) {
            String n =
                    SURNAMES.charAt(random.nextInt(SURNAMES.length()))
                            + String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length())))
                            + (random.nextBoolean()
                                    ? ""
                                    : String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length()))));
            if (used.add(n)) {
                return n;
            }
        }
    }

    /** A fictional ID number: region 99 and a county code no member's uses. */
    private static String id(Random random, int county, int fromYear, int years) {
        LocalDate birth = LocalDate.of(fromYear, 1, 1).plusDays(random.nextInt(365 * years));
        String first17 =
                DemoGenerator.REGION
                        + "90"
                        + String.format("%02d", county)
                        + birth.toString().replace("-", "")
                        + String.format("%03d", random.nextInt(1000));
        return first17 + CitizenId.checkCharacter(first17);
    }

    private static String phone(Random random) {
        return "199" + String.format("%08d", random.nextInt(100_000_000));
    }

    private static List<SheetRow> rows(String csv) {
        List<SheetRow> all = CsvFile.parse(csv);
        return all.subList(Math.min(1, all.size()), all.size()).stream()
                .filter(r -> !r.isBlank())
                .toList();
    }

    private static void line(StringBuilder out, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(CsvFile.quote(cells[i] == null ? "" : cells[i]));
        }
        out.append('\n');
    }
}
