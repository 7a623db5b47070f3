package org.branchdesk.ui.coverage;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.branchdesk.domain.orgs.BranchRules;
import org.branchdesk.service.coverage.CoverageService;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.branchdesk.ui.common.TaskExecutor;

/** Where a branch is still missing: every compound with its members, branch and suggestion. */
public final class CoverageViewModel {
    private final CoverageService coverage;
    private final TaskExecutor tasks;
    private final ObjectProperty<CoverageService.Filter> filter =
            new SimpleObjectProperty<>(CoverageService.Filter.ALL);
    private final ObservableList<CoverageService.Line> lines = FXCollections.observableArrayList();

    /** The community shown, or {@code null} for all. */
    private final StringProperty community = new SimpleStringProperty();

    private final ObservableList<String> communities = FXCollections.observableArrayList();
    private List<CoverageService.Line> shownAll = List.of();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(Notice.NONE);

    public CoverageViewModel(CoverageService coverage, TaskExecutor tasks) {
        this.coverage = coverage;
        this.tasks = tasks;
        filter.addListener((o, a, b) -> reload());
        community.addListener((o, a, b) -> applyCommunity());
    }

    public void reload() {
        CoverageService.Filter f = filter.get();
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.coverage"),
                                p ->
                                        new Object[] {
                                            coverage.coverage(f),
                                            coverage.coverage(CoverageService.Filter.ALL)
                                        })
                        .onSuccess(
                                result -> {
                                    @SuppressWarnings("unchecked")
                                    List<CoverageService.Line> shown =
                                            (List<CoverageService.Line>) result[0];
                                    @SuppressWarnings("unchecked")
                                    List<CoverageService.Line> all =
                                            (List<CoverageService.Line>) result[1];
                                    shownAll = shown;
                                    List<String> names =
                                            all.stream()
                                                    .map(CoverageService.Line::community)
                                                    .distinct()
                                                    .toList();
                                    if (!communities.equals(names)) {
                                        communities.setAll(names);
                                    }
                                    applyCommunity();
                                    long none =
                                            all.stream()
                                                    .filter(
                                                            l ->
                                                                    l.coverage()
                                                                            == BranchRules.Coverage
                                                                                    .NONE)
                                                    .count();
                                    long ready =
                                            all.stream()
                                                    .filter(
                                                            l ->
                                                                    l.suggestion()
                                                                            == BranchRules
                                                                                    .Suggestion
                                                                                    .SET_UP_REGULAR)
                                                    .count();
                                    summary.set(
                                            I18n.text("coverage.summary", all.size(), none, ready));
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    public void export(Path out) {
        CoverageService.Filter f = filter.get();
        tasks.execute(
                BackgroundTask.of(I18n.text("task.export"), p -> coverage.export(f, out))
                        .onSuccess(
                                n ->
                                        notice.set(
                                                Notice.success(
                                                        I18n.text("coverage.exported", n, out))))
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    private void applyCommunity() {
        String c = community.get();
        lines.setAll(
                c == null
                        ? shownAll
                        : shownAll.stream().filter(l -> l.community().equals(c)).toList());
    }

    /** Which community's compounds are shown; {@code null} shows all. */
    public StringProperty communityProperty() {
        return community;
    }

    public ObservableList<String> communities() {
        return communities;
    }

    public void clearNotice() {
        notice.set(Notice.NONE);
    }

    public ObjectProperty<CoverageService.Filter> filterProperty() {
        return filter;
    }

    public ObservableList<CoverageService.Line> lines() {
        return lines;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
