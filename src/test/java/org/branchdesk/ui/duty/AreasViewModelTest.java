package org.branchdesk.ui.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.branchdesk.domain.accounts.Role;
import org.branchdesk.domain.duty.AreaContact;
import org.branchdesk.domain.duty.AreaRules;
import org.branchdesk.domain.duty.ContactChannel;
import org.branchdesk.domain.duty.PersonKind;
import org.branchdesk.domain.places.Community;
import org.branchdesk.service.duty.AreaService.Line;
import org.branchdesk.service.duty.TeamService.Candidate;
import org.branchdesk.ui.common.Notice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cadres' areas page without a toolkit, on the demo street (whose areas were contacted in
 * February 2020, so that on today's clock the open ones are all quiet).
 */
class AreasViewModelTest {
    static final String COMMUNITY = "青槐社区";

    @TempDir Path dir;
    DutyFixture office;
    AreasViewModel vm;

    @BeforeEach
    void open() {
        office = DutyFixture.demo(dir);
        vm = office.areas(dir.resolve("scratch"));
        vm.reload();
        choose(COMMUNITY);
    }

    @AfterEach
    void close() {
        assertThat(office.tasks.unhandled()).isEmpty();
        office.close();
    }

    void choose(String community) {
        vm.communityProperty()
                .set(
                        vm.communities().stream()
                                .filter(c -> c.name().equals(community))
                                .findFirst()
                                .orElseThrow());
    }

    Line row(String cadre) {
        return vm.rows().stream()
                .filter(l -> l.name().equals(cadre))
                .findFirst()
                .orElseThrow(() -> new AssertionError(cadre + " not listed: " + vm.rows()));
    }

    LocalDate today() {
        return vm.today();
    }

    /** Assigns an area of 青槐社区 (one compound, or the whole community) from a day to someone. */
    Line assign(String compound, LocalDate from) {
        AreaFormViewModel f = vm.newArea();
        assertThat(f.communityProperty().get().name())
                .as("the page's community")
                .isEqualTo(COMMUNITY);
        if (compound != null) {
            f.compoundProperty()
                    .set(
                            f.compounds().stream()
                                    .filter(c -> c.name().equals(compound))
                                    .findFirst()
                                    .orElseThrow());
        }
        f.searchProperty().set("柳青");
        f.cadreProperty().set(f.shown().get(0));
        f.fromProperty().set(from);
        assertThat(f.canSaveProperty().get()).as(f.missingProperty().get()).isTrue();
        f.save();
        assertThat(f.savedProperty().get()).isNotNull();
        return vm.selectedProperty().get();
    }

    void addVolunteer() {
        office.services
                .people()
                .add(
                        new org.branchdesk.service.duty.PeopleService.NewPerson(
                                "柳青", null, "13912345678", PersonKind.SENT_DOWN_CADRE, null));
    }

    @Test
    void aCommunitysAreasShowTheirCadreWhatTheyCoverAndTheirContacts() {
        assertThat(vm.communityProperty().get().name()).isEqualTo(COMMUNITY);
        assertThat(vm.rows()).isNotEmpty().allMatch(l -> l.community().equals(COMMUNITY));
        assertThat(vm.rows()).as("open ones only").allMatch(Line::isOpen);
        Line huang = row("黄勇");
        assertThat(AreasViewModel.scopeText(huang)).isEqualTo("青槐小区");
        assertThat(AreasViewModel.placeText(huang)).isEqualTo("青槐社区 青槐小区");
        assertThat(AreasViewModel.toText(huang)).isEqualTo("包联中");
        assertThat(huang.contacts()).isPositive();
        assertThat(AreasViewModel.lastContactText(huang)).startsWith("2020-");
        assertThat(vm.silenceText(huang))
                .isEqualTo(
                        AreaRules.daysWithoutContact(huang.from(), huang.lastContact(), today())
                                + " 天");
        assertThat(huang.maskedPhone()).doesNotMatch(".*[0-9]{11}.*");

        assertThat(vm.contactsTitleProperty().get()).isEqualTo("选中一处包联，这里列出它的联系记录");
        assertThat(vm.contactsPlaceholderProperty().get()).isEmpty();
        vm.selectedProperty().set(huang);
        assertThat(vm.contactsPlaceholderProperty().get()).isEqualTo("还没有联系记录");
        assertThat(vm.contactsTitleProperty().get()).isEqualTo("黄勇 联系 青槐社区 青槐小区 的记录（最近的在前）");
        assertThat(vm.contacts()).hasSize(huang.contacts());
        AreaContact newest = vm.contacts().get(0);
        assertThat(newest.onDay()).isEqualTo(huang.lastContact());
        assertThat(vm.noteText(newest)).as("a clerk reads the notes").isEqualTo(newest.note());
        assertThat(AreasViewModel.channelText(newest)).isIn("电话", "微信", "视频", "实地走访");

        vm.communityProperty().set(null);
        vm.includeEndedProperty().set(true);
        assertThat(vm.rows())
                .as("the whole office, ended areas too")
                .hasSize(office.services.areas().lines(true).size())
                .anyMatch(l -> !l.isOpen());
        assertThat(vm.rows().stream().map(Line::community).distinct().count()).isGreaterThan(1);
        Line ended = vm.rows().stream().filter(l -> !l.isOpen()).findFirst().orElseThrow();
        assertThat(AreasViewModel.toText(ended)).isEqualTo(ended.to().toString());
        assertThat(vm.silenceText(ended)).isEmpty();
        assertThat(vm.mayEnd(ended)).isFalse();
    }

    @Test
    void theQuietListIsTheCommandLinesForTheDaysTyped() {
        assertThat(vm.quietDaysProperty().get()).isEqualTo("7");
        vm.quietOnlyProperty().set(true);
        assertThat(vm.rows())
                .as("as area quiet --days 7 lists them, in this community")
                .containsExactlyElementsOf(
                        office.services.areas().quiet(7).stream()
                                .filter(l -> l.community().equals(COMMUNITY))
                                .toList())
                .isNotEmpty();
        assertThat(vm.summaryProperty().get()).contains("最近 7 天无人联系的 " + vm.rows().size() + " 处");

        vm.quietDaysProperty().set("0");
        assertThat(vm.quietDaysMessageProperty().get()).isEqualTo("须在 1 到 366 天之间");
        assertThat(vm.rows()).isEmpty();
        vm.quietDaysProperty().set("三十");
        assertThat(vm.quietDaysMessageProperty().get()).isNotEmpty();
        vm.quietDaysProperty().set("366");
        assertThat(vm.quietDaysMessageProperty().get()).isEmpty();
        assertThat(vm.rows())
                .hasSize(
                        office.services.areas().quiet(366).stream()
                                .filter(l -> l.community().equals(COMMUNITY))
                                .toList()
                                .size());
    }

    @Test
    void anAreaAssignedAndThenContactedLeavesTheQuietList() {
        addVolunteer();
        int before = office.services.stats().counts().get("cadre_areas");
        Line area = assign("槐荫里", today().minusDays(30));

        assertThat(vm.selectedProperty().get()).as("the area assigned is chosen").isNotNull();
        assertThat(area.name()).isEqualTo("柳青");
        assertThat(vm.noticeProperty().get())
                .isEqualTo(Notice.success("已记录：柳青 自 " + today().minusDays(30) + " 起包联 青槐社区 槐荫里"));
        assertThat(AreasViewModel.cadreKindText(area)).isEqualTo("人员名册");
        assertThat(AreasViewModel.scopeText(area)).isEqualTo("槐荫里");
        assertThat(area.maskedPhone()).isEqualTo("139****5678");
        assertThat(AreasViewModel.lastContactText(area)).isEqualTo("尚无联系");
        assertThat(vm.silenceText(area)).isEqualTo("30 天");
        assertThat(office.services.stats().counts()).containsEntry("cadre_areas", before + 1);
        vm.quietOnlyProperty().set(true);
        assertThat(vm.rows()).as("thirty days without contact").contains(area);

        vm.selectedProperty().set(area);
        assertThat(vm.mayLogSelectedProperty().get()).isTrue();
        ContactFormViewModel f = vm.newContact(area);
        assertThat(f.onDayProperty().get()).isEqualTo(today());
        assertThat(f.missingProperty().get()).isEqualTo("请填写联系日期并选择联系方式");
        f.channelProperty().set(ContactChannel.ON_SITE);
        f.noteProperty().set("走访卡点，检查登记测温");
        assertThat(f.canSaveProperty().get()).isTrue();
        f.save();

        assertThat(vm.noticeProperty().get())
                .isEqualTo(Notice.success("已记录：柳青 " + today() + " 通过实地走访联系 青槐社区 槐荫里"));
        assertThat(vm.rows())
                .as("contacted today: no longer quiet")
                .noneMatch(l -> l.id().equals(area.id()));
        assertThat(office.services.areas().quiet(7)).noneMatch(l -> l.id().equals(area.id()));
        vm.quietOnlyProperty().set(false);
        Line now =
                vm.rows().stream().filter(l -> l.id().equals(area.id())).findFirst().orElseThrow();
        assertThat(now.contacts()).isEqualTo(1);
        assertThat(AreasViewModel.lastContactText(now)).isEqualTo(today().toString());
        assertThat(vm.silenceText(now)).isEqualTo("0 天");
        vm.selectedProperty().set(now);
        assertThat(vm.contacts())
                .singleElement()
                .satisfies(c -> assertThat(c.note()).isEqualTo("走访卡点，检查登记测温"));
    }

    @Test
    void theAssignFormSaysAtOnceWhatARuleRefuses() {
        addVolunteer();
        AreaFormViewModel f = vm.newArea();
        assertThat(f.missingProperty().get()).isNotEmpty();
        assertThat(f.canSaveProperty().get()).isFalse();
        assertThat(f.shown().get(0).kind())
                .as("cadres sent down first")
                .isEqualTo(PersonKind.SENT_DOWN_CADRE);
        f.searchProperty().set("黄勇");
        Candidate huang = f.shown().get(0);
        f.cadreProperty().set(huang);
        f.fromProperty().set(today().plusDays(1));
        assertThat(f.fromMessageProperty().get()).isEqualTo("日期不能晚于今天");
        f.fromProperty().set(today());
        assertThat(f.fromMessageProperty().get()).isEmpty();
        assertThat(f.cadreMessageProperty().get()).as("the whole community: free").isEmpty();
        f.compoundProperty()
                .set(
                        f.compounds().stream()
                                .filter(c -> c.name().equals("青槐小区"))
                                .findFirst()
                                .orElseThrow());
        assertThat(f.cadreMessageProperty().get())
                .as("黄勇 answers for 青槐小区 already")
                .isEqualTo("此人已包联这个社区（小区），尚未结束");
        assertThat(f.canSaveProperty().get()).isFalse();
        f.compoundProperty().set(null);
        assertThat(f.canSaveProperty().get()).isTrue();

        Community other =
                vm.communities().stream()
                        .filter(c -> !c.name().equals(COMMUNITY))
                        .findFirst()
                        .orElseThrow();
        f.communityProperty().set(other);
        assertThat(f.cadreProperty().get()).as("another community: pick again").isNull();
        assertThat(f.compoundProperty().get()).isNull();
    }

    @Test
    void theContactFormKeepsTheDayWithinTheAreaAndTheNoteShort() {
        addVolunteer();
        Line area = assign(null, today().minusDays(3));
        ContactFormViewModel f = vm.newContact(area);
        f.channelProperty().set(ContactChannel.PHONE);
        f.onDayProperty().set(today().minusDays(4));
        assertThat(f.dayMessageProperty().get()).isEqualTo("不能早于 " + area.from());
        f.onDayProperty().set(today().plusDays(1));
        assertThat(f.dayMessageProperty().get()).isEqualTo("日期不能晚于今天");
        f.onDayProperty().set(today().minusDays(1));
        assertThat(f.dayMessageProperty().get()).isEmpty();
        f.noteProperty().set("访".repeat(AreaContact.MAX_NOTE + 1));
        assertThat(f.noteMessageProperty().get()).isEqualTo("不能超过 200 个字");
        assertThat(f.canSaveProperty().get()).isFalse();
        f.noteProperty().set("");
        assertThat(f.canSaveProperty().get()).isTrue();
    }

    @Test
    void anAreaEndsOnItsLastDayAndStaysOnTheRegister() {
        addVolunteer();
        Line area = assign(null, today().minusDays(10));
        assertThat(vm.mayEndSelectedProperty().get()).isTrue();
        vm.end(area, today());
        assertThat(vm.noticeProperty().get())
                .isEqualTo(Notice.success("已记录：柳青 对 青槐社区 的包联于 " + today() + " 结束"));
        assertThat(vm.rows()).noneMatch(l -> l.id().equals(area.id()));
        vm.includeEndedProperty().set(true);
        Line ended =
                vm.rows().stream().filter(l -> l.id().equals(area.id())).findFirst().orElseThrow();
        assertThat(AreasViewModel.toText(ended)).isEqualTo(today().toString());
        vm.selectedProperty().set(ended);
        assertThat(vm.mayEndSelectedProperty().get()).isFalse();
    }

    @Test
    void theAreasLedgerOfTheCommunityIsPrintedAndRecorded() {
        vm.print(LedgerPrinting.Action.OPEN, null);
        assertThat(office.opened).singleElement().satisfies(p -> assertThat(p).exists());
        assertThat(vm.noticeProperty().get().text()).startsWith("已生成干部包联台账并登记：");
        assertThat(office.services.documents().register(null, 5))
                .anySatisfy(e -> assertThat(e.kind()).isEqualTo("AREAS"));
        assertThat(vm.ledgerFileName()).isEqualTo("干部包联台账（青槐社区）");
    }

    @Test
    void aSupervisorReadsTheAreasMaskedWithoutTheNotesAndPrintsButChangesNothing() {
        office.close();
        office = DutyFixture.reopened(dir, Role.SUPERVISOR);
        vm = office.areas(dir.resolve("scratch"));
        vm.reload();
        choose(COMMUNITY);
        Line huang = row("黄勇");
        assertThat(vm.mayEdit()).isFalse();
        assertThat(vm.mayEnd(huang)).isFalse();
        assertThat(vm.mayLogContact(huang)).isFalse();
        vm.selectedProperty().set(huang);
        assertThat(vm.mayEndSelectedProperty().get()).isFalse();
        assertThat(vm.mayLogSelectedProperty().get()).isFalse();
        assertThat(vm.contacts()).isNotEmpty();
        assertThat(vm.contacts())
                .filteredOn(c -> c.note() != null)
                .isNotEmpty()
                .allSatisfy(c -> assertThat(vm.noteText(c)).isEqualTo("（联系情况仅录入员可见）"));
        assertThat(vm.rows())
                .allSatisfy(l -> assertThat(l.maskedPhone()).doesNotMatch(".*[0-9]{11}.*"));
        vm.print(LedgerPrinting.Action.OPEN, null);
        assertThat(office.opened).hasSize(1);
    }
}
