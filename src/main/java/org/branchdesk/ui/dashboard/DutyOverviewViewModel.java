package org.branchdesk.ui.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.branchdesk.domain.duty.Shift;
import org.branchdesk.service.duty.AssistanceService;
import org.branchdesk.service.duty.ReportingService;
import org.branchdesk.service.duty.RosterService;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * The overview's duty tiles (值班服务): this week's open slots (the shifts of the office's current week
 * short of their headcount), residents under assistance whom nobody is paired with, and reporting
 * members who have not claimed a post. Each tile opens the duty section's page behind it, when the
 * section has that page.
 */
public final class DutyOverviewViewModel {
    /** The duty section's page keys the tiles open. */
    public static final String ROSTER = "roster";

    public static final String ASSISTANCE = "assistance";
    public static final String REPORTING = "reporting";

    /** One tile: a count, a line saying what it counts, the first items, and the page behind it. */
    public static final class Tile {
        private final String page;
        private final boolean mayOpen;
        private final Consumer<String> opener;
        private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();
        private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper("");
        private final ObservableList<String> lines = FXCollections.observableArrayList();

        Tile(String page, boolean mayOpen, Consumer<String> opener) {
            this.page = page;
            this.mayOpen = mayOpen;
            this.opener = opener;
        }

        void show(int n, String text, List<String> items) {
            count.set(n);
            headline.set(text);
            lines.setAll(items.size() > SHOWN ? items.subList(0, SHOWN) : items);
            if (items.size() > SHOWN) {
                lines.add(I18n.text("dashboard.duty.more", items.size() - SHOWN));
            }
        }

        /** The key of the duty page it opens. */
        public String page() {
            return page;
        }

        /** Whether the duty section has the page (a tile without one only counts). */
        public boolean mayOpen() {
            return mayOpen;
        }

        /** Opens the duty section on the page behind the tile. */
        public void open() {
            if (mayOpen) {
                opener.accept(page);
            }
        }

        /** The number the tile shows. */
        public ReadOnlyIntegerProperty countProperty() {
            return count.getReadOnlyProperty();
        }

        /** What the number counts, in one line. */
        public ReadOnlyStringProperty headlineProperty() {
            return headline.getReadOnlyProperty();
        }

        /** The first items, then how many more. */
        public ObservableList<String> lines() {
            return lines;
        }
    }

    /** At most this many items are listed on a tile. */
    static final int SHOWN = 6;

    private final RosterService roster;
    private final AssistanceService assistance;
    private final ReportingService reporting;
    private final TaskExecutor tasks;
    private final Tile openSlots;
    private final Tile unpaired;
    private final Tile withoutPost;
    private final ReadOnlyStringWrapper week = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(Notice.NONE);

    /**
     * @param hasPage whether the duty section has a page of this key
     * @param openPage opens the duty section on the page of this key
     */
    public DutyOverviewViewModel(
            RosterService roster,
            AssistanceService assistance,
            ReportingService reporting,
            TaskExecutor tasks,
            Predicate<String> hasPage,
            Consumer<String> openPage) {
        this.roster = roster;
        this.assistance = assistance;
        this.reporting = reporting;
        this.tasks = tasks;
        openSlots = new Tile(ROSTER, hasPage.test(ROSTER), openPage);
        unpaired = new Tile(ASSISTANCE, hasPage.test(ASSISTANCE), openPage);
        withoutPost = new Tile(REPORTING, hasPage.test(REPORTING), openPage);
    }

    /** What the tiles read, in one go. */
    private record Data(
            LocalDate today,
            List<RosterService.OpenShift> open,
            List<AssistanceService.Resident> unpaired,
            List<ReportingService.Line> withoutPost) {}

    /** Reads the three lists afresh. */
    public void reload() {
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.overview"),
                                p ->
                                        new Data(
                                                roster.today(),
                                                roster.openThisWeek(),
                                                assistance.unpaired(),
                                                reporting.withoutPost()))
                        .onSuccess(this::show)
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    private void show(Data d) {
        LocalDate monday = Shift.mondayOf(d.today());
        LocalDate sunday = monday.plusDays(6);
        week.set(
                I18n.text(
                        "dashboard.duty.week",
                        monday.getMonthValue(),
                        monday.getDayOfMonth(),
                        sunday.getMonthValue(),
                        sunday.getDayOfMonth()));
        int places = d.open().stream().mapToInt(RosterService.OpenShift::open).sum();
        openSlots.show(
                places,
                d.open().isEmpty()
                        ? I18n.text("dashboard.duty.open.none")
                        : I18n.text("dashboard.duty.open", d.open().size(), places),
                d.open().stream().map(DutyOverviewViewModel::openText).toList());
        unpaired.show(
                d.unpaired().size(),
                I18n.text("dashboard.duty.unpaired", d.unpaired().size()),
                d.unpaired().stream().map(DutyOverviewViewModel::residentText).toList());
        withoutPost.show(
                d.withoutPost().size(),
                I18n.text("dashboard.duty.withoutPost", d.withoutPost().size()),
                d.withoutPost().stream().map(DutyOverviewViewModel::reportingText).toList());
    }

    /** {@code 2月26日 周三 18:00-22:00 青槐社区 青槐社区夜间巡逻　缺1人}. */
    static String openText(RosterService.OpenShift o) {
        Shift s = o.line().shift().shift();
        LocalDate d = s.day();
        return I18n.text(
                "dashboard.duty.openLine",
                d.getMonthValue(),
                d.getDayOfMonth(),
                I18n.text("roster.weekday." + d.getDayOfWeek().name()),
                s.hours().toString(),
                o.line().place(),
                o.open());
    }

    /** {@code 青槐社区 青槐小区 3号楼2单元101 王某某}: where, and the head of the household. */
    static String residentText(AssistanceService.Resident r) {
        return I18n.text(
                "dashboard.duty.residentLine",
                r.community(),
                r.compound() == null ? "" : r.compound(),
                r.address() == null ? "" : r.address(),
                r.head());
    }

    /** {@code 张伟 · 明川区卫健委 · 青槐社区（2020-02-05 报到）}. */
    static String reportingText(ReportingService.Line l) {
        return I18n.text(
                "dashboard.duty.reportingLine",
                l.member(),
                l.unit(),
                l.community(),
                l.reportedOn());
    }

    /** The shifts of this week short of people. */
    public Tile openSlots() {
        return openSlots;
    }

    /** Residents under assistance nobody is paired with. */
    public Tile unpaired() {
        return unpaired;
    }

    /** Reporting members without a post. */
    public Tile withoutPost() {
        return withoutPost;
    }

    /** The office's current week: {@code 2月24日至3月1日}. */
    public ReadOnlyStringProperty weekProperty() {
        return week.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
