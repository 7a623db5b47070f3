package org.branchdesk.service.leadership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.leadership.Chosen;
import org.branchdesk.domain.leadership.EndReason;
import org.branchdesk.domain.leadership.Holding;
import org.branchdesk.domain.leadership.Position;
import org.branchdesk.domain.leadership.Source;
import org.branchdesk.domain.members.Departure;
import org.branchdesk.domain.members.Standing;
import org.branchdesk.domain.orgs.OrgType;
import org.branchdesk.domain.orgs.PartyOrg;
import org.branchdesk.service.Services;
import org.branchdesk.service.members.MemberService;
import org.branchdesk.service.registers.MemberFilter;
import org.branchdesk.testing.TestOffice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeadershipServiceTest {
    @TempDir Path dir;
    Services s;
    PartyOrg branch;
    List<MemberService.Row> members;
    int positions0;
    int terms0;

    @BeforeEach
    void open() {
        s = TestOffice.open(dir);
        s.demo().load(0, false);
        // a compound branch the demo recorded no leaders for, with full and probationary members
        for (PartyOrg o : s.orgs().list()) {
            if (o.type() != OrgType.COMPOUND_BRANCH
                    || !o.isActive()
                    || !s.leadership().ofOrg(o.id()).isEmpty()) {
                continue;
            }
            List<MemberService.Row> rows =
                    s.members()
                            .search(
                                    new MemberFilter(
                                            null, null, null, o.id(), null, null, null, false),
                                    100)
                            .rows();
            LocalDate established = o.establishedOn();
            if (rows.stream().filter(r -> r.standing() == Standing.FULL).count() >= 2
                    && rows.stream().anyMatch(r -> r.standing() == Standing.PROBATIONARY)
                    && rows.stream()
                            .map(r -> s.members().get(r.id()).fullOn())
                            .anyMatch(f -> f != null && f.minusDays(1).isAfter(established))) {
                branch = o;
                members = rows;
                break;
            }
        }
        positions0 = s.stats().counts().get("positions");
        terms0 = s.stats().counts().get("committee_terms");
    }

    @AfterEach
    void close() {
        s.close();
    }

    MemberService.Row withStanding(Standing standing, int skip) {
        return members.stream()
                .filter(m -> m.standing() == standing)
                .skip(skip)
                .findFirst()
                .orElseThrow();
    }

    LeadershipService.NewHolding secretary(MemberService.Row m, LocalDate from) {
        return new LeadershipService.NewHolding(
                branch.id(),
                m.id(),
                Position.SECRETARY,
                null,
                Chosen.ELECTED,
                Source.RESIDENT,
                from,
                "青槐社党〔2023〕5号",
                from,
                null);
    }

    @Test
    void aSecretaryTakesOfficeAndASecondIsRefusedChangingNothing() {
        Holding h =
                s.leadership()
                        .take(secretary(withStanding(Standing.FULL, 0), LocalDate.of(2023, 3, 1)));
        assertThat(s.leadership().ofOrg(branch.id())).containsExactly(h);
        assertThat(s.stats().counts()).containsEntry("positions", positions0 + 1);

        Map<String, Integer> before = s.stats().counts();
        assertThatThrownBy(
                        () ->
                                s.leadership()
                                        .take(
                                                secretary(
                                                        withStanding(Standing.FULL, 1),
                                                        LocalDate.of(2023, 4, 1))))
                .isInstanceOf(ValidationError.class)
                .hasMessage("职务：该党组织已有在任书记，须先免去或结束其任职");
        assertThat(s.stats().counts()).isEqualTo(before);
    }

    @Test
    void aProbationaryMemberIsNeitherElectedNorAppointed() {
        Map<String, Integer> before = s.stats().counts();
        MemberService.Row probationary = withStanding(Standing.PROBATIONARY, 0);
        assertThatThrownBy(
                        () ->
                                s.leadership()
                                        .take(secretary(probationary, LocalDate.of(2025, 3, 1))))
                .hasMessage("任职人：预备党员不能当选或被任命为党组织委员");
        assertThat(s.stats().counts()).isEqualTo(before);
    }

    @Test
    void noPositionStartsBeforeTheOrganizationWasEstablished() {
        LocalDate dayBefore = branch.establishedOn().minusDays(1);
        assertThatThrownBy(
                        () ->
                                s.leadership()
                                        .take(secretary(withStanding(Standing.FULL, 0), dayBefore)))
                .hasMessage("任职日期：任职日期早于党组织成立日期");
        assertThat(s.stats().counts()).containsEntry("positions", positions0);
    }

    @Test
    void aPositionEndsWhenItsHolderLeavesTheRegisterAndHistoryIsKept() {
        MemberService.Row m = withStanding(Standing.FULL, 0);
        s.leadership().take(secretary(m, LocalDate.of(2023, 3, 1)));
        // the demo may have seated the same member elsewhere (a community committee): those end too
        long heldBefore =
                s.leadership().serving().stream().filter(h -> h.memberId().equals(m.id())).count();
        s.members().leave(m.id(), Departure.TRANSFERRED_OUT, LocalDate.of(2025, 6, 30));
        assertThat(s.leadership().serving()).noneMatch(h -> h.memberId().equals(m.id()));
        assertThat(s.leadership().ofOrg(branch.id()))
                .singleElement()
                .satisfies(
                        h -> {
                            assertThat(h.endedOn()).isEqualTo(LocalDate.of(2025, 6, 30));
                            assertThat(h.endReason()).isEqualTo(EndReason.TRANSFERRED);
                        });
        assertThat(s.stats().counts())
                .containsEntry("positions", positions0 + 1 - (int) heldBefore);
    }

    @Test
    void aTemporaryBranchsLeaderIsAppointedAndStepsDownWhenItIsDissolved() {
        PartyOrg temporary =
                s.orgs().list().stream()
                        .filter(o -> o.type() == OrgType.TEMPORARY_BRANCH && o.isActive())
                        .findFirst()
                        .orElseThrow();
        MemberService.Row m = withStanding(Standing.FULL, 0);
        LocalDate from = temporary.establishedOn().plusDays(1);
        assertThatThrownBy(
                        () ->
                                s.leadership()
                                        .take(
                                                new LeadershipService.NewHolding(
                                                        temporary.id(),
                                                        m.id(),
                                                        Position.SECRETARY,
                                                        null,
                                                        Chosen.ELECTED,
                                                        Source.RESIDENT,
                                                        from,
                                                        null,
                                                        null,
                                                        null)))
                .hasMessageContaining("临时党支部的负责人由上级任命");
        s.leadership()
                .take(
                        new LeadershipService.NewHolding(
                                temporary.id(),
                                m.id(),
                                Position.SECRETARY,
                                null,
                                Chosen.APPOINTED,
                                Source.STREET,
                                from,
                                null,
                                null,
                                null));
        s.orgs().dissolve(temporary.id(), LocalDate.of(2026, 11, 1));
        assertThat(s.leadership().ofOrg(temporary.id()))
                .singleElement()
                .satisfies(h -> assertThat(h.endReason()).isEqualTo(EndReason.DISSOLVED));
    }

    @Test
    void theOrganizationLedgerPrintsTheServingSecretary() throws Exception {
        MemberService.Row m = withStanding(Standing.FULL, 0);
        s.leadership().take(secretary(m, LocalDate.of(2023, 3, 1)));
        Path pdf = dir.resolve("党组织体系.pdf");
        s.documents()
                .printLedger(
                        new org.branchdesk.service.documents.DocumentService.LedgerRequest(
                                org.branchdesk.service.documents.LedgerKind.ORG, null, null),
                        pdf,
                        false);
        String text;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
        assertThat(text.lines().filter(l -> l.contains(branch.name()) && l.contains(m.name())))
                .as("the branch's row names its secretary")
                .isNotEmpty();
    }

    @Test
    void theRenewalWatchShowsTermsDueOrOverdueAndOrganizationsWithoutASecretary() {
        LocalDate established = branch.establishedOn();
        var term =
                s.leadership().beginTerm(branch.id(), established, Chosen.ELECTED, "青槐社党〔2020〕9号");
        assertThat(term.lastDay()).isEqualTo(established.plusYears(5).minusDays(1));
        assertThat(s.stats().counts()).containsEntry("committee_terms", terms0 + 1);

        LocalDate wellBefore = term.lastDay().minusDays(200);
        assertThat(s.leadership().renewals(wellBefore))
                .filteredOn(l -> l.org().id().equals(branch.id()))
                .extracting(LeadershipService.WatchLine::watch)
                .containsExactly(LeadershipService.Watch.NO_SECRETARY);

        s.leadership().take(secretary(withStanding(Standing.FULL, 0), established.plusDays(1)));
        assertThat(s.leadership().renewals(wellBefore))
                .filteredOn(l -> l.org().id().equals(branch.id()))
                .isEmpty();
        assertThat(s.leadership().renewals(term.lastDay().minusDays(180)))
                .filteredOn(l -> l.org().id().equals(branch.id()))
                .extracting(LeadershipService.WatchLine::watch)
                .containsExactly(LeadershipService.Watch.DUE);
        assertThat(s.leadership().renewals(term.lastDay().plusDays(1)))
                .filteredOn(l -> l.org().id().equals(branch.id()))
                .extracting(LeadershipService.WatchLine::watch)
                .containsExactly(LeadershipService.Watch.OVERDUE);
        assertThat(s.leadership().renewals(wellBefore))
                .extracting(l -> l.org().type())
                .doesNotContain(OrgType.STREET_WORKING_COMMITTEE);
    }

    @Test
    void aNewTermEndsTheCurrentOneAndATemporaryBranchHasNone() {
        LocalDate first = branch.establishedOn();
        s.leadership().beginTerm(branch.id(), first, Chosen.ELECTED, null);
        LocalDate second = first.plusYears(5);
        s.leadership().beginTerm(branch.id(), second, Chosen.ELECTED, null);
        assertThat(s.leadership().terms(branch.id()))
                .extracting(t -> t.endedOn())
                .containsExactly(second.minusDays(1), null);
        PartyOrg temporary =
                s.orgs().list().stream()
                        .filter(o -> o.type() == OrgType.TEMPORARY_BRANCH && o.isActive())
                        .findFirst()
                        .orElseThrow();
        assertThatThrownBy(
                        () ->
                                s.leadership()
                                        .beginTerm(
                                                temporary.id(),
                                                temporary.establishedOn(),
                                                Chosen.ELECTED,
                                                null))
                .hasMessageContaining("临时党支部");
    }

    @Test
    void aMemberWhoWasStillProbationaryOnTheStartDateIsRefused() {
        // a full member who became one after the branch was set up: the day before, probationary
        MemberService.Row m =
                members.stream()
                        .filter(r -> r.standing() == Standing.FULL)
                        .filter(
                                r -> {
                                    LocalDate fullOn = s.members().get(r.id()).fullOn();
                                    return fullOn != null
                                            && fullOn.minusDays(1).isAfter(branch.establishedOn());
                                })
                        .findFirst()
                        .orElseThrow();
        LocalDate dayBefore = s.members().get(m.id()).fullOn().minusDays(1);
        assertThatThrownBy(() -> s.leadership().take(secretary(m, dayBefore)))
                .hasMessage("任职人：预备党员不能当选或被任命为党组织委员");
        assertThat(s.stats().counts()).containsEntry("positions", positions0);
    }

    @Test
    void aDissolvedOrganizationTakesNoNewPositionsAndTheIdTailIsFourCharacters() {
        PartyOrg temporary =
                s.orgs().list().stream()
                        .filter(o -> o.type() == OrgType.TEMPORARY_BRANCH && o.isActive())
                        .findFirst()
                        .orElseThrow();
        s.orgs().dissolve(temporary.id(), LocalDate.of(2026, 11, 1));
        MemberService.Row m = withStanding(Standing.FULL, 0);
        assertThatThrownBy(
                        () ->
                                s.leadership()
                                        .take(
                                                new LeadershipService.NewHolding(
                                                        temporary.id(),
                                                        m.id(),
                                                        Position.SECRETARY,
                                                        null,
                                                        Chosen.APPOINTED,
                                                        Source.STREET,
                                                        temporary.establishedOn().plusDays(1),
                                                        null,
                                                        null,
                                                        null)))
                .hasMessageContaining("已撤销");
        assertThatThrownBy(() -> s.leadership().memberNamed(m.name(), "990101198001011234"))
                .hasMessageContaining("后四位");
        assertThatThrownBy(() -> s.leadership().memberNamed(m.name(), "1"))
                .hasMessageContaining("后四位");
    }

    @Test
    void anOfficeSetsATypesTermLengthWithinThreeToFiveYearsAndNewTermsTakeIt() {
        assertThat(s.leadership().termYears())
                .containsEntry(OrgType.COMPOUND_BRANCH, 5)
                .containsEntry(OrgType.JOINT_BRANCH, 3)
                .doesNotContainKey(OrgType.TEMPORARY_BRANCH);
        s.leadership().setTermYears(OrgType.COMPOUND_BRANCH, 3);
        var term =
                s.leadership().beginTerm(branch.id(), branch.establishedOn(), Chosen.ELECTED, null);
        assertThat(term.years()).isEqualTo(3);
        Map<String, Integer> before = s.stats().counts();
        assertThatThrownBy(() -> s.leadership().setTermYears(OrgType.COMPOUND_BRANCH, 6))
                .hasMessage("任期年数：党的基层委员会每届任期三年至五年（党章第三十条）");
        assertThat(s.leadership().termYears()).containsEntry(OrgType.COMPOUND_BRANCH, 3);
        assertThat(s.stats().counts()).isEqualTo(before);
    }
}
