package org.branchdesk.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.branchdesk.service.CompoundImportService.Column;
import org.branchdesk.service.imports.CsvFile;

/**
 * Writes a fictional street of any size in the shape of the demo in {@code seeds/}, with a
 * fixed random seed so that the same scale always gives the same street (benchmarks compare
 * like with like, and a second {@code demo --scale N} changes nothing).
 *
 * <p>Sizes follow the benchmark of the registers: 100,000 members live in about 1,200
 * compounds, eight compounds to a community.
 */
public final class DemoGenerator {
    static final long SEED = 20200205L;
    private static final String[] FIRST = {"青", "翠", "锦", "和", "安", "康", "福", "瑞", "祥", "泰", "嘉", "华",
        "明", "新", "兴", "盛", "宁", "静", "雅", "润", "丰", "永", "长", "广", "春", "秋", "枫", "桂", "兰", "梅",
        "竹", "松", "柏", "杏", "桃", "柳", "荷", "月", "星", "云"};
    private static final String[] SECOND = {"园", "苑", "林", "湖", "桥", "溪", "岸", "坊", "庭", "府", "里", "湾",
        "山", "泉", "源", "城", "景", "居", "阁", "轩"};
    private static final String[] COMPOUND_SUFFIX = {"小区", "家园", "花园", "新村", "公寓", "家属院", "雅居", "名苑"};
    private static final String[] COMPANIES = {"明川安居物业服务有限公司", "青槐物业管理有限公司", "锦程物业服务有限公司",
        "和顺物业管理有限公司", "康宁物业服务有限公司", "瑞丰物业管理有限公司"};
    private static final String[] ROADS = {"青槐路", "柳岸街", "石桥路", "望湖大道", "杏林巷", "云锦路", "松柏街", "长乐路"};

    private DemoGenerator() {
    }

    /** Compounds for a street with {@code members} members. */
    public static int compoundsFor(int members) {
        return Math.max(8, Math.round(members * 0.012f));
    }

    /** The compounds file (import template format, UTF-8) of a street with {@code members} members. */
    public static String compoundsCsv(int members) {
        Random random = new Random(SEED);
        int compounds = compoundsFor(members);
        int communities = Math.max(1, (compounds + 7) / 8);
        List<String> communityNames = uniqueNames(random, communities, "社区");
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>();
        for (Column c : Column.values()) {
            header.add(c.templateHeader());
        }
        csv.append(String.join(",", header)).append('\n');
        Set<String> used = new LinkedHashSet<>();
        for (int i = 0; i < compounds; i++) {
            String community = communityNames.get(i % communities);
            String name;
            do {
                name = FIRST[random.nextInt(FIRST.length)] + SECOND[random.nextInt(SECOND.length)]
                        + COMPOUND_SUFFIX[random.nextInt(COMPOUND_SUFFIX.length)];
                if (!used.add(community + name)) {
                    name = null;
                }
            } while (name == null && used.size() < 100_000);
            int buildings = 2 + random.nextInt(24);
            int households = buildings * (12 + random.nextInt(60));
            int residents = (int) Math.round(households * (2.1 + random.nextDouble()));
            boolean ownerless = random.nextInt(100) < 15;
            boolean service = !ownerless && random.nextInt(100) < 85;
            String company = service ? COMPANIES[random.nextInt(COMPANIES.length)] : "";
            String address = ROADS[random.nextInt(ROADS.length)] + (1 + random.nextInt(400)) + "号";
            csv.append(String.join(",", CsvFile.quote(community), CsvFile.quote(name), CsvFile.quote(address),
                    Integer.toString(households), Integer.toString(residents), Integer.toString(buildings),
                    CsvFile.quote(company),
                    ownerless ? "无" : (random.nextBoolean() ? "有" : "无"),
                    service ? "有" : "无",
                    ownerless ? "无" : "有")).append('\n');
        }
        return csv.toString();
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
