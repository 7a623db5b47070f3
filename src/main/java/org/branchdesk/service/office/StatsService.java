package org.branchdesk.service.office;

import java.util.LinkedHashMap;
import java.util.Map;
import org.branchdesk.domain.households.Household;
import org.branchdesk.store.Store;

/**
 * Counts of the registers that a backup carries, for {@code stats}: scripts compare an office
 * before and after an operation with them. No audit, document or import counters belong here.
 */
public final class StatsService {
    private final Store store;

    public StatsService(Store store) {
        this.store = store;
    }

    /** Register name (lower case, underscores) → number of live rows, in a stable order. */
    public Map<String, Integer> counts() {
        return store.read(
                s -> {
                    Map<String, Integer> counts = new LinkedHashMap<>();
                    counts.put("communities", s.communities().count());
                    counts.put("compounds", s.compounds().count());
                    counts.put("organizations", s.orgs().count());
                    counts.put("members", s.members().count());
                    counts.put("surveys", s.surveys().countSurveys());
                    counts.put("survey_items", s.surveys().countItems());
                    counts.put("units", s.units().count());
                    counts.put("party_groups", s.groups().count());
                    counts.put("temporary_branch_members", s.temporaryBranches().count());
                    counts.put("buildings", s.buildings().count());
                    counts.put("contact_households", s.households().count(Household.Kind.CONTACT));
                    counts.put(
                            "assisted_households", s.households().count(Household.Kind.ASSISTED));
                    counts.put("positions", s.positions().count());
                    counts.put("committee_terms", s.terms().count());
                    counts.put("elections", s.elections().count());
                    counts.put("election_candidates", s.elections().candidateCount());
                    counts.put("people", s.people().count());
                    counts.put("teams", s.teams().count());
                    counts.put("posts", s.posts().count());
                    counts.put("shifts", s.shifts().count());
                    counts.put("assignments", s.assignments().count());
                    counts.put("roster_weeks", s.rosterWeeks().count());
                    counts.put("duty_limits", s.availability().countLimits());
                    counts.put("unavailability", s.availability().countPeriods());
                    counts.put("pairings", s.pairings().count());
                    counts.put("service_logs", s.serviceLogs().count());
                    counts.put("reportings", s.reportings().count());
                    counts.put("reporting_claims", s.reportings().countClaims());
                    counts.put("reporting_hours", s.reportings().countHours());
                    counts.put("sent_down", s.sentDown().count());
                    counts.put("cadre_areas", s.areas().count());
                    counts.put("area_contacts", s.areas().countContacts());
                    counts.put("funds", s.funds().count());
                    counts.put("fund_allocations", s.funds().countAllocations());
                    counts.put("payments", s.payments().count());
                    counts.put("payment_batches", s.paymentBatches().count());
                    return counts;
                });
    }
}
