package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.fail;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.access.api.Role;
import org.innocomplex.appraisal.api.CycleOpeningService;
import org.innocomplex.appraisal.api.OpeningProgress;
import org.innocomplex.submission.api.CatalogueData;
import org.innocomplex.submission.api.CycleData;
import org.innocomplex.submission.api.CycleService;
import org.innocomplex.submission.api.CycleStatus;
import org.innocomplex.submission.api.IndicatorData;
import org.innocomplex.submission.api.ReportService;
import org.innocomplex.submission.api.ValueType;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Opening a cycle: one report and one process instance per complex in scope, in bulk, and opening again creates
 * none; a new cycle's catalogue is a copy of the last one and can be edited only until it opens.
 */
@ExtendWith(ArquillianExtension.class)
class CycleOpeningIT {
    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    ReportService submissions;

    @Inject
    CycleService cycles;

    @Inject
    CycleOpeningService opening;

    @Resource(lookup = "java:app/jdbc/innocomplex")
    DataSource db;

    @Test
    void openingForAThousandComplexesCreatesAThousandReportsAndProcessesAndReopeningNone() {
        Fixtures.Area area = fixtures.newCity();
        Actor municipal = new Actor("it-municipal-" + area.city(), "IT", Role.MUNICIPAL_OFFICIAL, area.city(), null);
        List<Long> complexes = fixtures.complexes(area.county(), 1000);
        CycleData cycle = cycles.createCycle(2026, area.city(), municipal);
        assertThat(cycle.status()).isEqualTo(CycleStatus.DRAFT);

        OpeningProgress first = opening.openNow(cycle.id(), Set.of(), Set.of(), municipal);
        Measurements.record(
                "cycle-opening",
                String.format(
                        "opened a cycle for %d complexes in %d ms (H2/PostgreSQL as configured)",
                        first.total(), first.millis()));

        assertThat(first.errorKey()).isNull();
        assertThat(first.total()).isEqualTo(1000);
        assertThat(first.started()).isEqualTo(1000);
        assertThat(submissions.reportIds(cycle.id()).size()).isEqualTo(1000);
        assertThat(fixtures.processInstancesOfCycle(cycle.id())).isEqualTo(1000);
        assertThat(fixtures.openTasksOfCycle(cycle.id())).isEqualTo(1000);
        assertThat(submissions.reportIds(cycle.id()).keySet().containsAll(complexes))
                .isTrue();
        // the time is reported (target/measurements.txt), not asserted: this machine is shared and noisy

        OpeningProgress again = opening.openNow(cycle.id(), Set.of(), Set.of(), municipal);

        assertThat(again.started()).isEqualTo(0);
        assertThat(again.done()).isEqualTo(1000);
        assertThat(submissions.reportIds(cycle.id()).size()).isEqualTo(1000);
        assertThat(fixtures.processInstancesOfCycle(cycle.id())).isEqualTo(1000);
        assertThat(cycles.cycle(cycle.id()).orElseThrow().status()).isEqualTo(CycleStatus.OPEN);
    }

    /**
     * The progress of an opening is read from the database, where every node reads it: a node that did not run the
     * opening sees what the running one wrote (before, each node kept its own, and the other node's user was told the
     * opening stopped), and a run whose node died stops reading as running after a few minutes.
     */
    @Test
    void theProgressOfAnOpeningIsWhereEveryNodeReadsIt() throws Exception {
        Fixtures.Area area = fixtures.newCity();
        Actor municipal = new Actor("it-municipal-" + area.city(), "IT", Role.MUNICIPAL_OFFICIAL, area.city(), null);
        fixtures.complexes(area.county(), 3);
        CycleData cycle = cycles.createCycle(2026, area.city(), municipal);
        opening.start(cycle.id(), Set.of(), Set.of(), municipal);
        long end = System.nanoTime() + 120_000_000_000L;
        while (!opening.progress(cycle.id()).map(OpeningProgress::finished).orElse(false)) {
            assertThat(System.nanoTime()).as("opening finished within 120 s").isLessThan(end);
            Thread.sleep(100);
        }
        assertThat(opening.progress(cycle.id()).orElseThrow())
                .extracting(OpeningProgress::total, OpeningProgress::done, OpeningProgress::errorKey)
                .containsExactly(3, 3, null);

        // what another node's run writes is what this node reports
        try (Connection c = db.getConnection();
                PreparedStatement st = c.prepareStatement("UPDATE apr_opening_progress SET done = 2, finished = FALSE,"
                        + " updated_at = ? WHERE cycle_id = ?")) {
            st.setTimestamp(1, java.sql.Timestamp.from(java.time.Instant.now()));
            st.setLong(2, cycle.id());
            assertThat(st.executeUpdate()).isEqualTo(1);
        }
        assertThat(opening.progress(cycle.id()).orElseThrow())
                .extracting(OpeningProgress::done, OpeningProgress::finished)
                .containsExactly(2, false);
        // ... and a running node keeps this node's user from starting a second run meanwhile
        assertThat(opening.start(cycle.id(), Set.of(), Set.of(), municipal).finished())
                .isFalse();

        // that node died: no report for minutes, so the opening reads as stopped and may be started again
        try (Connection c = db.getConnection();
                PreparedStatement st =
                        c.prepareStatement("UPDATE apr_opening_progress SET updated_at = ? WHERE cycle_id = ?")) {
            st.setTimestamp(1, java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(600)));
            st.setLong(2, cycle.id());
            st.executeUpdate();
        }
        assertThat(opening.progress(cycle.id()).orElseThrow())
                .extracting(OpeningProgress::finished, OpeningProgress::errorKey)
                .containsExactly(true, "appraisal.opening.failed");
    }

    @Test
    void aNewCycleCopiesTheLastOneAndIsEditableOnlyUntilItOpens() {
        Fixtures.Area area = fixtures.newCity();
        String city = area.city();
        fixtures.complexes(area.county(), 2);
        Actor municipal = new Actor("it-municipal-" + city, "IT", Role.MUNICIPAL_OFFICIAL, city, null);
        CycleData first = cycles.createCycle(2024, city, municipal);
        IndicatorData added = new IndicatorData(
                "patents_granted",
                "授权专利",
                "Patents granted",
                "件",
                "items",
                ValueType.INTEGER,
                false,
                BigDecimal.ZERO,
                null,
                "innovation",
                65,
                "本年授权发明专利",
                "granted this year");
        cycles.saveIndicator(first.id(), added, municipal);
        opening.openNow(first.id(), Set.of(), Set.of(), municipal);

        CycleData second = cycles.createCycle(2025, city, municipal);
        CatalogueData copy = cycles.catalogue(second.id());
        CatalogueData original = cycles.catalogue(first.id());

        assertThat(copy.indicators()).as("indicators copied").isEqualTo(original.indicators());
        assertThat(copy.indicator("patents_granted").isPresent())
                .as("the edit of the last cycle came along")
                .isTrue();
        assertThat(copy.rubricItems()).isEqualTo(original.rubricItems());
        assertThat(copy.bands()).isEqualTo(original.bands());
        assertThatExceptionOfType(DomainException.class)
                .as("an open cycle's catalogue is frozen")
                .isThrownBy(() -> cycles.saveIndicator(first.id(), added, municipal));
        assertThatExceptionOfType(DomainException.class)
                .as("one per year")
                .isThrownBy(() -> cycles.createCycle(2025, city, municipal));
        assertThatExceptionOfType(NotAuthorizedException.class)
                .as("another city's official")
                .isThrownBy(() -> cycles.createCycle(
                        2026, city, new Actor("it-other", "IT", Role.MUNICIPAL_OFFICIAL, "331100", null)));
    }

    /**
     * Not only the columns somebody listed: every column of every catalogue table comes along, so that a column a
     * later migration adds is copied too. The catalogue tables are found here on their own, as the submission
     * module's tables holding a {@code cycle_id} other than the cycle's reports; every column empty in the source
     * is filled first, since a column left out of the copy shows only where the source has a value.
     */
    @Test
    void aNewCycleCopiesEveryColumnOfEveryCatalogueTable() throws SQLException {
        String city = fixtures.newCity().city();
        Actor municipal = new Actor("it-municipal-" + city, "IT", Role.MUNICIPAL_OFFICIAL, city, null);
        CycleData first = cycles.createCycle(2024, city, municipal);
        Map<String, Map<String, Column>> tables = catalogueTables();
        assertThat(tables)
                .containsKeys(
                        "sub_indicator_group",
                        "sub_cycle_indicator",
                        "sub_cross_rule",
                        "sub_rubric_group",
                        "sub_rubric_item",
                        "sub_grade_band");
        fillEmptyColumns(first.id(), tables);

        CycleData second = cycles.createCycle(2025, city, municipal);

        for (String table : tables.keySet()) {
            List<Map<String, Object>> source = rows(table, first.id());
            List<Map<String, Object>> copy = rows(table, second.id());
            assertThat(source).as(table + " has rows to copy").isNotEmpty();
            assertThat(tables.get(table).keySet().stream()
                            .filter(column -> !source.stream()
                                    .map(r -> r.get(column))
                                    .toList()
                                    .equals(copy.stream()
                                            .map(r -> r.get(column))
                                            .toList())))
                    .as(table + ": the columns whose values the copy lost")
                    .isEmpty();
            assertThat(copy)
                    .as(table + ": every column but cycle_id is the source's")
                    .isEqualTo(source);
        }
    }

    /** a column of a catalogue table */
    record Column(int jdbcType, boolean nullable) {}

    /** table → its columns but {@code cycle_id}, names in lower case */
    private Map<String, Map<String, Column>> catalogueTables() throws SQLException {
        Map<String, Map<String, Column>> columns = new TreeMap<>();
        try (Connection c = db.getConnection();
                ResultSet rs = c.getMetaData().getColumns(c.getCatalog(), c.getSchema(), "%", "%")) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (table.startsWith("sub_") && !table.equals("sub_report")) {
                    columns.computeIfAbsent(table, t -> new TreeMap<>())
                            .put(
                                    rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                                    new Column(
                                            rs.getInt("DATA_TYPE"),
                                            rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls));
                }
            }
        }
        columns.values().removeIf(cols -> !cols.containsKey("cycle_id"));
        columns.values().forEach(cols -> cols.remove("cycle_id"));
        return columns;
    }

    private void fillEmptyColumns(Long cycleId, Map<String, Map<String, Column>> tables) throws SQLException {
        try (Connection c = db.getConnection()) {
            for (var table : tables.entrySet()) {
                for (var column : table.getValue().entrySet()) {
                    if (!column.getValue().nullable()) {
                        continue;
                    }
                    try (PreparedStatement st = c.prepareStatement("UPDATE " + table.getKey() + " SET "
                            + column.getKey() + " = ? WHERE cycle_id = ? AND " + column.getKey() + " IS NULL")) {
                        st.setObject(
                                1,
                                sample(
                                        table.getKey() + "." + column.getKey(),
                                        column.getValue().jdbcType()));
                        st.setLong(2, cycleId);
                        st.executeUpdate();
                    }
                }
            }
        }
    }

    private static Object sample(String column, int jdbcType) {
        return switch (jdbcType) {
            case Types.VARCHAR, Types.CHAR, Types.NVARCHAR, Types.LONGVARCHAR, Types.CLOB -> "x";
            case Types.NUMERIC, Types.DECIMAL -> BigDecimal.ONE;
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT, Types.BIGINT -> 1;
            case Types.BOOLEAN, Types.BIT -> true;
            case Types.DATE -> java.sql.Date.valueOf("2024-01-01");
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> java.sql.Timestamp.valueOf("2024-01-01 00:00:00");
            default -> fail("no sample value for " + column + " of JDBC type " + jdbcType + ": add one here");
        };
    }

    /** the cycle's rows of the table, every column but {@code cycle_id}, in a fixed order */
    private List<Map<String, Object>> rows(String table, Long cycleId) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection c = db.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT * FROM " + table + " WHERE cycle_id = ?")) {
            st.setLong(1, cycleId);
            try (ResultSet rs = st.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new TreeMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), rs.getObject(i));
                    }
                    row.remove("cycle_id");
                    rows.add(row);
                }
            }
        }
        rows.sort(Comparator.comparing(String::valueOf));
        return rows;
    }
}
