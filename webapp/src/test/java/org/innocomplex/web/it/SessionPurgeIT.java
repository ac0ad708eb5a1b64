package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.innocomplex.access.api.NewUser;
import org.innocomplex.access.api.Role;
import org.innocomplex.access.api.SessionEnd;
import org.innocomplex.access.api.UserService;
import org.innocomplex.access.application.DefaultSessionRegistry;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Old session rows go: the table keeps what the pages need, the audit trail keeps the history. */
@ExtendWith(ArquillianExtension.class)
class SessionPurgeIT {
    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    DefaultSessionRegistry sessions;

    @Inject
    UserService users;

    @Resource(lookup = "java:app/jdbc/innocomplex")
    DataSource dataSource;

    @Test
    void sessionsEndedOrExpiredMoreThanAMonthAgoAreDeletedOthersStay() throws Exception {
        String name = "it-purge-" + Long.toString(System.nanoTime(), 36);
        users.create(
                Fixtures.security(), new NewUser(name, "IT", "Purge@Test-26".toCharArray(), Role.EXPERT, null, null));
        String endedLongAgo = sessions.start(name, "127.0.0.1", "IT");
        sessions.end(endedLongAgo, SessionEnd.LOGOUT);
        String expiredLongAgo = sessions.start(name, "127.0.0.1", "IT");
        String endedLately = sessions.start(name, "127.0.0.1", "IT");
        sessions.end(endedLately, SessionEnd.LOGOUT);
        String active = sessions.start(name, "127.0.0.1", "IT");
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        try (Connection c = dataSource.getConnection()) {
            set(c, "UPDATE acc_session SET ended_at = ? WHERE id = ?", now.minusDays(31), endedLongAgo);
            set(
                    c,
                    "UPDATE acc_session SET ended_at = NULL, end_reason = NULL, expires_at = ? WHERE id = ?",
                    now.minusDays(31),
                    expiredLongAgo);
            set(c, "UPDATE acc_session SET ended_at = ? WHERE id = ?", now.minusDays(29), endedLately);
        }

        assertThat(sessions.purge(now)).isGreaterThanOrEqualTo(2);

        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("SELECT id FROM acc_session WHERE username = ?")) {
            q.setString(1, name);
            java.util.Set<String> left = new java.util.HashSet<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    left.add(rs.getString(1));
                }
            }
            assertThat(left).containsExactlyInAnyOrder(endedLately, active);
        }
        assertThat(sessions.check(active, false).active()).isTrue();
    }

    private static void set(Connection c, String sql, LocalDateTime at, String id) throws Exception {
        try (PreparedStatement u = c.prepareStatement(sql)) {
            u.setTimestamp(1, Timestamp.valueOf(at));
            u.setString(2, id);
            assertThat(u.executeUpdate()).isEqualTo(1);
        }
    }
}
