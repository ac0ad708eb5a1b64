package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The test helper itself: a cluster of its own that stops, starts again on its data, dumps and restores. */
@EnabledIfSystemProperty(named = "it.postgres", matches = "true")
class PrivatePostgresIT {
    @Test
    void startsStopsKeepsItsDataAndRoundTripsADump() throws Exception {
        Path dir;
        try (PrivatePostgres pg = PrivatePostgres.create("helper-check")) {
            dir = pg.socketDir().getParent();
            pg.start();
            pg.createDatabase("source");
            try (Connection c = pg.connect("source")) {
                c.createStatement().execute("create table t (id int primary key, v text)");
                c.createStatement().execute("insert into t values (1, '一'), (2, 'two')");
            }
            pg.stop();
            assertThat(pg.running()).isFalse();
            assertThatThrownBy(() -> pg.connect("source").close()).isInstanceOf(SQLException.class);
            pg.start();
            assertThat(count(pg, "source")).isEqualTo(2);

            Path dump = dir.resolve("source.dump");
            pg.dump("source", dump);
            pg.createDatabase("copy");
            pg.restore(dump, "copy");
            assertThat(count(pg, "copy")).isEqualTo(2);
            pg.stopImmediately();
            pg.start();
            assertThat(count(pg, "copy")).isEqualTo(2);
        }
        assertThat(Files.exists(dir)).as("the cluster's directory after close").isFalse();
    }

    private static long count(PrivatePostgres pg, String db) throws SQLException {
        try (Connection c = pg.connect(db);
                ResultSet rs = c.createStatement().executeQuery("select count(*) from t")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
