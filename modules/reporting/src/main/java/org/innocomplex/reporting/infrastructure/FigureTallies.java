package org.innocomplex.reporting.infrastructure;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.innocomplex.submission.api.ReportStatus;

/**
 * The running tallies behind the dashboard ({@code rpt_tally}, {@code rpt_counted}): a report counts while it is
 * SUBMITTED or ACCEPTED, under its year, city, county, complex level, status and cycle; it adds one report, each of
 * its numeric values, its grade once decided and again once published. Its values cannot change while it counts
 * (only a draft or a returned report is edited), so taking a contribution back reads the same values that were
 * added.
 *
 * <p>Works on the caller's connection: in the container that is the transaction of the change itself, so a tally
 * never commits without the change or the change without it.
 */
public final class FigureTallies {

    /** the statuses in which a report counts, as an SQL list */
    static final String COUNTED = "('" + ReportStatus.SUBMITTED.name() + "', '" + ReportStatus.ACCEPTED.name() + "')";

    private static final String KEY_COLUMNS =
            "report_year, city_code, county_code, complex_level, report_status, cycle_id, kind, code";

    private FigureTallies() {}

    /** where a report counts, or null while it does not */
    record Standing(
            long complexId,
            int year,
            String city,
            String county,
            String level,
            String status,
            long cycle,
            String grade,
            boolean published) {}

    /** one row of a tally, before its sum */
    record Key(
            int year, String city, String county, String level, String status, long cycle, TallyKind kind, String code)
            implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            return toString().compareTo(o.toString());
        }
    }

    /**
     * Brings the report's contribution in line with what it is now. Idempotent: a report whose standing did not
     * change writes nothing. The keys are written in one order, so two changes at once wait for each other rather
     * than deadlock.
     *
     * @return whether any tally moved
     */
    public static boolean refresh(Connection c, long reportId) throws SQLException {
        Standing now = standingNow(c, reportId);
        Standing before = standingCounted(c, reportId);
        if (Objects.equals(now, before)) {
            return false;
        }
        Map<String, BigDecimal> values = now == null && before == null ? Map.of() : values(c, reportId);
        Map<Key, TallySum> delta = new TreeMap<>();
        contribute(delta, before, values, -1);
        contribute(delta, now, values, 1);
        for (var e : delta.entrySet()) {
            if (!e.getValue().isZero()) {
                add(c, e.getKey(), e.getValue().total(), e.getValue().n());
            }
        }
        if (before != null) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM rpt_counted WHERE report_id = ?")) {
                ps.setLong(1, reportId);
                ps.executeUpdate();
            }
        }
        if (now != null) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO rpt_counted (report_id, complex_id, "
                    + "report_year, city_code, county_code, complex_level, report_status, cycle_id, grade, published) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, reportId);
                ps.setLong(2, now.complexId());
                ps.setInt(3, now.year());
                ps.setString(4, now.city());
                ps.setString(5, now.county());
                ps.setString(6, now.level());
                ps.setString(7, now.status());
                ps.setLong(8, now.cycle());
                ps.setString(9, now.grade());
                ps.setBoolean(10, now.published());
                ps.executeUpdate();
            }
        }
        return true;
    }

    private static void contribute(Map<Key, TallySum> delta, Standing s, Map<String, BigDecimal> values, int sign) {
        if (s == null) {
            return;
        }
        move(delta, key(s, TallyKind.REPORTS, TallyKind.ONE_REPORT), BigDecimal.ZERO, sign);
        values.forEach((code, v) -> move(delta, key(s, TallyKind.VALUES, code), sign < 0 ? v.negate() : v, sign));
        if (s.grade() != null) {
            move(delta, key(s, TallyKind.GRADES, s.grade()), BigDecimal.ZERO, sign);
            if (s.published()) {
                move(delta, key(s, TallyKind.PUBLISHED_GRADES, s.grade()), BigDecimal.ZERO, sign);
            }
        }
    }

    private static Key key(Standing s, TallyKind kind, String code) {
        return new Key(s.year(), s.city(), s.county(), s.level(), s.status(), s.cycle(), kind, code);
    }

    private static void move(Map<Key, TallySum> delta, Key k, BigDecimal total, long n) {
        delta.merge(k, new TallySum(total, n), TallySum::plus);
    }

    /** adds to one row of the key (the oldest), or starts the key */
    private static void add(Connection c, Key k, BigDecimal total, long n) throws SQLException {
        String match = "report_year = ? AND city_code = ? AND county_code = ? AND complex_level = ? "
                + "AND report_status = ? AND cycle_id = ? AND kind = ? AND code = ?";
        try (PreparedStatement ps = c.prepareStatement("UPDATE rpt_tally SET total = total + ?, n = n + ? "
                + "WHERE id = (SELECT MIN(id) FROM rpt_tally WHERE " + match + ")")) {
            ps.setBigDecimal(1, total);
            ps.setLong(2, n);
            bindKey(ps, 3, k);
            if (ps.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO rpt_tally (" + KEY_COLUMNS + ", total, n) " + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = bindKey(ps, 1, k);
            ps.setBigDecimal(i++, total);
            ps.setLong(i, n);
            ps.executeUpdate();
        }
    }

    private static int bindKey(PreparedStatement ps, int from, Key k) throws SQLException {
        int i = from;
        ps.setInt(i++, k.year());
        ps.setString(i++, k.city());
        ps.setString(i++, k.county());
        ps.setString(i++, k.level());
        ps.setString(i++, k.status());
        ps.setLong(i++, k.cycle());
        ps.setString(i++, k.kind().code);
        ps.setString(i++, k.code());
        return i;
    }

    private static Standing standingNow(Connection c, long reportId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT complex_id, report_year, city_code, county_code, "
                + "complex_level, report_status, cycle_id, grade, published_at FROM rpt_report_fact "
                + "WHERE report_id = ? AND report_status IN " + COUNTED)) {
            ps.setLong(1, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? new Standing(
                                rs.getLong(1),
                                rs.getInt(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getLong(7),
                                rs.getString(8),
                                rs.getString(8) != null && rs.getTimestamp(9) != null)
                        : null;
            }
        }
    }

    private static Standing standingCounted(Connection c, long reportId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT complex_id, report_year, city_code, county_code, "
                + "complex_level, report_status, cycle_id, grade, published FROM rpt_counted WHERE report_id = ?")) {
            ps.setLong(1, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? new Standing(
                                rs.getLong(1),
                                rs.getInt(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getLong(7),
                                rs.getString(8),
                                rs.getBoolean(9))
                        : null;
            }
        }
    }

    private static Map<String, BigDecimal> values(Connection c, long reportId) throws SQLException {
        Map<String, BigDecimal> values = new TreeMap<>();
        try (PreparedStatement ps =
                c.prepareStatement("SELECT indicator_code, num_value FROM rpt_report_value WHERE report_id = ?")) {
            ps.setLong(1, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.put(rs.getString(1), rs.getBigDecimal(2));
                }
            }
        }
        return values;
    }

    /** the reports of a complex that count (its level changed) */
    public static List<Long> countedReportsOfComplex(Connection c, long complexId) throws SQLException {
        return ids(
                c,
                "SELECT report_id FROM rpt_counted WHERE complex_id = ? UNION "
                        + "SELECT report_id FROM rpt_report_fact WHERE complex_id = ? AND report_status IN " + COUNTED,
                complexId,
                complexId);
    }

    /** the reports of the appraisals a publication names, a chunk of ids per query */
    public static List<Long> reportsOfAppraisals(Connection c, Collection<Long> appraisalIds) throws SQLException {
        List<Long> all = new ArrayList<>(appraisalIds);
        List<Long> ids = new ArrayList<>();
        for (int from = 0; from < all.size(); from += 500) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + 500));
            ids.addAll(ids(
                    c,
                    "SELECT report_id FROM rpt_appraisal WHERE appraisal_id IN ("
                            + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")",
                    chunk.toArray()));
        }
        return ids;
    }

    private static List<Long> ids(Connection c, String sql, Object... args) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    // --- all at once: the first fill, and the check

    /** what the tallies hold, with every key's rows summed; keys that sum to nothing are left out */
    private static final String TALLIED =
            "SELECT " + KEY_COLUMNS + ", SUM(total), SUM(n) FROM rpt_tally GROUP BY " + KEY_COLUMNS;

    /** the same, computed from the reports as they are */
    private static final String LIVE = "SELECT report_year, city_code, county_code, complex_level, report_status, "
            + "cycle_id, " + TallyKind.REPORTS.literal() + ", '" + TallyKind.ONE_REPORT + "', 0, COUNT(*) "
            + "FROM rpt_report_fact WHERE report_status IN " + COUNTED
            + " GROUP BY report_year, city_code, county_code, complex_level, report_status, cycle_id"
            + " UNION ALL SELECT f.report_year, f.city_code, f.county_code, f.complex_level, f.report_status, "
            + "f.cycle_id, " + TallyKind.VALUES.literal() + ", v.indicator_code, SUM(v.num_value), COUNT(*) "
            + "FROM rpt_report_fact f "
            + "JOIN rpt_report_value v ON v.report_id = f.report_id WHERE f.report_status IN " + COUNTED
            + " GROUP BY f.report_year, f.city_code, f.county_code, f.complex_level, f.report_status, f.cycle_id, "
            + "v.indicator_code"
            + " UNION ALL SELECT report_year, city_code, county_code, complex_level, report_status, cycle_id, "
            + TallyKind.GRADES.literal() + ", "
            + "grade, 0, COUNT(*) FROM rpt_report_fact WHERE report_status IN " + COUNTED + " AND grade IS NOT NULL"
            + " GROUP BY report_year, city_code, county_code, complex_level, report_status, cycle_id, grade"
            + " UNION ALL SELECT report_year, city_code, county_code, complex_level, report_status, cycle_id, "
            + TallyKind.PUBLISHED_GRADES.literal() + ", "
            + "grade, 0, COUNT(*) FROM rpt_report_fact WHERE report_status IN " + COUNTED + " AND grade IS NOT NULL"
            + " AND published_at IS NOT NULL"
            + " GROUP BY report_year, city_code, county_code, complex_level, report_status, cycle_id, grade";

    /**
     * Recounts everything from the reports: for a database that had reports before the tallies existed, and for
     * data written around the application (the benchmark's bulk fill). Not meant to run beside changes.
     */
    public static void rebuild(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM rpt_tally");
            s.executeUpdate("DELETE FROM rpt_counted");
            s.executeUpdate("INSERT INTO rpt_counted (report_id, complex_id, report_year, city_code, county_code, "
                    + "complex_level, report_status, cycle_id, grade, published) SELECT report_id, complex_id, "
                    + "report_year, city_code, county_code, complex_level, report_status, cycle_id, grade, "
                    + "CASE WHEN grade IS NOT NULL AND published_at IS NOT NULL THEN TRUE ELSE FALSE END "
                    + "FROM rpt_report_fact WHERE report_status IN " + COUNTED);
            s.executeUpdate("INSERT INTO rpt_tally (" + KEY_COLUMNS + ", total, n) " + LIVE);
        }
    }

    /** whether the tallies were never filled although reports count */
    public static boolean needsRebuild(Connection c) throws SQLException {
        // at every start-up: one row of each is enough to know, however many reports there are
        return !exists(c, "SELECT report_id FROM rpt_counted")
                && exists(c, "SELECT report_id FROM rpt_report WHERE report_status IN " + COUNTED);
    }

    private static boolean exists(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.setMaxRows(1);
            try (ResultSet rs = s.executeQuery(sql)) {
                return rs.next();
            }
        }
    }

    /**
     * Where the tallies and the reports disagree, one line per key ({@code key: tallied … live …}); empty when they
     * agree.
     */
    public static List<String> drift(Connection c) throws SQLException {
        Map<String, String> tallied = sums(c, TALLIED);
        Map<String, String> live = sums(c, LIVE);
        List<String> diff = new ArrayList<>();
        java.util.Set<String> keys = new java.util.TreeSet<>(tallied.keySet());
        keys.addAll(live.keySet());
        for (String k : keys) {
            String t = tallied.getOrDefault(k, "0/0");
            String l = live.getOrDefault(k, "0/0");
            if (!t.equals(l)) {
                diff.add(k + ": tallied " + t + ", live " + l);
            }
        }
        return diff;
    }

    private static Map<String, String> sums(Connection c, String sql) throws SQLException {
        Map<String, String> m = new TreeMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                BigDecimal total = rs.getBigDecimal(9);
                long n = rs.getLong(10);
                if (n == 0 && total.signum() == 0) {
                    continue;
                }
                String key = rs.getInt(1) + "/" + rs.getString(2) + "/" + rs.getString(3) + "/" + rs.getString(4) + "/"
                        + rs.getString(5) + "/" + rs.getLong(6) + "/" + rs.getString(7) + "/" + rs.getString(8);
                m.put(key, total.stripTrailingZeros().toPlainString() + "/" + n);
            }
        }
        return m;
    }
}
