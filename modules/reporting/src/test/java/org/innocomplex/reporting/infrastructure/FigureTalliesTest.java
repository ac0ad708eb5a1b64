package org.innocomplex.reporting.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.innocomplex.appraisal.api.Grade;
import org.innocomplex.registry.api.Level;
import org.innocomplex.reporting.KnownCity;
import org.innocomplex.reporting.api.Dashboard;
import org.innocomplex.reporting.api.DashboardFilter;
import org.innocomplex.reporting.domain.ViewerScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The tallies kept report by report equal the tallies counted at once, and the dashboard over them follows each
 * change of a report: the reports are changed in SQL as the other modules would, then refreshed as the events do.
 */
class FigureTalliesTest {

    static final ViewerScope CITY = new ViewerScope("331100", null, false);
    static final ViewerScope JINYUN = new ViewerScope("331100", KnownCity.JINYUN, true);
    static int databases;

    DataSource ds;
    DashboardQueries queries;

    @BeforeEach
    void data() throws Exception {
        ds = KnownCity.create("tallies" + databases++);
        queries = new DashboardQueries(ds, () -> KnownCity.STEPS);
    }

    private Dashboard city(boolean approvedOnly) {
        return queries.dashboard(CITY, new DashboardFilter(2021, null, null, approvedOnly), KnownCity.NOW);
    }

    private List<String> drift() throws SQLException {
        try (Connection c = ds.getConnection()) {
            return FigureTallies.drift(c);
        }
    }

    private boolean refresh(long report) throws SQLException {
        try (Connection c = ds.getConnection()) {
            return FigureTallies.refresh(c, report);
        }
    }

    private void sql(String statement, Object... args) throws SQLException {
        try (Connection c = ds.getConnection()) {
            KnownCity.exec(c, statement, args);
        }
    }

    private List<Long> reports() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id FROM sub_report ORDER BY id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    @Test
    void reportByReportTheTalliesComeToWhatARecountGives() throws Exception {
        assertThat(drift()).isEmpty();
        Dashboard recounted = city(true);
        sql("DELETE FROM rpt_tally");
        sql("DELETE FROM rpt_counted");
        assertThat(drift()).isNotEmpty();
        int moved = 0;
        for (long id : reports()) {
            moved += refresh(id) ? 1 : 0;
        }
        // the draft does not count; every other report does
        assertThat(moved).isEqualTo(reports().size() - 1);
        assertThat(drift()).isEmpty();
        assertThat(city(true)).isEqualTo(recounted);
        // nothing changed: nothing is written
        assertThat(refresh(5000)).isFalse();
    }

    @Test
    void aReturnedReportLeavesTheFiguresAndItsResubmissionBringsTheNewValues() throws Exception {
        Dashboard before = city(false);
        sql("UPDATE sub_report SET status = 'RETURNED' WHERE id = 5016");
        assertThat(drift()).isNotEmpty();
        assertThat(refresh(5016)).isTrue();
        assertThat(drift()).isEmpty();
        Dashboard returned = city(false);
        assertThat(returned.reports()).isEqualTo(before.reports() - 1);
        assertThat(returned.total("construction_investment").value())
                .isEqualByComparingTo(
                        before.total("construction_investment").value().subtract(new BigDecimal("1000")));

        // edited while returned, then submitted again: the new value counts
        sql(
                "UPDATE sub_report_value SET num_value = 2500 WHERE report_id = 5016 AND indicator_code = 'construction_investment'");
        sql("UPDATE sub_report SET status = 'SUBMITTED' WHERE id = 5016");
        refresh(5016);
        assertThat(drift()).isEmpty();
        assertThat(city(false).total("construction_investment").value())
                .isEqualByComparingTo(
                        before.total("construction_investment").value().add(new BigDecimal("1500")));
    }

    @Test
    void acceptedGradedAndPublishedEachMoveTheirOwnFigures() throws Exception {
        long approved = city(true).reports();
        sql("UPDATE sub_report SET status = 'ACCEPTED' WHERE id = 5016");
        sql("UPDATE apr_appraisal SET grade = 'GOOD', status = 'DECIDED' WHERE id = 7016");
        refresh(5016);
        assertThat(drift()).isEmpty();
        assertThat(city(true).reports()).isEqualTo(approved + 1);
        long good = grade(
                queries.dashboard(CITY, new DashboardFilter(2021, null, KnownCity.JINYUN, true), KnownCity.NOW),
                Grade.GOOD);
        long goodSeenByCounty = grade(
                queries.dashboard(JINYUN, new DashboardFilter(2021, null, null, true), KnownCity.NOW), Grade.GOOD);
        assertThat(goodSeenByCounty).isEqualTo(good - 1);

        sql("UPDATE apr_appraisal SET published_at = CURRENT_TIMESTAMP, status = 'PUBLISHED' WHERE id = 7016");
        refresh(5016);
        assertThat(drift()).isEmpty();
        assertThat(grade(
                        queries.dashboard(JINYUN, new DashboardFilter(2021, null, null, true), KnownCity.NOW),
                        Grade.GOOD))
                .isEqualTo(good);
    }

    @Test
    void aComplexChangingLevelTakesItsReportsAlong() throws Exception {
        Dashboard before = city(true);
        sql("UPDATE reg_complex SET level = 'MUNICIPAL' WHERE id = 1000");
        try (Connection c = ds.getConnection()) {
            List<Long> counted = FigureTallies.countedReportsOfComplex(c, 1000);
            // its 2021 and 2020 reports
            assertThat(counted).containsExactlyInAnyOrder(5000L, 6000L);
            for (long r : counted) {
                FigureTallies.refresh(c, r);
            }
        }
        assertThat(drift()).isEmpty();
        Dashboard after = city(true);
        assertThat(after.complexes(Level.PROVINCIAL)).isEqualTo(before.complexes(Level.PROVINCIAL) - 1);
        assertThat(after.complexes(Level.MUNICIPAL)).isEqualTo(before.complexes(Level.MUNICIPAL) + 1);
        assertThat(after.totals()).isEqualTo(before.totals());
    }

    @Test
    void severalRowsOfOneKeyAreSummed() throws Exception {
        Dashboard before = city(true);
        // two first contributions at the same moment each start a row of the key
        sql(
                "UPDATE rpt_tally SET total = total - 100 WHERE kind = 'V' AND code = 'academicians' "
                        + "AND county_code = '331102' AND complex_level = 'PROVINCIAL' AND report_year = 2021 AND report_status = 'ACCEPTED'");
        sql("INSERT INTO rpt_tally (report_year, city_code, county_code, complex_level, report_status, cycle_id, "
                + "kind, code, total, n) VALUES (2021, '331100', '331102', 'PROVINCIAL', 'ACCEPTED', 100, 'V', "
                + "'academicians', 100, 0)");
        assertThat(drift()).isEmpty();
        assertThat(city(true)).isEqualTo(before);
    }

    @Test
    void aDatabaseWithCountedReportsButNoTalliesIsRecountedAndAPublicationFindsItsReports() throws Exception {
        try (Connection c = ds.getConnection()) {
            assertThat(FigureTallies.needsRebuild(c)).isFalse();
            assertThat(FigureTallies.reportsOfAppraisals(c, List.of(7000L, 7016L, 99L)))
                    .containsExactlyInAnyOrder(5000L, 5016L);
        }
        sql("DELETE FROM rpt_tally");
        sql("DELETE FROM rpt_counted");
        try (Connection c = ds.getConnection()) {
            assertThat(FigureTallies.needsRebuild(c)).isTrue();
            FigureTallies.rebuild(c);
            assertThat(FigureTallies.needsRebuild(c)).isFalse();
        }
        assertThat(drift()).isEmpty();
    }

    private static long grade(Dashboard d, Grade g) {
        return d.grades().stream()
                .filter(x -> x.grade() == g)
                .mapToLong(x -> x.complexes())
                .sum();
    }
}
