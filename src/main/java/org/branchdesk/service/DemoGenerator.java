package org.branchdesk.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.branchdesk.domain.CitizenId;
import org.branchdesk.service.imports.CsvFile;
import org.branchdesk.service.imports.ImportColumn;

/**
 * Writes a fictional street in the import formats: compounds, party organizations and
 * members, with a fixed random seed so that the same size always gives the same street.
 * Every name is invented; ID numbers use region codes beginning {@code 99}, which are
 * assigned to no place, so no real person's number can appear.
 *
 * <p>Sizes follow the benchmark of the registers: 100,000 members live in about 1,200
 * compounds, eight compounds to a community.
 */
public final class DemoGenerator {
    static final long SEED = 20200205L;
    /** Dates are generated up to this day, so the street is the same on every PC. */
    static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
    static final String REGION = "99";
    private static final String[] FIRST = {"青", "翠", "锦", "和", "安", "康", "福", "瑞", "祥", "泰", "嘉", "华",
        "明", "新", "兴", "盛", "宁", "静", "雅", "润", "丰", "永", "长", "广", "春", "秋", "枫", "桂", "兰", "梅",
        "竹", "松", "柏", "杏", "桃", "柳", "荷", "月", "星", "云"};
    private static final String[] SECOND = {"园", "苑", "林", "湖", "桥", "溪", "岸", "坊", "庭", "府", "里", "湾",
        "山", "泉", "源", "城", "景", "居", "阁", "轩"};
    private static final String[] COMPOUND_SUFFIX = {"小区", "家园", "花园", "新村", "公寓", "家属院", "雅居", "名苑"};
    private static final String[] COMPANIES = {"明川安居物业服务有限公司", "青槐物业管理有限公司", "锦程物业服务有限公司",
        "和顺物业管理有限公司", "康宁物业服务有限公司", "瑞丰物业管理有限公司"};
    private static final String[] ROADS = {"青槐路", "柳岸街", "石桥路", "望湖大道", "杏林巷", "云锦路", "松柏街", "长乐路"};
    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国建华玉兰志强淑珍海燕红梅晓东春梅丽娟德明文华国庆永红雪梅";
    private static final String[] MINORITY = {"阿依古丽·买买提", "热依拉·艾力", "古丽米拉·吐尔逊", "艾尔肯·阿不都", "巴特尔·其木格"};
    private static final String[] EDUCATION = {"大学本科", "大学专科", "高中", "中专", "初中", "研究生"};
    private static final String[] WORKPLACES = {"明川区第一中学", "明川区人民医院", "青槐街道社区卫生服务中心",
        "明川供电公司", "明川区税务局", "锦程机械有限公司", "退休", "个体经营"};

    private DemoGenerator() {
    }

    /** One compound of the street. */
    record CompoundSpec(String community, String name, String address, int households, int residents,
                        int buildings, String company, boolean ownerless, String competentUnit) {
    }

    /** A street in the four import formats (UTF-8 CSV). */
    public record Street(String compoundsCsv, String organizationsCsv, String membersCsv, String surveyItemsCsv) {
    }

    private static final String[] GAPS = {"单元门禁损坏，外来人员随意进出", "无人值守，快递外卖人员进出不登记",
        "垃圾清运不及时", "楼道照明损坏", "监控探头不足，出入口无监控", "消防通道被车辆占用"};
    private static final String[] HAZARDS = {"楼道堆放杂物", "电动车入户充电、私拉电线", "部分居民对卡点登记有抵触",
        "房屋漏水引发邻里纠纷", "老旧燃气管道锈蚀", "独居老人无人照看"};

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
    static Street forCompounds(List<CompoundSpec> compounds, int members, String officeName, String docPrefix) {
        return street(new Random(SEED), compounds, members, officeName, docPrefix);
    }

    private static List<CompoundSpec> compounds(Random random, int count) {
        int communities = Math.max(1, (count + 7) / 8);
        List<String> communityNames = uniqueNames(random, communities, "社区");
        Set<String> used = new LinkedHashSet<>();
        List<CompoundSpec> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String community = communityNames.get(i % communities);
            String name;
            int tries = 0;
            do {
                name = FIRST[random.nextInt(FIRST.length)] + SECOND[random.nextInt(SECOND.length)]
                        + COMPOUND_SUFFIX[random.nextInt(COMPOUND_SUFFIX.length)];
                if (++tries > 50) {
                    name = name + (i + 1) + "号院";
                }
            } while (!used.add(community + "/" + name));
            int buildings = 2 + random.nextInt(24);
            int households = buildings * (12 + random.nextInt(60));
            int residents = (int) Math.round(households * (2.1 + random.nextDouble()));
            boolean ownerless = random.nextInt(100) < 15;
            boolean service = !ownerless && random.nextInt(100) < 85;
            list.add(new CompoundSpec(community, name, ROADS[random.nextInt(ROADS.length)] + (1 + random.nextInt(400)) + "号",
                    households, residents, buildings, service ? COMPANIES[random.nextInt(COMPANIES.length)] : "",
                    ownerless, ownerless ? "无" : (random.nextBoolean() ? "有" : "无")));
        }
        return list;
    }

    private static Street street(Random random, List<CompoundSpec> compounds, int members, String office,
                                 String docPrefix) {
        // ---- compounds, most of them surveyed; gaps and hazards found become items to follow
        StringBuilder c = new StringBuilder(String.join(",", header(CompoundImportService.Column.values()))).append('\n');
        StringBuilder it = new StringBuilder(String.join(",", header(SurveyItemImportService.Column.values())))
                .append('\n');
        for (CompoundSpec s : compounds) {
            String[] survey = {"", "", "", "", ""};
            if (random.nextInt(100) < 80) {
                survey[0] = "2020-02-" + String.format("%02d", 3 + random.nextInt(12));
                boolean complete = random.nextInt(100) < 85;
                survey[1] = s.buildings() + "栋楼，" + s.households() + "户，"
                        + (s.company().isEmpty() ? "无物业服务" : s.company());
                survey[2] = "常住" + s.residents() + "人";
                String gap = s.ownerless() ? "无物业服务，垃圾清运、门卫无人负责"
                        : random.nextInt(100) < 60 ? "无" : GAPS[random.nextInt(GAPS.length)];
                String hazard = random.nextInt(100) < 65 ? "无" : HAZARDS[random.nextInt(HAZARDS.length)];
                survey[3] = gap;
                survey[4] = complete ? hazard : "";
                if (!complete && random.nextBoolean()) {
                    survey[2] = "";
                }
                for (String[] found : new String[][] {{"管理服务漏洞", gap}, {"矛盾隐患", survey[4]}}) {
                    if (found[1].isEmpty() || found[1].equals("无")) {
                        continue;
                    }
                    int roll = random.nextInt(100);
                    String status = roll < 60 ? "已销号" : roll < 85 ? "整改中" : "未整改";
                    LocalDate deadline = LocalDate.of(2020, 3, 1 + random.nextInt(28));
                    String closed = status.equals("已销号") ? deadline.minusDays(random.nextInt(10)).toString() : "";
                    it.append(String.join(",", q(s.community()), q(s.name()), found[0], q(found[1]),
                            SURNAMES.charAt(random.nextInt(SURNAMES.length())) + given(random), deadline.toString(),
                            status, closed)).append('\n');
                }
            }
            c.append(String.join(",", q(s.community()), q(s.name()), q(s.address()), Integer.toString(s.households()),
                    Integer.toString(s.residents()), Integer.toString(s.buildings()), q(s.company()),
                    s.competentUnit(), s.ownerless() || s.company().isEmpty() ? "无" : "有",
                    s.ownerless() ? "无" : "有", survey[0], q(survey[1]), q(survey[2]), q(survey[3]), q(survey[4])))
                    .append('\n');
        }

        // ---- members, per compound, in proportion to households
        long totalHouseholds = compounds.stream().mapToLong(CompoundSpec::households).sum();
        Map<CompoundSpec, List<String[]>> byCompound = new LinkedHashMap<>();
        Map<CompoundSpec, Integer> eligible = new LinkedHashMap<>();
        List<String> communityOrder = new ArrayList<>(new LinkedHashSet<>(compounds.stream().map(CompoundSpec::community).toList()));
        int made = 0;
        for (int i = 0; i < compounds.size(); i++) {
            CompoundSpec s = compounds.get(i);
            int n = i == compounds.size() - 1 ? members - made
                    : (int) Math.round((double) members * s.households() / totalHouseholds);
            n = Math.max(0, Math.min(n, members - made));
            made += n;
            List<String[]> rows = new ArrayList<>();
            int full = 0;
            for (int k = 0; k < n; k++) {
                String[] m = member(random, communityOrder.indexOf(s.community()), s);
                if ("正式党员".equals(m[9]) && "本社区".equals(m[10])) {
                    full++;
                }
                rows.add(m);
            }
            byCompound.put(s, rows);
            eligible.put(s, full);
        }

        // ---- organizations
        StringBuilder o = new StringBuilder(String.join(",", header(OrgImportService.Column.values()))).append('\n');
        String committee = office + "党工委";
        o.append(orgRow(committee, "街道党工委", "", "", "", "2018-03-01", "", "", "", "")).append('\n');
        Map<String, String> communityBranch = new LinkedHashMap<>();
        Map<CompoundSpec, String> branchOf = new LinkedHashMap<>();
        Map<CompoundSpec, String> temporaryOf = new LinkedHashMap<>();
        int docNo = 1;
        Set<String> usedNames = new LinkedHashSet<>();
        for (String community : communityOrder) {
            List<CompoundSpec> here = compounds.stream().filter(s -> s.community().equals(community)).toList();
            String top = community + (here.size() >= 8 ? "党委" : "党总支");
            o.append(orgRow(top, here.size() >= 8 ? "社区党委" : "社区党总支", committee, community, "", "2018-05-01",
                    "", "", "", "")).append('\n');
            String first = community + "第一党支部";
            o.append(orgRow(first, "社区党支部", top, community, "", "2018-05-01", "", "", "", "")).append('\n');
            communityBranch.put(community, first);
            List<CompoundSpec> small = new ArrayList<>();
            for (CompoundSpec s : here) {
                int e = eligible.get(s);
                int roll = random.nextInt(100);
                if (e >= 3 && roll < 85) {
                    String name = unique(usedNames, community, s.name() + "党支部");
                    String established = "2020-02-" + String.format("%02d", 3 + random.nextInt(20));
                    o.append(orgRow(name, "小区党支部", top, community, s.name(), established,
                            "关于成立" + name + "的请示", community.substring(0, Math.min(2, community.length())) + "社党〔2020〕" + docNo + "号",
                            "关于同意成立" + name + "的批复", docPrefix + "〔2020〕" + docNo + "号")).append('\n');
                    docNo++;
                    branchOf.put(s, name);
                } else if (e >= 3 && roll < 92) {
                    String name = unique(usedNames, community, s.name() + "临时党支部");
                    o.append(orgRow(name, "临时党支部", top, community, s.name(), "2020-02-06", "", "", "", ""))
                            .append('\n');
                    temporaryOf.put(s, name);
                } else if (e < 3) {
                    small.add(s);
                }
            }
            // small compounds: joint branches of two or three neighbours, a temporary branch, or nothing yet
            for (int i = 0; i < small.size(); ) {
                int roll = random.nextInt(100);
                if (roll < 45 && i + 1 < small.size()) {
                    int size = Math.min(small.size() - i, 2 + random.nextInt(2));
                    List<CompoundSpec> group = small.subList(i, i + size);
                    String name = unique(usedNames, community, group.get(0).name() + "等" + size + "个小区联合党支部");
                    o.append(orgRow(name, "联合党支部", top, community,
                            String.join("、", group.stream().map(CompoundSpec::name).toList()), "2020-02-10",
                            "", "", "关于同意成立" + name + "的批复", docPrefix + "〔2020〕" + docNo++ + "号")).append('\n');
                    group.forEach(g -> branchOf.put(g, name));
                    i += size;
                } else if (roll < 75) {
                    String name = unique(usedNames, community, small.get(i).name() + "临时党支部");
                    o.append(orgRow(name, "临时党支部", top, community, small.get(i).name(), "2020-02-06",
                            "", "", "", "")).append('\n');
                    temporaryOf.put(small.get(i), name);
                    i++;
                } else {
                    i++;
                }
            }
        }
        // building party groups and central households under the larger compound branches
        for (var e : byCompound.entrySet()) {
            String branch = branchOf.get(e.getKey());
            List<String[]> here = e.getValue().stream().filter(r -> "本社区".equals(r[10])).toList();
            if (branch == null || branch.contains("联合") || branch.contains("临时") || here.size() < 8) {
                continue;
            }
            String[] leader = here.get(0);
            o.append(orgRow(leader[15] + "党小组", "楼栋党小组", branch, e.getKey().community(), e.getKey().name(), "",
                    "", "", "", "", "", "", leader[0], "")).append('\n');
            String[] host = here.get(1);
            o.append(orgRow(host[0] + "党员中心户", "党员中心户", branch, e.getKey().community(), e.getKey().name(), "",
                    "", "", "", "", "", "", host[0], host[15] + host[16] + "101、102、201、202")).append('\n');
        }
        Set<String> companies = new LinkedHashSet<>();
        compounds.stream().map(CompoundSpec::company).filter(x -> !x.isEmpty()).forEach(companies::add);
        int k = 0;
        for (String company : companies) {
            if (k++ % 2 == 0) { // every other company has its party organization: the rest show as gaps
                o.append(orgRow(company + "党支部", "物业企业党组织", committee, "", "", "2019-07-01", "", "", "", "",
                        "", company)).append('\n');
            }
        }
        if (!communityOrder.isEmpty()) {
            o.append(orgRow("明川区第一中学党支部", "驻区单位党组织", committee, communityOrder.get(0), "", "2015-09-01",
                    "", "", "", "", "", "明川区第一中学")).append('\n');
        }

        // ---- member rows, with their branch
        StringBuilder m = new StringBuilder(String.join(",", header(MemberImportService.Column.values()))).append('\n');
        for (var e : byCompound.entrySet()) {
            CompoundSpec s = e.getKey();
            for (String[] row : e.getValue()) {
                if ("本社区".equals(row[10])) {
                    row[12] = branchOf.getOrDefault(s, communityBranch.get(s.community()));
                } else if (temporaryOf.containsKey(s) && !row[10].startsWith("退休")) {
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
        return new Street(c.toString(), o.toString(), m.toString(), it.toString());
    }

    /** One member in the template's column order; the branch (index 12) is filled in later. */
    private static String[] member(Random random, int communityIndex, CompoundSpec s) {
        boolean minority = random.nextInt(100) < 2;
        String name = minority ? MINORITY[random.nextInt(MINORITY.length)]
                : SURNAMES.charAt(random.nextInt(SURNAMES.length())) + given(random);
        boolean male = random.nextBoolean();
        LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(365 * 60));
        String region = REGION + String.format("%02d", 1 + communityIndex % 99) + String.format("%02d", 1 + random.nextInt(20));
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
        String registration = kind < 70 ? "本社区" : kind < 88 ? "其他单位" : kind < 94 ? "流动" : "退休（保留在原单位）";
        int status = random.nextInt(100);
        String presence = switch (registration) {
            case "其他单位" -> "在职党员报到";
            case "流动" -> "流动党员";
            default -> status < 2 ? "外出" : status < 3 ? "失联" : "居住";
        };
        String phone = random.nextInt(100) < 80 ? "199" + String.format("%08d", random.nextInt(100_000_000)) : "";
        return new String[] {
            name, male ? "男" : "女", id, birth.toString(), minority ? "维吾尔族" : random.nextInt(100) < 95 ? "汉" : "回族",
            EDUCATION[random.nextInt(EDUCATION.length)], phone,
            // mix the date styles clerks use
            random.nextBoolean() ? joined.toString() : joined.getYear() + "年" + joined.getMonthValue() + "月" + joined.getDayOfMonth() + "日",
            fullOn, probationary ? "预备党员" : "正式党员", registration, presence, "", s.community(), s.name(),
            (1 + random.nextInt(Math.max(1, s.buildings()))) + "号楼", (1 + random.nextInt(3)) + "单元",
            (1 + random.nextInt(6)) + "0" + (1 + random.nextInt(4)),
            WORKPLACES[random.nextInt(WORKPLACES.length)], "", ""};
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

    private static String orgRow(String... cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            line.append(i == 0 ? "" : ",").append(q(cells[i]));
        }
        return line.toString();
    }

    private static List<String> header(ImportColumn[] columns) {
        return java.util.Arrays.stream(columns).map(ImportColumn::templateHeader).toList();
    }

    private static String q(String v) {
        return CsvFile.quote(v);
    }

    private static List<String> uniqueNames(Random random, int count, String suffix) {
        Set<String> names = new LinkedHashSet<>();
        int round = 0;
        while (names.size() < count) {
            String base = FIRST[random.nextInt(FIRST.length)] + SECOND[random.nextInt(SECOND.length)];
            names.add(round++ < 2000 ? base + suffix : base + (names.size() + 1) + suffix);
        }
        return new ArrayList<>(names);
    }
}
