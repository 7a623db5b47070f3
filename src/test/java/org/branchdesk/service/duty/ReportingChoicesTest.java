package org.branchdesk.service.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.branchdesk.domain.accounts.Role;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.duty.Reporting;
import org.branchdesk.domain.members.Member;
import org.branchdesk.domain.members.Presence;
import org.branchdesk.service.Services;
import org.branchdesk.service.duty.ReportingService.Claimed;
import org.branchdesk.service.duty.ReportingService.Reportable;
import org.branchdesk.testing.TestOffice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the reporting members' page reads and does beyond the command line: whom, which claims. */
class ReportingChoicesTest {
    @TempDir Path dir;
    Services s;
    LocalDate today;

    @BeforeEach
    void open() {
        s = TestOffice.open(dir);
        s.demo().load(0, false);
        today = LocalDate.now(s.office().clock());
    }

    @AfterEach
    void close() {
        s.close();
    }

    Reporting report(Reportable m) {
        return s.reportings()
                .report(
                        new ReportingService.NewReporting(
                                m.memberId(),
                                m.communityId(),
                                m.compoundId(),
                                null,
                                "明川区税务局",
                                "明川区税务局机关党委",
                                today));
    }

    /**
     * An in-service member of a community that keeps duty posts, free to report again: the demo's
     * reporting of theirs ended today (the demo has every in-service member reporting).
     */
    Reportable nearPosts() {
        java.util.Set<UUID> withPosts =
                s.roster().posts(null, null, true).stream()
                        .map(p -> p.post().communityId())
                        .collect(java.util.stream.Collectors.toSet());
        ReportingService.Line l =
                s.reportings().lines(false).stream()
                        .filter(x -> withPosts.contains(x.communityId()))
                        .findFirst()
                        .orElseThrow();
        s.reportings().end(l.id(), today);
        return s.reportings().reportable().stream()
                .filter(r -> r.memberId().equals(l.memberId()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void onlyInServiceMembersWithoutAnOpenReportingMayReport() {
        assertThat(s.reportings().reportable())
                .as("the demo has every in-service member reporting")
                .isEmpty();
        nearPosts();
        List<Reportable> before = s.reportings().reportable();
        assertThat(before).hasSize(1);
        for (Reportable r : before) {
            Member m = s.members().get(r.memberId());
            assertThat(m.presence()).isEqualTo(Presence.REPORTING_IN_SERVICE);
            assertThat(r.maskedId()).contains("*").doesNotContain(m.citizenId().value());
        }
        List<UUID> reporting =
                s.reportings().lines(false).stream().map(ReportingService.Line::memberId).toList();
        assertThat(before).extracting(Reportable::memberId).doesNotContainAnyElementsOf(reporting);

        Reportable first = before.get(0);
        report(first);

        assertThat(s.reportings().reportable()).extracting(Reportable::memberId).isEmpty();
    }

    @Test
    void aDroppedClaimLeavesTheListAndTheCountsButNotTheAuditTrail() {
        Reportable m = nearPosts();
        Reporting r = report(m);
        ReportingService.PostChoice post = s.reportings().claimable(r.id()).get(0);
        s.reportings().claim(r.id(), post.id(), today);
        List<Claimed> claims = s.reportings().claimsOf(r.id());
        assertThat(claims).hasSize(1);
        assertThat(claims.get(0).post()).isEqualTo(post.name());
        assertThat(claims.get(0).place()).isEqualTo(post.place());
        assertThat(claims.get(0).claimedOn()).isEqualTo(today);
        Map<String, Integer> claimed = s.stats().counts();

        s.reportings().dropClaim(claims.get(0).id());

        assertThat(s.reportings().claimsOf(r.id())).isEmpty();
        assertThat(s.reportings().line(r.id()).posts()).isEmpty();
        assertThat(s.reportings().claimable(r.id()))
                .as("the post may be claimed again")
                .extracting(ReportingService.PostChoice::id)
                .contains(post.id());
        assertThat(s.stats().counts())
                .containsEntry("reporting_claims", claimed.get("reporting_claims") - 1);
        assertThatThrownBy(() -> s.reportings().dropClaim(claims.get(0).id()))
                .isInstanceOf(UserError.class)
                .hasMessage("找不到这条认领记录，可能已被其他操作更改，请刷新后重试。");
    }

    @Test
    void aClaimOfAnEndedReportingIsHistoryAndStays() {
        Reporting r = report(nearPosts());
        UUID post = s.reportings().claimable(r.id()).get(0).id();
        s.reportings().claim(r.id(), post, today);
        s.reportings().end(r.id(), today);
        UUID claim = s.reportings().claimsOf(r.id()).get(0).id();
        Map<String, Integer> before = s.stats().counts();

        assertThatThrownBy(() -> s.reportings().dropClaim(claim))
                .isInstanceOf(UserError.class)
                .hasMessage("这次报到已于 " + today + " 结束。");
        assertThat(s.stats().counts()).isEqualTo(before);
    }

    @Test
    void aSupervisorMayNotDropAClaim() {
        Reporting r = report(nearPosts());
        UUID post = s.reportings().claimable(r.id()).get(0).id();
        s.reportings().claim(r.id(), post, today);
        UUID claim = s.reportings().claimsOf(r.id()).get(0).id();
        s.close();
        s = TestOffice.open(dir, Role.SUPERVISOR);

        assertThatThrownBy(() -> s.reportings().dropClaim(claim)).hasMessageContaining("（监督员）无权");
        assertThat(s.reportings().claimsOf(r.id())).hasSize(1);
    }
}
