package org.branchdesk.ui.dashboard;

import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Cursor;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import org.branchdesk.domain.members.Registration;
import org.branchdesk.domain.orgs.BranchRules.Coverage;
import org.branchdesk.service.coverage.CoverageService;
import org.branchdesk.service.office.PrivacyService;
import org.branchdesk.ui.common.Fxml;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.leadership.RenewalWatchView;

/** The overview's four charts; a click on a slice or bar opens the list behind it. */
public final class DashboardView {
    @FXML private GridPane privacyGrid;
    @FXML private GridPane cards;
    private final DashboardViewModel viewModel;
    private final Parent root;

    @FXML private PieChart branchChart;
    @FXML private PieChart ownerlessChart;
    @FXML private PieChart membersChart;
    @FXML private BarChart<String, Number> fourClearChart;
    @FXML private PieChart companiesChart;

    public DashboardView(DashboardViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = Fxml.load(this, "Dashboard.fxml");
        viewModel
                .personalData()
                .addListener((ListChangeListener<PrivacyService.Item>) c -> showPersonalData());
        branchChart.setAnimated(false);
        ownerlessChart.setAnimated(false);
        membersChart.setAnimated(false);
        companiesChart.setAnimated(false);
        viewModel.overviewProperty().addListener((o, a, overview) -> show(overview));
        if (viewModel.renewals() != null) {
            cards.add(new RenewalWatchView(viewModel.renewals()).root(), 0, 3, 2, 1);
        }
        if (viewModel.duty() != null) {
            cards.add(new DutyOverviewView(viewModel.duty()).root(), 0, 4, 2, 1);
        }
        if (viewModel.care() != null) {
            cards.add(new CareOverviewView(viewModel.care()).root(), 0, 5, 2, 1);
        }
    }

    public Parent root() {
        return root;
    }

    private void show(CoverageService.Overview o) {
        if (o == null) {
            return;
        }
        branchChart.getData().clear();
        for (Map.Entry<Coverage, Integer> e : o.compoundsByCoverage().entrySet()) {
            PieChart.Data d =
                    new PieChart.Data(
                            I18n.text(
                                    "dashboard.slice",
                                    I18n.text("coverage." + e.getKey().name()),
                                    e.getValue()),
                            e.getValue());
            branchChart.getData().add(d);
            clickable(d, () -> viewModel.openCoverage(e.getKey()));
        }
        ownerlessChart.getData().clear();
        PieChart.Data covered =
                new PieChart.Data(
                        I18n.text(
                                "dashboard.slice",
                                I18n.text("dashboard.ownerless.covered"),
                                o.ownerlessCovered()),
                        o.ownerlessCovered());
        PieChart.Data uncovered =
                new PieChart.Data(
                        I18n.text(
                                "dashboard.slice",
                                I18n.text("dashboard.ownerless.uncovered"),
                                o.ownerlessUncovered()),
                        o.ownerlessUncovered());
        ownerlessChart.getData().addAll(covered, uncovered);
        clickable(covered, () -> viewModel.openOwnerless(true));
        clickable(uncovered, () -> viewModel.openOwnerless(false));
        membersChart.getData().clear();
        for (Map.Entry<Registration, Integer> e : o.membersByRegistration().entrySet()) {
            PieChart.Data d =
                    new PieChart.Data(
                            I18n.text(
                                    "dashboard.slice",
                                    I18n.text("registration." + e.getKey().name()),
                                    e.getValue()),
                            e.getValue());
            membersChart.getData().add(d);
            clickable(d, () -> viewModel.openMembers(e.getKey()));
        }
        companiesChart
                .getData()
                .setAll(
                        new PieChart.Data(
                                I18n.text(
                                        "dashboard.slice",
                                        I18n.text("dashboard.companies.with"),
                                        o.companiesWithOrg()),
                                o.companiesWithOrg()),
                        new PieChart.Data(
                                I18n.text(
                                        "dashboard.slice",
                                        I18n.text("dashboard.companies.without"),
                                        o.companiesWithoutOrg()),
                                o.companiesWithoutOrg()));
        XYChart.Series<String, Number> done = new XYChart.Series<>();
        done.setName(I18n.text("dashboard.fourClear.done"));
        XYChart.Series<String, Number> open = new XYChart.Series<>();
        open.setName(I18n.text("dashboard.fourClear.open"));
        for (CoverageService.CommunityProgress p : o.fourClearByCommunity()) {
            done.getData().add(new XYChart.Data<>(p.community(), p.fourClear()));
            open.getData().add(new XYChart.Data<>(p.community(), p.compounds() - p.fourClear()));
        }
        fourClearChart.getData().setAll(List.of(done, open));
        for (XYChart.Data<String, Number> d : open.getData()) {
            if (d.getNode() != null) {
                d.getNode().setCursor(Cursor.HAND);
                String community = d.getXValue();
                d.getNode().setOnMouseClicked(e -> viewModel.openNotFourClear(community));
            }
        }
    }

    private void showPersonalData() {
        privacyGrid.getChildren().clear();
        int row = 0;
        for (PrivacyService.Item i : viewModel.personalData()) {
            Label count = new Label(Integer.toString(i.count()));
            count.getStyleClass().add("text-bold");
            count.setMinWidth(Region.USE_PREF_SIZE);
            Label place = new Label(i.place());
            place.setMinWidth(Region.USE_PREF_SIZE);
            Label what = new Label(i.what());
            what.setWrapText(true);
            privacyGrid.addRow(row++, place, what, count);
        }
    }

    private static void clickable(PieChart.Data d, Runnable action) {
        if (d.getNode() != null) {
            d.getNode().setCursor(Cursor.HAND);
            d.getNode().setOnMouseClicked(e -> action.run());
        }
    }
}
