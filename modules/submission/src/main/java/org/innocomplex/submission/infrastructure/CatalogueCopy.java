package org.innocomplex.submission.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Copies one cycle's catalogue to another, row for row in the database, as the schema describes it rather than as
 * a list kept by hand: a table of this module whose primary key holds {@code cycle_id} is part of a cycle's
 * catalogue (a report has an id of its own), and every column of it but {@code cycle_id} and generated ones is
 * copied. A column or a catalogue table that a later migration adds comes along with no change here.
 */
@ApplicationScoped
public class CatalogueCopy {
    static final String PREFIX = "sub_";
    static final String CYCLE_COLUMN = "cycle_id";

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:app/jdbc/innocomplex")
    DataSource db;

    /** @return the catalogue tables copied */
    public List<String> copy(Long from, Long to) {
        List<Statement> statements = statements();
        for (Statement s : statements) {
            em.createNativeQuery(s.sql())
                    .setParameter(1, to)
                    .setParameter(2, from)
                    .executeUpdate();
        }
        return statements.stream().map(Statement::table).toList();
    }

    record Statement(String table, String sql) {}

    /** one INSERT … SELECT per catalogue table; read each time, since a cycle is created a few times a year */
    private List<Statement> statements() {
        try (Connection c = db.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), "%", null)) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME");
                    if (table.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
                        tables.add(table);
                    }
                }
            }
            List<Statement> statements = new ArrayList<>();
            for (String table : tables) {
                Optional<String> cycle = cycleKey(c, meta, table);
                if (cycle.isPresent()) {
                    statements.add(statement(c, meta, table, cycle.get()));
                }
            }
            return statements;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the catalogue tables' columns", e);
        }
    }

    /** the table's {@code cycle_id} as the database spells it, when it is part of the table's primary key */
    private static Optional<String> cycleKey(Connection c, DatabaseMetaData meta, String table) throws SQLException {
        try (ResultSet rs = meta.getPrimaryKeys(c.getCatalog(), c.getSchema(), table)) {
            while (rs.next()) {
                String column = rs.getString("COLUMN_NAME");
                if (column.equalsIgnoreCase(CYCLE_COLUMN)) {
                    return Optional.of(column);
                }
            }
        }
        return Optional.empty();
    }

    private static Statement statement(Connection c, DatabaseMetaData meta, String table, String cycle)
            throws SQLException {
        // quoted as the database spells them, so that no column name can be read as a keyword
        String q = meta.getIdentifierQuoteString().strip();
        List<String> copied = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(c.getCatalog(), c.getSchema(), table, "%")) {
            while (rs.next()) {
                String column = rs.getString("COLUMN_NAME");
                boolean generated = "YES".equals(rs.getString("IS_AUTOINCREMENT"))
                        || "YES".equals(rs.getString("IS_GENERATEDCOLUMN"));
                // the name is a pattern: its underscores match any character
                if (rs.getString("TABLE_NAME").equals(table) && !column.equals(cycle) && !generated) {
                    copied.add(q + column + q);
                }
            }
        }
        String into = Stream.concat(Stream.of(q + cycle + q), copied.stream()).collect(Collectors.joining(", "));
        String select = Stream.concat(Stream.of("?1"), copied.stream()).collect(Collectors.joining(", "));
        String t = q + table + q;
        return new Statement(
                table.toLowerCase(Locale.ROOT),
                "INSERT INTO " + t + " (" + into + ") SELECT " + select + " FROM " + t + " WHERE " + q + cycle + q
                        + " = ?2");
    }
}
