package org.branchdesk.service.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.branchdesk.domain.accounts.Role;
import org.branchdesk.domain.common.Masking;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.orgs.OrgType;
import org.branchdesk.domain.orgs.PartyOrg;
import org.branchdesk.domain.surveys.SurveyItem;
import org.branchdesk.service.Services;
import org.branchdesk.service.access.Actor;
import org.branchdesk.service.coverage.CoverageService;
import org.branchdesk.service.documents.Verification.Status;
import org.branchdesk.service.members.MemberService;
import org.branchdesk.service.office.PrivacyService;
import org.branchdesk.service.registers.MemberFilter;
import org.branchdesk.store.FxThreadGuard;
import org.branchdesk.store.Store;
import org.branchdesk.testing.TestOffice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Numbers from the dispatch register, serials, codes and what verification says of later changes.
 */
class DocumentServiceTest {
    @TempDir Path dir;
    Services s;

    @BeforeEach
    void open() {
        s = TestOffice.open(dir.resolve("office"));
        s.demo().load(0, false);
    }

    @AfterEach
    void close() {
        s.close();
    }

    private PartyOrg branchWithRequest() {
        return s.orgs().list().stream()
                .filter(o -> o.type() == OrgType.COMPOUND_BRANCH && o.requestTitle() != null)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void whatACommandPrintsSurvivesItsQuickClose() {
        s.close();
        Path office = dir.resolve("office");
        DocumentService.LedgerRequest req =
                new DocumentService.LedgerRequest(LedgerKind.MEMBERS, null, null);
        DocumentService.Printed printed;
        try (Services c =
                Services.of(
                        Store.open(
                                office,
                                Clock.systemDefaultZone(),
                                FxThreadGuard.NONE,
                                TestOffice.keyOf(office),
                                Store.Closing.QUICK),
                        new Actor("测试员", Role.CLERK))) {
            printed = c.documents().printLedger(req, dir.resolve("roster.pdf"), false);
        }
        s = TestOffice.open(office); // as the window opens it
        assertThat(s.documents().register(null, 5))
                .extracting(DispatchRegister.Entry::number)
                .contains(printed.number());
        assertThat(s.documents().verify(printed.code()).status()).isEqualTo(Status.UNCHANGED);
    }

    @Test
    void aDraftTakesNoNumberIssuingTakesTheNextAndAReprintKeepsIt() {
        PartyOrg a = branchWithRequest();
        PartyOrg b =
                s.orgs().list().stream()
                        .filter(
                                o ->
                                        o.type() == OrgType.COMPOUND_BRANCH
                                                && o.requestTitle() != null
                                                && !o.id().equals(a.id()))
                        .findFirst()
                        .orElseThrow();
        DocumentService.Printed draft =
                s.documents()
                        .notice(
                                NoticeKind.BRANCH_APPROVAL,
                                a.id(),
                                LocalDate.of(2020, 2, 10),
                                false,
                                dir.resolve("draft.pdf"));
        assertThat(draft.draft()).isTrue();
        assertThat(draft.number()).isEqualTo("青槐街党工〔2020〕  号");
        assertThat(s.documents().register(null, 10)).isEmpty();

        DocumentService.Printed first =
                s.documents()
                        .notice(
                                NoticeKind.BRANCH_APPROVAL,
                                a.id(),
                                LocalDate.of(2020, 2, 10),
                                true,
                                dir.resolve("a.pdf"));
        DocumentService.Printed second =
                s.documents()
                        .notice(
                                NoticeKind.BRANCH_SETUP,
                                b.id(),
                                LocalDate.of(2020, 3, 1),
                                true,
                                dir.resolve("b.pdf"));
        assertThat(first.number()).isEqualTo("青槐街党工〔2020〕1号");
        assertThat(second.number()).as("no gaps").isEqualTo("青槐街党工〔2020〕2号");
        DocumentService.Printed again =
                s.documents()
                        .notice(
                                NoticeKind.BRANCH_APPROVAL,
                                a.id(),
                                LocalDate.of(2020, 2, 10),
                                true,
                                dir.resolve("a2.pdf"));
        assertThat(again.number()).as("a reprint keeps its number").isEqualTo(first.number());
        assertThat(s.documents().register(DispatchRegister.NOTICE, 10))
                .hasSize(2)
                .anySatisfy(e -> assertThat(e.printings()).isEqualTo(2));
        DocumentService.Printed next =
                s.documents()
                        .notice(
                                NoticeKind.BRANCH_SETUP,
                                a.id(),
                                LocalDate.of(2021, 1, 5),
                                true,
                                dir.resolve("c.pdf"));
        assertThat(next.number()).as("a new year starts at 1").isEqualTo("青槐街党工〔2021〕1号");
    }

    @Test
    void anApprovalNeedsTheRequestItAnswers() {
        PartyOrg noRequest =
                s.orgs().list().stream()
                        .filter(
                                o ->
                                        o.type().isBranchLevel()
                                                && o.requestTitle() == null
                                                && o.establishedOn() != null)
                        .findFirst()
                        .orElseThrow();
        assertThatThrownBy(
                        () ->
                                s.documents()
                                        .notice(
                                                NoticeKind.BRANCH_APPROVAL,
                                                noRequest.id(),
                                                null,
                                                true,
                                                dir.resolve("x.pdf")))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("请示");
        assertThat(s.documents().register(null, 10))
                .as("a refused notice takes no number")
                .isEmpty();
    }

    @Test
    void twoPrintingsGetTwoSerialsAndCodesAndVerificationNamesWhatChanged() {
        var req = new DocumentService.LedgerRequest(LedgerKind.DISTRIBUTION, "青槐社区", null);
        DocumentService.Printed one = s.documents().printLedger(req, dir.resolve("1.pdf"), false);
        DocumentService.Printed two = s.documents().printLedger(req, dir.resolve("2.pdf"), false);
        assertThat(one.code()).matches("[A-Z0-9]{4}-[A-Z0-9]{4}").isNotEqualTo(two.code());
        assertThat(one.number()).endsWith("分布第1号");
        assertThat(two.number()).endsWith("分布第2号");
        assertThat(s.documents().verify(one.code()).status()).isEqualTo(Status.UNCHANGED);
        assertThat(s.documents().verify(one.code().replace("-", "").toLowerCase()).status())
                .as("typed without the dash, in lower case")
                .isEqualTo(Status.UNCHANGED);

        // a new compound in the community and a member moved in: one row added, one altered
        var community =
                s.places().communities().stream()
                        .filter(c -> c.name().equals("青槐社区"))
                        .findFirst()
                        .orElseThrow();
        s.places().createCompound(community.id(), "新建家园");
        MemberService.Row member =
                s.members()
                        .search(
                                new MemberFilter(
                                        null, community.id(), null, null, null, null, null, false),
                                1)
                        .rows()
                        .get(0);
        var target =
                s.surveys().compounds().stream()
                        .filter(r -> r.compound().equals("新建家园"))
                        .findFirst()
                        .orElseThrow();
        var m = s.members().get(member.id());
        s.members()
                .update(
                        member.id(),
                        new MemberService.NewMember(
                                m.name(),
                                null,
                                m.phone(),
                                m.joinedOn(),
                                m.fullOn(),
                                m.standing(),
                                m.registration(),
                                m.presence(),
                                target.compoundId(),
                                m.orgId(),
                                null,
                                null,
                                null,
                                null));
        Verification v = s.documents().verify(one.code());
        assertThat(v.status()).isEqualTo(Status.CHANGED);
        assertThat(v.added()).containsExactly("青槐社区/新建家园");
        assertThat(v.altered()).containsExactly("青槐社区/" + member.compound());
        assertThat(v.removed()).isEmpty();
        assertThat(s.documents().verify("ZZZZ-ZZZZ").status()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void aMembersLedgerHoldsNoIdNumberInClearEvenInItsRegister() throws Exception {
        DocumentService.Printed p =
                s.documents()
                        .printLedger(
                                new DocumentService.LedgerRequest(LedgerKind.MEMBERS, null, null),
                                dir.resolve("m.pdf"),
                                false);
        // the demo's 600 members and the four its development cases admitted
        assertThat(p.rows()).isEqualTo(604);
        String text = new PDFTextStripper().getText(Loader.loadPDF(dir.resolve("m.pdf").toFile()));
        assertThat(text).doesNotContainPattern("99\\d{15}[0-9X]").contains("********");
        assertThat(s.documents().verify(p.code()).status()).isEqualTo(Status.UNCHANGED);
    }

    @Test
    void theStrictMaskingSettingIsPrintedAndDoesNotReadAsAChangeOfTheData() throws Exception {
        DocumentService.Printed before =
                s.documents()
                        .printLedger(
                                new DocumentService.LedgerRequest(LedgerKind.MEMBERS, null, null),
                                dir.resolve("a.pdf"),
                                false);
        s.privacy().changeSettings(new PrivacyService.Settings(Masking.STRICT, 24));
        assertThat(s.documents().verify(before.code()).status())
                .as("only the way of masking changed")
                .isEqualTo(Status.UNCHANGED);
        s.documents()
                .printLedger(
                        new DocumentService.LedgerRequest(LedgerKind.MEMBERS, null, null),
                        dir.resolve("b.pdf"),
                        false);
        String text = new PDFTextStripper().getText(Loader.loadPDF(dir.resolve("b.pdf").toFile()));
        assertThat(text).contains("**************").doesNotContainPattern("99\\d{4}\\*{8}");
    }

    @Test
    void anAmbiguousOrUnknownNameIsRefused() {
        assertThatThrownBy(() -> s.documents().organizationNamed("没有这个党支部"))
                .hasMessageContaining("没有名为");
        PartyOrg a = branchWithRequest();
        assertThat(s.documents().organizationNamed(a.name())).isEqualTo(a.id());
        assertThat(s.documents().organizationNamed(a.fullName())).isEqualTo(a.id());
        // a dissolved branch and its successor of the same name: the name no longer says which
        PartyOrg temporary =
                s.orgs().list().stream()
                        .filter(o -> o.type() == OrgType.TEMPORARY_BRANCH)
                        .findFirst()
                        .orElseThrow();
        s.orgs().dissolve(temporary.id(), LocalDate.of(2021, 1, 1));
        s.orgs()
                .create(
                        PartyOrg.of(
                                UUID.randomUUID(),
                                OrgType.TEMPORARY_BRANCH,
                                temporary.name(),
                                null,
                                temporary.parentId(),
                                temporary.communityId(),
                                temporary.compoundIds(),
                                LocalDate.of(2022, 1, 1),
                                null,
                                null,
                                null,
                                null,
                                null));
        assertThatThrownBy(() -> s.documents().organizationNamed(temporary.name()))
                .hasMessageContaining("有几个党组织都叫")
                .hasMessageContaining("已撤销");
    }

    @Test
    void anOwnerlessCompoundWithSeveralOpenItemsPrintsThemAll() throws Exception {
        CoverageService.Line ownerless =
                s.coverage().coverage(CoverageService.Filter.OWNERLESS).get(0);
        s.surveys()
                .addItem(
                        ownerless.compoundId(),
                        SurveyItem.Kind.HAZARD,
                        "楼道堆放杂物",
                        "王伟",
                        LocalDate.of(2026, 12, 15));
        s.surveys()
                .addItem(
                        ownerless.compoundId(),
                        SurveyItem.Kind.GAP,
                        "单元门禁损坏",
                        "李强",
                        LocalDate.of(2026, 12, 20));
        Path pdf = dir.resolve("o.pdf");
        DocumentService.Printed p =
                s.documents()
                        .printLedger(
                                new DocumentService.LedgerRequest(LedgerKind.OWNERLESS, null, null),
                                pdf,
                                false);
        String text =
                new PDFTextStripper().getText(Loader.loadPDF(pdf.toFile())).replaceAll("\\s", "");
        assertThat(text)
                .contains("楼道堆放杂物（王伟，2026-12-15，未整改）")
                .contains("单元门禁损坏（李强，2026-12-20，未整改）");
        assertThat(p.rows())
                .isEqualTo(s.coverage().coverage(CoverageService.Filter.OWNERLESS).size());
    }

    @Test
    void internalIsMarkedOnEveryPageOnlyWhenAskedFor() throws Exception {
        Path plain = dir.resolve("plain.pdf");
        Path marked = dir.resolve("marked.pdf");
        s.documents()
                .printLedger(
                        new DocumentService.LedgerRequest(LedgerKind.MEMBERS, "青槐社区", null),
                        plain,
                        true);
        DocumentService.Printed p =
                s.documents()
                        .printLedger(
                                new DocumentService.LedgerRequest(
                                        LedgerKind.MEMBERS, "青槐社区", null, true),
                                marked,
                                true);
        try (var doc = Loader.loadPDF(marked.toFile())) {
            for (int page = 1; page <= p.pages(); page++) {
                var stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(doc)).as("page %d", page).contains("内部资料");
            }
        }
        assertThat(new PDFTextStripper().getText(Loader.loadPDF(plain.toFile())))
                .doesNotContain("内部资料");
    }
}
