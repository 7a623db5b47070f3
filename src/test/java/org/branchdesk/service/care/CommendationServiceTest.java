package org.branchdesk.service.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.branchdesk.domain.accounts.Role;
import org.branchdesk.domain.care.AssessmentGrade;
import org.branchdesk.domain.care.Commendation;
import org.branchdesk.domain.care.CommendationLevel;
import org.branchdesk.domain.care.FundSource;
import org.branchdesk.domain.care.HonorForm;
import org.branchdesk.domain.care.Honoree;
import org.branchdesk.domain.care.Payment;
import org.branchdesk.domain.care.PaymentKind;
import org.branchdesk.domain.care.RecipientKind;
import org.branchdesk.domain.care.Yuan;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.members.Member;
import org.branchdesk.domain.members.Standing;
import org.branchdesk.domain.orgs.PartyOrg;
import org.branchdesk.service.Services;
import org.branchdesk.service.access.Actor;
import org.branchdesk.service.documents.DocumentService;
import org.branchdesk.service.documents.LedgerKind;
import org.branchdesk.service.documents.NoticeKind;
import org.branchdesk.service.documents.Verification;
import org.branchdesk.service.paper.LedgerSource;
import org.branchdesk.service.registers.MemberFilter;
import org.branchdesk.store.FxThreadGuard;
import org.branchdesk.store.Store;
import org.branchdesk.testing.TestOffice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commendations and assessments against the demo street: the commendation rules with the registers
 * behind them, refusals that change nothing, supervisors who read but do not write, and the ledger
 * and decision notice registered and verified.
 */
class CommendationServiceTest {
    static final LocalDate JULY = LocalDate.of(2020, 7, 1);
    static final String DEEDS = "疫情期间坚守小区卡点，组织党员志愿者排查登记。";

    @TempDir Path dir;
    Services s;
    Member full;
    Member probationary;
    PartyOrg branch;

    @BeforeEach
    void open() {
        s = TestOffice.open(dir);
        s.demo().load(0, false);
        List<Member> members =
                s
                        .members()
                        .search(
                                new MemberFilter(null, null, null, null, null, null, null, false),
                                500)
                        .rows()
                        .stream()
                        .map(r -> s.members().get(r.id()))
                        .toList();
        full =
                members.stream()
                        .filter(m -> m.standing() == Standing.FULL)
                        .filter(m -> m.fullOn() != null && m.fullOn().isBefore(JULY))
                        .filter(m -> m.orgId() != null)
                        .findFirst()
                        .orElseThrow();
        probationary =
                members.stream()
                        .filter(m -> m.standing() == Standing.PROBATIONARY)
                        .findFirst()
                        .orElseThrow();
        branch =
                s.orgs().list().stream()
                        .filter(o -> o.isActive() && o.name().equals("青槐小区党支部"))
                        .findFirst()
                        .orElseThrow();
    }

    @AfterEach
    void close() {
        s.close();
    }

    Services as(String name, Role role) {
        s.close();
        s =
                Services.of(
                        Store.open(
                                dir, Clock.systemUTC(), FxThreadGuard.NONE, TestOffice.keyOf(dir)),
                        new Actor(name, role));
        return s;
    }

    Commendation street(String title) {
        return s.commendations()
                .add(
                        new CommendationService.NewCommendation(
                                title, CommendationLevel.STREET, "中共青槐街道工作委员会", null, JULY));
    }

    Honoree honor(Commendation c, RecipientKind kind, UUID id, UUID payment) {
        return s.commendations()
                .honor(new CommendationService.NewHonoree(c.id(), kind, id, payment, DEEDS));
    }

    Map<String, Integer> counts() {
        return s.stats().counts();
    }

    @Test
    void aDecisionListsItsHonoreesWithWhereTheyBelong() {
        Commendation c = street("优秀共产党员");
        honor(c, RecipientKind.MEMBER, full.id(), null);
        CommendationService.Line l = s.commendations().line(c.id());
        assertThat(l.code()).startsWith("C").hasSize(9);
        assertThat(s.commendations().coded(l.code().toLowerCase())).isEqualTo(c.id());
        assertThat(l.honorees())
                .singleElement()
                .satisfies(
                        h -> {
                            assertThat(h.honoree().who().name()).isEqualTo(full.name());
                            assertThat(h.honoree().form()).isEqualTo(HonorForm.CERTIFICATE);
                            assertThat(h.affiliation()).isNotEmpty();
                        });
        assertThat(counts())
                .containsEntry("commendation_honorees", countOf("commendation_honorees"));
    }

    int countOf(String key) {
        return counts().get(key);
    }

    @Test
    void aProbationaryMemberIsNotNamedAnOutstandingPartyMemberAndNothingChanges() {
        Commendation c = street("优秀共产党员");
        Map<String, Integer> before = counts();
        assertThatThrownBy(() -> honor(c, RecipientKind.MEMBER, probationary.id(), null))
                .isInstanceOfSatisfying(
                        ValidationError.class,
                        e -> assertThat(e.key()).isEqualTo("rule.commendation.fullMember"));
        assertThatThrownBy(() -> honor(c, RecipientKind.ORGANIZATION, branch.id(), null))
                .isInstanceOfSatisfying(
                        ValidationError.class,
                        e -> assertThat(e.key()).isEqualTo("rule.commendation.holder"));
        honor(c, RecipientKind.MEMBER, full.id(), null);
        assertThatThrownBy(() -> honor(c, RecipientKind.MEMBER, full.id(), null))
                .isInstanceOfSatisfying(
                        ValidationError.class,
                        e -> assertThat(e.key()).isEqualTo("rule.commendation.twice"));
        assertThat(counts().get("commendation_honorees"))
                .isEqualTo(before.get("commendation_honorees") + 1);
        // a probationary member may still be commended as an advanced worker
        Commendation workers = street("抗击新冠肺炎疫情先进个人");
        assertThat(honor(workers, RecipientKind.MEMBER, probationary.id(), null).form())
                .isEqualTo(HonorForm.CERTIFICATE);
    }

    @Test
    void aRewardIsLinkedToACommendationRewardPaidToTheHonoreeItself() {
        UUID fees = s.funds().add("上级下拨党费（表彰）", FundSource.SPECIAL_PARTY_FEES).id();
        s.funds().allocate(fees, Yuan.parse("5000"), JULY, "明组通〔2020〕8号");
        Payment mine =
                s.payments()
                        .record(
                                new PaymentService.NewPayment(
                                        PaymentKind.COMMENDATION_REWARD,
                                        RecipientKind.MEMBER,
                                        full.id(),
                                        Yuan.parse("500"),
                                        null,
                                        null,
                                        "优秀共产党员奖励",
                                        fees));
        Payment theBranchs =
                s.payments()
                        .record(
                                new PaymentService.NewPayment(
                                        PaymentKind.COMMENDATION_REWARD,
                                        RecipientKind.ORGANIZATION,
                                        branch.id(),
                                        Yuan.parse("1000"),
                                        null,
                                        null,
                                        "先进基层党组织奖励",
                                        fees));
        Commendation c = street("优秀共产党员");
        assertThatThrownBy(() -> honor(c, RecipientKind.MEMBER, full.id(), theBranchs.id()))
                .isInstanceOfSatisfying(
                        ValidationError.class,
                        e -> assertThat(e.key()).isEqualTo("rule.commendation.rewardMismatch"));
        Honoree h = honor(c, RecipientKind.MEMBER, full.id(), mine.id());
        assertThat(h.form()).isEqualTo(HonorForm.REWARD);
        assertThat(s.commendations().line(c.id()).honorees().get(0).amount()).isEqualTo("500.00");
        Commendation again = street("抗击新冠肺炎疫情先进个人");
        assertThatThrownBy(() -> honor(again, RecipientKind.MEMBER, full.id(), mine.id()))
                .isInstanceOfSatisfying(
                        ValidationError.class,
                        e -> assertThat(e.key()).isEqualTo("rule.commendation.paymentUsed"));
    }

    @Test
    void aDecisionFromAboveCarriesItsNumberAndIsNotPrintedHere() {
        assertThatThrownBy(
                        () ->
                                s.commendations()
                                        .add(
                                                new CommendationService.NewCommendation(
                                                        "优秀共产党员",
                                                        CommendationLevel.DISTRICT,
                                                        "中共明川区委员会",
                                                        " ",
                                                        JULY)))
                .isInstanceOfSatisfying(
                        ValidationError.class,
                        e -> assertThat(e.key()).isEqualTo("rule.commendation.outsideNumber"));
        Commendation d =
                s.commendations()
                        .add(
                                new CommendationService.NewCommendation(
                                        "优秀共产党员",
                                        CommendationLevel.DISTRICT,
                                        "中共明川区委员会",
                                        "明川区委〔2020〕12号",
                                        JULY));
        honor(d, RecipientKind.MEMBER, full.id(), null);
        assertThat(s.commendations().line(d.id()).number()).isEqualTo("明川区委〔2020〕12号");
        assertThatThrownBy(
                        () ->
                                s.documents()
                                        .notice(
                                                NoticeKind.COMMENDATION,
                                                d.id(),
                                                null,
                                                false,
                                                dir.resolve("d.pdf")))
                .isInstanceOfSatisfying(
                        UserError.class,
                        e -> assertThat(e.key()).isEqualTo("error.commendation.notOurs"));
    }

    @Test
    void theDecisionIsDraftedIssuedWithANumberAndVerified() throws IOException {
        Commendation c = street("先进基层党组织");
        assertThatThrownBy(
                        () ->
                                s.documents()
                                        .notice(
                                                NoticeKind.COMMENDATION,
                                                c.id(),
                                                null,
                                                false,
                                                dir.resolve("empty.pdf")))
                .isInstanceOfSatisfying(
                        UserError.class,
                        e -> assertThat(e.key()).isEqualTo("error.commendation.noHonorees"));
        Honoree h = honor(c, RecipientKind.ORGANIZATION, branch.id(), null);
        DocumentService.Printed draft =
                s.documents()
                        .notice(
                                NoticeKind.COMMENDATION,
                                c.id(),
                                null,
                                false,
                                dir.resolve("draft.pdf"));
        assertThat(draft.draft()).isTrue();
        DocumentService.Printed issued =
                s.documents()
                        .notice(
                                NoticeKind.COMMENDATION,
                                c.id(),
                                null,
                                true,
                                dir.resolve("issued.pdf"));
        assertThat(issued.number()).isNotBlank();
        String text = text(dir.resolve("issued.pdf"));
        assertThat(text).contains("关于表彰先进基层党组织的决定", "青槐小区党支部", "颁发荣誉证书");
        assertThat(s.commendations().line(c.id()).number())
                .as("the street's decision takes the number it was issued with")
                .isEqualTo(issued.number());
        assertThat(s.documents().verify(issued.number()).status())
                .isEqualTo(Verification.Status.UNCHANGED);

        s.commendations().retell(h.id(), "带领党员志愿者连续六十天值守卡点，全小区无一例感染。");
        assertThat(s.documents().verify(issued.number()).status())
                .isEqualTo(Verification.Status.CHANGED);
    }

    @Test
    void theLedgerListsEveryHonoreeAndVerifyReportsAChangedRow() throws IOException {
        Commendation c = street("优秀共产党员");
        Honoree h = honor(c, RecipientKind.MEMBER, full.id(), null);
        Path out = dir.resolve("表彰.pdf");
        DocumentService.Printed p =
                s.documents()
                        .printLedger(
                                new DocumentService.LedgerRequest(
                                        LedgerKind.COMMENDATIONS,
                                        LedgerSource.Filter.NONE,
                                        null,
                                        false),
                                out,
                                false);
        assertThat(p.rows()).isEqualTo(s.stats().counts().get("commendation_honorees"));
        assertThat(text(out)).contains("表彰奖励台账", full.name(), "优秀共产党员", "荣誉证书");
        assertThat(s.documents().verify(p.code()).status())
                .isEqualTo(Verification.Status.UNCHANGED);

        s.commendations().retell(h.id(), "带领党员志愿者连续六十天值守卡点，全小区无一例感染。");
        Verification v = s.documents().verify(p.code());
        assertThat(v.status()).isEqualTo(Verification.Status.CHANGED);
        assertThat(v.altered()).hasSize(1);
        assertThat(v.altered().get(0)).contains(full.name());
    }

    @Test
    void aCommunityIsAssessedOncePerYear() {
        UUID community = s.dutyNames().community("青槐社区");
        Map<String, Integer> before = counts();
        s.assessments()
                .add(
                        new AssessmentService.NewAssessment(
                                community,
                                2021,
                                new BigDecimal("93.5"),
                                AssessmentGrade.EXCELLENT,
                                null));
        assertThatThrownBy(
                        () ->
                                s.assessments()
                                        .add(
                                                new AssessmentService.NewAssessment(
                                                        community,
                                                        2021,
                                                        new BigDecimal("80"),
                                                        AssessmentGrade.GOOD,
                                                        null)))
                .isInstanceOfSatisfying(
                        ValidationError.class,
                        e -> assertThat(e.key()).isEqualTo("rule.assessment.once"));
        assertThat(counts().get("assessments")).isEqualTo(before.get("assessments") + 1);
        assertThat(s.assessments().lines())
                .filteredOn(l -> l.assessment().year() == 2021)
                .singleElement()
                .satisfies(l -> assertThat(l.community()).isEqualTo("青槐社区"));
    }

    @Test
    void aSupervisorReadsCommendationsButRecordsNone() {
        Commendation c = street("优秀共产党员");
        honor(c, RecipientKind.MEMBER, full.id(), null);
        as("督查员", Role.SUPERVISOR);
        assertThat(s.commendations().lines()).isNotEmpty();
        assertThat(s.assessments().lines()).isNotNull();
        assertThatThrownBy(() -> street("优秀社区工作者")).isInstanceOf(UserError.class);
    }

    static String text(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }
}
