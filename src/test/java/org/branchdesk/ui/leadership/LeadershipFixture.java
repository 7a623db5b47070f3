package org.branchdesk.ui.leadership;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.branchdesk.domain.orgs.OrgType;
import org.branchdesk.service.Services;
import org.branchdesk.service.orgs.PartyOrgService.ChartNode;
import org.branchdesk.testing.CurrentThreadTaskExecutor;
import org.branchdesk.testing.TestOffice;

/** The demo street in a real database, and the organizations the leadership tests work on. */
final class LeadershipFixture implements AutoCloseable {
    final Services services;
    final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();

    LeadershipFixture(Path dir) {
        services = TestOffice.open(dir);
        services.demo().load(0, false);
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
                services.office().clock());
    }

    @Override
    public void close() {
        services.close();
    }
}
