package org.branchdesk.ui.leadership;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.branchdesk.domain.orgs.OrgType;
import org.branchdesk.service.Services;
import org.branchdesk.service.orgs.PartyOrgService.ChartNode;
import org.branchdesk.testing.CurrentThreadTaskExecutor;
import org.branchdesk.testing.TestOffice;
import org.branchdesk.ui.common.Desk;

/** The demo street in a real database, and the organizations the leadership tests work on. */
final class LeadershipFixture implements AutoCloseable {
    final Services services;
    final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();

    /** What the desk was asked to print or open. */
    final List<Path> desked = new ArrayList<>();

    final Desk desk =
            new Desk() {
                @Override
                public Object choosePrinter(String jobName) {
                    return "printer";
                }

                @Override
                public void print(Object printer, Path pdf) {
                    desked.add(pdf);
                }

                @Override
                public void open(Path pdf) {
                    desked.add(pdf);
                }
            };

    final Path scratch;
    final Path saved;

    /** Whether the committee tab's account may issue notices (a supervisor may not). */
    boolean mayIssue = true;

    /**
     * The office's clock stands still on a working day after the demo's last dated step, so the
     * renewal watch (due within 180 days, overdue) reads the same on every run.
     */
    static final java.time.Clock CLOCK =
            java.time.Clock.fixed(
                    java.time.Instant.parse("2026-12-07T02:00:00Z"), java.time.ZoneOffset.UTC);

    LeadershipFixture(Path dir) {
        services = TestOffice.open(dir, org.branchdesk.domain.accounts.Role.ADMIN, CLOCK);
        services.demo().load(0, false);
        try {
            scratch = Files.createDirectories(dir.resolve("scratch"));
            saved = Files.createDirectories(dir.resolve("saved"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<ChartNode> orgs() {
        List<ChartNode> all = new ArrayList<>();
        flat(services.orgs().chart(false), all);
        return all;
    }

    private static void flat(List<ChartNode> nodes, List<ChartNode> into) {
        for (ChartNode n : nodes) {
            into.add(n);
            flat(n.children(), into);
        }
    }

    ChartNode first(Predicate<ChartNode> p) {
        return orgs().stream().filter(p).findFirst().orElseThrow();
    }

    /**
     * A compound branch of seven full members or more, for which the demo recorded no leaders and
     * no renewal: it elects a committee.
     */
    ChartNode bigCompoundBranch() {
        return first(
                n ->
                        n.org().type() == OrgType.COMPOUND_BRANCH
                                && n.org().isActive()
                                && n.fullMembers() >= 7
                                && n.servingSeats() == 0
                                && services.leadership().ofOrg(n.org().id()).isEmpty()
                                && services.elections().ofOrg(n.org().id()).isEmpty());
    }

    ChartNode node(java.util.UUID id) {
        return first(n -> n.org().id().equals(id));
    }

    CommitteeViewModel committee() {
        return new CommitteeViewModel(
                services.leadership(),
                services.elections(),
                services.members(),
                tasks,
                services.office().clock(),
                new NoticePrinting(services.documents(), desk, scratch, saved, mayIssue));
    }

    @Override
    public void close() {
        services.close();
    }
}
