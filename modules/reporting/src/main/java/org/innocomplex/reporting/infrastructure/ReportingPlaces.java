package org.innocomplex.reporting.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.innocomplex.registry.api.ActorScope;
import org.innocomplex.registry.api.CityData;
import org.innocomplex.registry.api.CountyData;

/** The registry's places as the reporting module reads them, from its own views {@code rpt_city} and {@code rpt_county}. */
final class ReportingPlaces implements ActorScope.Places {
    private final DataSource dataSource;

    ReportingPlaces(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<CityData> cities() {
        List<CityData> cities = new ArrayList<>();
        query(
                "SELECT code, name_zh, name_en FROM rpt_city ORDER BY code",
                null,
                rs -> cities.add(new CityData(rs.getString(1), rs.getString(2), rs.getString(3))));
        return cities;
    }

    @Override
    public List<CountyData> counties(String cityCode) {
        List<CountyData> counties = new ArrayList<>();
        query(
                "SELECT code, name_zh, name_en, city_code FROM rpt_county WHERE city_code = ? ORDER BY sort_order",
                cityCode,
                rs -> counties.add(county(rs)));
        return counties;
    }

    @Override
    public Optional<CountyData> county(String code) {
        List<CountyData> found = new ArrayList<>();
        query(
                "SELECT code, name_zh, name_en, city_code FROM rpt_county WHERE code = ?",
                code,
                rs -> found.add(county(rs)));
        return found.stream().findFirst();
    }

    private static CountyData county(ResultSet rs) throws SQLException {
        return new CountyData(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, String arg, Row row) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            if (arg != null) {
                ps.setString(1, arg);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
