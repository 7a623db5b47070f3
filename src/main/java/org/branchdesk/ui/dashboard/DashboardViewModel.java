package org.branchdesk.ui.dashboard;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.branchdesk.domain.members.Registration;
import org.branchdesk.domain.orgs.BranchRules.Coverage;
import org.branchdesk.service.coverage.CoverageService;
import org.branchdesk.service.office.PrivacyService;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.branchdesk.ui.common.TaskExecutor;
import org.branchdesk.ui.leadership.RenewalWatchViewModel;

/**
 * The overview (概览): compounds by branch status, ownerless compounds covered or not, members by
 * where their membership is held, four-clear progress per community. A click on a part of a chart
 * opens the list behind it.
 */
public final class DashboardViewModel {
    /** Opens the lists behind the charts (the shell switches screens). */
    public interface Navigator {
        /** Shows the coverage list with a filter, in one community or ({@code null}) all. */
        void showCoverage(CoverageService.Filter filter, String community);

        void showMembers(Registration registration);
    }

    private final CoverageService coverage;
    private final TaskExecutor tasks;
    private final Navigator navigator;
    private final ObjectProperty<CoverageService.Overview> overview = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(Notice.NONE);

    private final PrivacyService privacy;
    private final RenewalWatchViewModel renewals;
    private final DutyOverviewViewModel duty;
    private CareOverviewViewModel care;
    private final ObservableList<PrivacyService.Item> personalData =
            FXCollections.observableArrayList();

    public DashboardViewModel(CoverageService coverage, TaskExecutor tasks, Navigator navigator) {
        this(coverage, null, tasks, navigator);
    }

    /** With {@code privacy}, the overview also says where personal data is kept and how much. */
    public DashboardViewModel(
            CoverageService coverage,
            PrivacyService privacy,
            TaskExecutor tasks,
            Navigator navigator) {
        this(coverage, privacy, tasks, navigator, null);
    }

    /** With {@code renewals}, the overview also lists the renewal reminders (换届提醒). */
    public DashboardViewModel(
            CoverageService coverage,
            PrivacyService privacy,
            TaskExecutor tasks,
            Navigator navigator,
            RenewalWatchViewModel renewals) {
        this(coverage, privacy, tasks, navigator, renewals, null);
    }

    /**
     * With {@code duty}, the overview also shows this week's open slots, unpaired residents and
     * reporting members without a post.
     */
    public DashboardViewModel(
            CoverageService coverage,
            PrivacyService privacy,
            TaskExecutor tasks,
            Navigator navigator,
            RenewalWatchViewModel renewals,
            DutyOverviewViewModel duty) {
        this.privacy = privacy;
        this.coverage = coverage;
        this.tasks = tasks;
        this.navigator = navigator;
        this.renewals = renewals;
        this.duty = duty;
    }

    /** With the care tiles (fund balances, this month's payments, steps due); before its view. */
    public DashboardViewModel withCare(CareOverviewViewModel tiles) {
        this.care = tiles;
        return this;
    }

    /** The care tiles, or {@code null} where the overview shows none. */
    public CareOverviewViewModel care() {
        return care;
    }

    /** The duty tiles, or {@code null} where the overview shows none. */
    public DutyOverviewViewModel duty() {
        return duty;
    }

    /** The renewal reminders, or {@code null} where the overview shows none. */
    public RenewalWatchViewModel renewals() {
        return renewals;
    }

    public void reload() {
        tasks.execute(
                BackgroundTask.of(I18n.text("task.overview"), p -> coverage.overview())
                        .onSuccess(overview::set)
                        .onFailure(e -> notice.set(Notice.failure(e))));
        if (privacy != null) {
            tasks.execute(
                    BackgroundTask.of(I18n.text("task.overview"), p -> privacy.inventory())
                            .onSuccess(personalData::setAll)
                            .onFailure(e -> notice.set(Notice.failure(e))));
        }
        if (renewals != null) {
            renewals.reload();
        }
        if (duty != null) {
            duty.reload();
        }
        if (care != null) {
            care.reload();
        }
    }

    /** A slice of "compounds by branch status": compounds without a branch, or all of them. */
    public void openCoverage(Coverage slice) {
        navigator.showCoverage(CoverageService.Filter.of(slice), null);
    }

    /** A slice of "ownerless compounds": those with a branch, or those without one. */
    public void openOwnerless(boolean covered) {
        navigator.showCoverage(
                covered
                        ? CoverageService.Filter.OWNERLESS_COVERED
                        : CoverageService.Filter.OWNERLESS_UNCOVERED,
                null);
    }

    public void openMembers(Registration slice) {
        navigator.showMembers(slice);
    }

    /** A bar of "four-clear progress": the compounds of that community not yet four-clear. */
    public void openNotFourClear(String community) {
        navigator.showCoverage(CoverageService.Filter.NOT_FOUR_CLEAR, community);
    }

    /** Where personal data is kept and how much (counts only). */
    public ObservableList<PrivacyService.Item> personalData() {
        return personalData;
    }

    public ObjectProperty<CoverageService.Overview> overviewProperty() {
        return overview;
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
