package org.innocomplex.reporting;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.innocomplex.reporting.infrastructure.FigureTallies;

/**
 * A known data set on the real migrations in an in-memory H2: Lishui in 2021 with the city figures of the 2022
 * article (9 provincial and 7 municipal complexes, 75,500 10k yuan invested, clusters' output 7,644,100 10k yuan,
 * …), all reports ACCEPTED, spread over the ten units; plus one SUBMITTED report and one DRAFT in Jinyun, and 2020
 * with five complexes for the trend.
 *
 * <p>Complex i (0..15) lies in county {@code COUNTIES[i % 10]}; complexes 0..8 are provincial. Each figure is split
 * evenly (integer part) and the last complex takes the rest. Grades: 0–2 EXCELLENT, 3–8 GOOD, 9–13 PASS, 14 FAIL,
 * 15 not decided (waiting at {@code decision}, overdue); published for 0..9 only.
 */
public final class KnownCity {

    public static final String[] COUNTIES = {
        "331102", "331121", "331122", "331123", "331124", "331125", "331126", "331127", "331181", "331199"
    };
    public static final String JINYUN = "331122";
    /** the bundled process's steps in the order a case meets them, as the workflow module gives them */
    public static final java.util.List<String> STEPS =
            java.util.List.of("report", "countyReview", "municipalReview", "assignExperts", "expertReview", "decision");

    public static final LocalDateTime NOW = LocalDateTime.of(2022, 4, 26, 8, 0);

    /** the article's figures */
    public static final Map<String, BigDecimal> CITY_2021 = new LinkedHashMap<>();

    static {
        CITY_2021.put("construction_investment", new BigDecimal("75500"));
        CITY_2021.put("cluster_output_value", new BigDecimal("7644100"));
        CITY_2021.put("cluster_rd_investment", new BigDecimal("127350"));
        CITY_2021.put("cluster_enterprises", new BigDecimal("4791"));
        CITY_2021.put("above_scale_enterprises", new BigDecimal("391"));
        CITY_2021.put("national_high_tech_enterprises", new BigDecimal("201"));
        CITY_2021.put("provincial_sme_tech_enterprises", new BigDecimal("564"));
        CITY_2021.put("service_institutions", new BigDecimal("191"));
        CITY_2021.put("academicians", new BigDecimal("66"));
        CITY_2021.put("enterprise_services", new BigDecimal("12557"));
        CITY_2021.put("technical_problems_solved", new BigDecimal("1251"));
    }

    private KnownCity() {}

    /** the share of complex i (of 16) in a city figure */
    public static BigDecimal share(String code, int i) {
        BigDecimal total = CITY_2021.get(code);
        BigDecimal base = total.divideToIntegralValue(BigDecimal.valueOf(16));
        return i < 15 ? base : total.subtract(base.multiply(BigDecimal.valueOf(15)));
    }

    public static DataSource create(String name) throws SQLException {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        for (String[] m : List.of(
                new String[] {"access", "acc_"},
                new String[] {"registry", "reg_"},
                new String[] {"submission", "sub_"},
                new String[] {"appraisal", "apr_"},
                new String[] {"reporting", "rpt_"})) {
            Flyway.configure()
                    .dataSource(ds)
                    .locations("classpath:db/migration/" + m[0])
                    .table(m[1] + "schema_history")
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
        }
        try (Connection c = ds.getConnection()) {
            cycle(c, 100, 2021, "OPEN");
            cycle(c, 200, 2020, "CLOSED");
            for (int i = 0; i < 16; i++) {
                long complex = 1000 + i;
                String county = COUNTIES[i % 10];
                complex(c, complex, "综合体" + i, "Complex " + i, county, i < 9 ? "PROVINCIAL" : "MUNICIPAL");
                long report = 5000 + i;
                report(c, report, 100, 2021, complex, county, "ACCEPTED");
                for (String code : CITY_2021.keySet()) {
                    value(c, report, code, share(code, i));
                }
                if (i < 2) {
                    value(c, report, "high_level_talent_share", BigDecimal.valueOf(20 + 10 * i));
                }
                String grade = i <= 2 ? "EXCELLENT" : i <= 8 ? "GOOD" : i <= 13 ? "PASS" : i == 14 ? "FAIL" : null;
                appraisal(
                        c,
                        7000 + i,
                        report,
                        complex,
                        county,
                        2021,
                        100,
                        grade,
                        grade == null ? null : BigDecimal.valueOf(95 - i * 3L),
                        i <= 9);
                if (i < 5) {
                    long old = 6000 + i;
                    report(c, old, 200, 2020, complex, county, "ACCEPTED");
                    value(c, old, "construction_investment", new BigDecimal("5000"));
                    value(c, old, "cluster_output_value", new BigDecimal("100000"));
                }
            }
            workItem(c, "t-decision-15", 7015, 5015, 1015, COUNTIES[5], 2021, "decision", "决定", NOW.minusDays(1));
            // Jinyun: one more complex submitted and under county review, one still drafting
            complex(c, 1016, "缙云提交中综合体", "Jinyun submitted complex", JINYUN, "MUNICIPAL");
            report(c, 5016, 100, 2021, 1016, JINYUN, "SUBMITTED");
            value(c, 5016, "construction_investment", new BigDecimal("1000"));
            appraisal(c, 7016, 5016, 1016, JINYUN, 2021, 100, null, null, false);
            workItem(c, "t-county-16", 7016, 5016, 1016, JINYUN, 2021, "countyReview", "县级审核", NOW.plusDays(3));
            complex(c, 1017, "缙云草稿综合体", "Jinyun draft complex", JINYUN, "MUNICIPAL");
            report(c, 5017, 100, 2021, 1017, JINYUN, "DRAFT");
            value(c, 5017, "construction_investment", new BigDecimal("999999"));
            appraisal(c, 7017, 5017, 1017, JINYUN, 2021, 100, null, null, false);
            workItem(c, "t-report-17", 7017, 5017, 1017, JINYUN, 2021, "report", "填报", NOW.minusDays(2));
            // written around the application, as a bulk load would be: counted once, as at start-up
            FigureTallies.rebuild(c);
        }
        return ds;
    }

    private static void cycle(Connection c, long id, int year, String status) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO sub_cycle (id, cycle_year, city_code, status, created_at) VALUES (" + id + ", "
                    + year + ", '331100', '" + status + "', CURRENT_TIMESTAMP)");
            s.executeUpdate("INSERT INTO sub_cycle_indicator (cycle_id, code, name_zh, name_en, unit_zh, unit_en, "
                    + "value_type, required, min_value, max_value, group_code, sort_order) SELECT " + id + ", code, "
                    + "name_zh, name_en, unit_zh, unit_en, value_type, required, min_value, max_value, group_code, "
                    + "sort_order FROM sub_cycle_indicator WHERE cycle_id = 0");
        }
    }

    private static void complex(Connection c, long id, String zh, String en, String county, String level)
            throws SQLException {
        exec(
                c,
                "INSERT INTO reg_complex (id, name_zh, name_en, county_code, city_code, level, list_status, demo, "
                        + "active, version) VALUES (?, ?, ?, ?, '331100', ?, 'CREATION', FALSE, TRUE, 0)",
                id,
                zh,
                en,
                county,
                level);
    }

    private static void report(Connection c, long id, long cycle, int year, long complex, String county, String status)
            throws SQLException {
        exec(
                c,
                "INSERT INTO sub_report (id, cycle_id, report_year, complex_id, county_code, city_code, status, "
                        + "submission_no, updated_at, version) VALUES (?, ?, ?, ?, ?, '331100', ?, 1, ?, 0)",
                id,
                cycle,
                year,
                complex,
                county,
                status,
                Timestamp.valueOf(NOW));
    }

    private static void value(Connection c, long report, String code, BigDecimal v) throws SQLException {
        exec(
                c,
                "INSERT INTO sub_report_value (report_id, indicator_code, num_value) VALUES (?, ?, ?)",
                report,
                code,
                v);
    }

    private static void appraisal(
            Connection c,
            long id,
            long report,
            long complex,
            String county,
            int year,
            long cycle,
            String grade,
            BigDecimal score,
            boolean published)
            throws SQLException {
        exec(
                c,
                "INSERT INTO apr_appraisal (id, report_id, complex_id, county_code, city_code, appraisal_year, status, "
                        + "score, grade, published_at, version, cycle_id) VALUES (?, ?, ?, ?, '331100', ?, ?, ?, ?, ?, 0, ?)",
                id,
                report,
                complex,
                county,
                year,
                grade == null ? "RUNNING" : published ? "PUBLISHED" : "DECIDED",
                score,
                grade,
                published ? Timestamp.valueOf(NOW.minusDays(10)) : null,
                cycle);
    }

    private static void workItem(
            Connection c,
            String task,
            long appraisal,
            long report,
            long complex,
            String county,
            int year,
            String step,
            String name,
            LocalDateTime due)
            throws SQLException {
        exec(
                c,
                "INSERT INTO apr_work_item (task_id, appraisal_id, report_id, complex_id, complex_name_zh, "
                        + "complex_name_en, county_code, city_code, cycle_id, appraisal_year, process_instance_id, step_key, "
                        + "step_name, audience, created_at, due_at, status, version) VALUES (?, ?, ?, ?, 'x', 'x', ?, "
                        + "'331100', 100, ?, 'pi', ?, ?, 'municipal:331100', ?, ?, 'OPEN', 0)",
                task,
                appraisal,
                report,
                complex,
                county,
                year,
                step,
                name,
                Timestamp.valueOf(NOW.minusDays(20)),
                Timestamp.valueOf(due));
    }

    public static void exec(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }
}
