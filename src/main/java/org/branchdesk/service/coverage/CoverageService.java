package org.branchdesk.service.coverage;

import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.members.Registration;
import org.branchdesk.domain.orgs.BranchRules;
import org.branchdesk.domain.orgs.BranchRules.Coverage;
import org.branchdesk.domain.orgs.BranchRules.Suggestion;
import org.branchdesk.domain.orgs.PartyOrg;
import org.branchdesk.domain.places.Community;
import org.branchdesk.domain.places.Compound;
import org.branchdesk.domain.units.Unit;
import org.branchdesk.service.registers.Registers;
import org.branchdesk.service.sheets.Spreadsheets;

/**
 * The coverage view: each compound with its eligible full members, the branch on it and what the
 * rules suggest, so a clerk sees at a glance where a branch is still missing.
 */
public final class CoverageService {
    private static final Collator CHINESE = Collator.getInstance(Locale.CHINA);
    private final Registers.Holder registers;

    public CoverageService(Registers.Holder registers) {
        this.registers = registers;
    }

    /** One compound's line. */
    public record Line(
            UUID compoundId,
            String community,
            String compound,
            int eligibleFullMembers,
            Coverage coverage,
            String branch,
            Suggestion suggestion,
            boolean ownerless,
            boolean fourClear,
            int openItems) {}

    /** Which lines to show. */
    public enum Filter {
        ALL,
        NO_BRANCH,
        OWNERLESS,
        NOT_FOUR_CLEAR,
        NEEDS_ACTION,
        REGULAR_BRANCH,
        JOINT_BRANCH,
        TEMPORARY_BRANCH,
        OWNERLESS_COVERED,
        OWNERLESS_UNCOVERED;

        /** The filter behind a slice of "compounds by branch status". */
        public static Filter of(Coverage coverage) {
            return switch (coverage) {
                case REGULAR -> REGULAR_BRANCH;
                case JOINT -> JOINT_BRANCH;
                case TEMPORARY -> TEMPORARY_BRANCH;
                case NONE -> NO_BRANCH;
            };
        }
    }

    public List<Line> coverage(Filter filter) {
        Registers s = registers.get();
        Map<String, Integer> order = new HashMap<>();
        for (Community c : s.communities()) {
            order.put(c.name(), order.size());
        }
        Map<UUID, PartyOrg> branchOf = new HashMap<>();
        for (PartyOrg o : s.orgs()) {
            if (!o.isActive() || !o.type().coversCompounds()) {
                continue;
            }
            for (UUID compound : o.compoundIds()) {
                branchOf.merge(compound, o, (a, b) -> rank(a) <= rank(b) ? a : b);
            }
        }
        List<Line> lines = new ArrayList<>();
        for (Compound c : s.compounds()) {
            int n = s.eligibleByCompound().getOrDefault(c.id(), 0);
            PartyOrg branch = branchOf.get(c.id());
            Coverage coverage =
                    branch == null
                            ? Coverage.NONE
                            : switch (branch.type()) {
                                case COMPOUND_BRANCH -> Coverage.REGULAR;
                                case JOINT_BRANCH -> Coverage.JOINT;
                                default -> Coverage.TEMPORARY;
                            };
            Suggestion suggestion = BranchRules.suggest(n, coverage);
            var survey = s.surveys().get(c.id());
            Line line =
                    new Line(
                            c.id(),
                            s.communityNames().getOrDefault(c.communityId(), ""),
                            c.name(),
                            n,
                            coverage,
                            branch == null ? null : branch.name(),
                            suggestion,
                            s.rule().isOwnerless(c),
                            survey != null && survey.isFourClear(),
                            s.openItemsByCompound().getOrDefault(c.id(), 0));
            if (keep(line, filter)) {
                lines.add(line);
            }
        }
        // the street's own order of communities, then compounds by pinyin
        lines.sort(
                Comparator.<Line>comparingInt(
                                l -> order.getOrDefault(l.community(), Integer.MAX_VALUE))
                        .thenComparing(Line::compound, CHINESE));
        return lines;
    }

    /** The figures of the overview (概览). */
    public record Overview(
            Map<Coverage, Integer> compoundsByCoverage,
            int ownerlessCovered,
            int ownerlessUncovered,
            Map<Registration, Integer> membersByRegistration,
            List<CommunityProgress> fourClearByCommunity,
            int companiesWithOrg,
            int companiesWithoutOrg) {}

    /** A community's survey progress: compounds four-clear out of all. */
    public record CommunityProgress(String community, int compounds, int fourClear) {}

    public Overview overview() {
        List<Line> lines = coverage(Filter.ALL);
        Map<Coverage, Integer> byCoverage = new EnumMap<>(Coverage.class);
        for (Coverage c : Coverage.values()) {
            byCoverage.put(c, 0);
        }
        int covered = 0;
        int uncovered = 0;
        Map<String, int[]> progress = new LinkedHashMap<>();
        for (Line l : lines) {
            byCoverage.merge(l.coverage(), 1, Integer::sum);
            if (l.ownerless()) {
                if (l.coverage() == Coverage.NONE) {
                    uncovered++;
                } else {
                    covered++;
                }
            }
            int[] p = progress.computeIfAbsent(l.community(), k -> new int[2]);
            p[0]++;
            if (l.fourClear()) {
                p[1]++;
            }
        }
        Map<Registration, Integer> byRegistration = new EnumMap<>(Registration.class);
        for (Registration r : Registration.values()) {
            byRegistration.put(r, 0);
        }
        for (var f : registers.get().members()) {
            if (f.active()) {
                byRegistration.merge(f.registration(), 1, Integer::sum);
            }
        }
        List<CommunityProgress> communities =
                progress.entrySet().stream()
                        .map(
                                e ->
                                        new CommunityProgress(
                                                e.getKey(), e.getValue()[0], e.getValue()[1]))
                        .toList();
        Registers s = registers.get();
        long companies =
                s.units().stream().filter(u -> u.kind() == Unit.Kind.PROPERTY_COMPANY).count();
        Set<UUID> active = new HashSet<>();
        s.orgs().stream().filter(PartyOrg::isActive).forEach(o -> active.add(o.id()));
        long without =
                s.units().stream()
                        .filter(u -> u.kind() == Unit.Kind.PROPERTY_COMPANY)
                        .filter(u -> u.partyOrgId() == null || !active.contains(u.partyOrgId()))
                        .count();
        return new Overview(
                byCoverage,
                covered,
                uncovered,
                byRegistration,
                communities,
                (int) (companies - without),
                (int) without);
    }

    /** Writes the coverage lines to {@code .xlsx}; returns the number of rows. */
    public int export(Filter filter, Path out) {
        List<List<String>> rows = new ArrayList<>();
        for (Line l : coverage(filter)) {
            rows.add(
                    List.of(
                            l.community(),
                            l.compound(),
                            Integer.toString(l.eligibleFullMembers()),
                            Messages.format("coverage." + l.coverage().name()),
                            l.branch() == null ? "" : l.branch(),
                            Messages.format(l.suggestion().key()),
                            Messages.format(l.ownerless() ? "value.yes" : "value.no"),
                            Messages.format(l.fourClear() ? "value.yes" : "value.no"),
                            Integer.toString(l.openItems())));
        }
        List<String> header =
                Arrays.stream(Messages.format("export.coverage.header").split(",")).toList();
        Spreadsheets.writeXlsx(out, Messages.format("nav.coverage"), header, rows);
        return rows.size();
    }

    private static boolean keep(Line line, Filter filter) {
        return switch (filter) {
            case ALL -> true;
            case NO_BRANCH -> line.coverage() == Coverage.NONE;
            case OWNERLESS -> line.ownerless();
            case NOT_FOUR_CLEAR -> !line.fourClear();
            case NEEDS_ACTION ->
                    line.suggestion() != Suggestion.REGULAR_IN_PLACE
                            && line.suggestion() != Suggestion.JOINT_IN_PLACE
                            && line.suggestion() != Suggestion.TEMPORARY_IN_PLACE;
            case REGULAR_BRANCH -> line.coverage() == Coverage.REGULAR;
            case JOINT_BRANCH -> line.coverage() == Coverage.JOINT;
            case TEMPORARY_BRANCH -> line.coverage() == Coverage.TEMPORARY;
            case OWNERLESS_COVERED -> line.ownerless() && line.coverage() != Coverage.NONE;
            case OWNERLESS_UNCOVERED -> line.ownerless() && line.coverage() == Coverage.NONE;
        };
    }

    /** A regular branch counts before a joint one, a joint before a temporary one. */
    private static int rank(PartyOrg o) {
        return switch (o.type()) {
            case COMPOUND_BRANCH -> 0;
            case JOINT_BRANCH -> 1;
            default -> 2;
        };
    }
}
