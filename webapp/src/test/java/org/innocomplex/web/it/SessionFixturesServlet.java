package org.innocomplex.web.it;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.access.api.Role;
import org.innocomplex.access.api.SessionPolicy;
import org.innocomplex.access.api.SessionRegistry;
import org.innocomplex.web.access.SessionKeys;

/**
 * Test archive only, for the session tests:
 * <ul>
 *   <li>{@code POST /it-fixtures/sessions/idle-in?user=&seconds=}: moves the last activity of the user's open sessions
 *       into the past so that their idle time ends that many seconds from now (negative: it has passed), as the clock
 *       would; the product's rules decide what that means;</li>
 *   <li>{@code POST /it-fixtures/sessions/lifetime-in?user=&seconds=}: moves the absolute end of the user's open
 *       sessions to that many seconds from now;</li>
 *   <li>{@code GET /it-fixtures/sessions/max-inactive}: the caller's HTTP session's own idle limit, in seconds;</li>
 *   <li>{@code GET /it-fixtures/sessions/rows?user=}: the user's sessions, newest first, one per line as
 *       {@code ref|end_reason|last_seen_at};</li>
 *   <li>{@code POST /it-fixtures/sessions/start-at-once?user=&n=}: starts n sessions of the user through the registry
 *       from n threads at once, as n nodes' logins would; answers how many started;</li>
 *   <li>{@code POST /it-fixtures/sessions/concurrent?value=allow|end-older|reset}: the concurrent-login rule for one
 *       test ({@link OverridableSessionPolicy});</li>
 *   <li>{@code POST /it-fixtures/sessions/end-all?user=&role=}: {@link SessionRegistry#endAllOf} by an actor of that
 *       role; answers the count, or {@code refused};</li>
 *   <li>{@code GET /it-fixtures/sessions/check-cost?n=}: the median time in microseconds of {@code n} checks of the
 *       caller's own session, measured in the server.</li>
 * </ul>
 */
@WebServlet("/it-fixtures/sessions/*")
public class SessionFixturesServlet extends HttpServlet {

    @Inject
    SessionRegistry sessions;

    @Inject
    OverridableSessionPolicy policy;

    @Resource(lookup = "java:app/jdbc/innocomplex")
    DataSource dataSource;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/plain");
        resp.setCharacterEncoding("UTF-8");
        PrintWriter out = resp.getWriter();
        switch (String.valueOf(req.getPathInfo())) {
            case "/rows" -> {
                try (Connection c = dataSource.getConnection();
                        PreparedStatement q = c.prepareStatement("SELECT id, end_reason, last_seen_at FROM acc_session"
                                + " WHERE username = ? ORDER BY started_at DESC, id")) {
                    q.setString(1, req.getParameter("user"));
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) {
                            out.println(SessionRegistry.ref(rs.getString(1)) + "|" + rs.getString(2) + "|"
                                    + rs.getTimestamp(3).toLocalDateTime());
                        }
                    }
                } catch (SQLException e) {
                    throw new IOException(e);
                }
            }
            case "/max-inactive" -> out.print(req.getSession().getMaxInactiveInterval());
            case "/check-cost" -> {
                String key = SessionKeys.key(req);
                int n = Integer.parseInt(req.getParameter("n"));
                long[] t = new long[n];
                for (int i = 0; i < n; i++) {
                    long t0 = System.nanoTime();
                    if (!sessions.check(key, true).active()) {
                        throw new IllegalStateException("the caller's session is not active");
                    }
                    t[i] = System.nanoTime() - t0;
                }
                Arrays.sort(t);
                out.print(t[n / 2] / 1000);
            }
            default -> resp.sendError(404);
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/plain");
        PrintWriter out = resp.getWriter();
        switch (String.valueOf(req.getPathInfo())) {
            case "/idle-in" -> {
                LocalDateTime lastSeen = LocalDateTime.now(ZoneOffset.UTC)
                        .minus(sessions.policy().idle())
                        .plusSeconds(Long.parseLong(req.getParameter("seconds")));
                try (Connection c = dataSource.getConnection();
                        PreparedStatement u = c.prepareStatement("UPDATE acc_session SET last_seen_at = ?"
                                + " WHERE username = ? AND ended_at IS NULL")) {
                    u.setTimestamp(1, Timestamp.valueOf(lastSeen));
                    u.setString(2, req.getParameter("user"));
                    out.print(u.executeUpdate());
                } catch (SQLException e) {
                    throw new IOException(e);
                }
            }
            case "/lifetime-in" -> {
                LocalDateTime expires =
                        LocalDateTime.now(ZoneOffset.UTC).plusSeconds(Long.parseLong(req.getParameter("seconds")));
                try (Connection c = dataSource.getConnection();
                        PreparedStatement u = c.prepareStatement(
                                "UPDATE acc_session SET expires_at = ?" + " WHERE username = ? AND ended_at IS NULL")) {
                    u.setTimestamp(1, Timestamp.valueOf(expires));
                    u.setString(2, req.getParameter("user"));
                    out.print(u.executeUpdate());
                } catch (SQLException e) {
                    throw new IOException(e);
                }
            }
            case "/start-at-once" -> {
                int n = Integer.parseInt(req.getParameter("n"));
                String user = req.getParameter("user");
                CountDownLatch go = new CountDownLatch(1);
                List<Future<String>> started = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    String address = "198.51.100." + (100 + i);
                    started.add(executor.submit(() -> {
                        go.await();
                        return sessions.start(user, address, "IT at once");
                    }));
                }
                go.countDown();
                int ok = 0;
                for (Future<String> f : started) {
                    try {
                        if (f.get() != null) {
                            ok++;
                        }
                    } catch (InterruptedException | ExecutionException e) {
                        throw new IOException(e);
                    }
                }
                out.print(ok);
            }
            case "/concurrent" -> {
                String v = req.getParameter("value");
                policy.concurrent("reset".equals(v) ? null : SessionPolicy.Concurrent.parse(v));
                out.print(sessions.policy().concurrent());
            }
            case "/end-all" -> {
                Actor actor = new Actor(
                        "it-" + req.getParameter("role").toLowerCase(java.util.Locale.ROOT),
                        "IT",
                        Role.valueOf(req.getParameter("role")),
                        null,
                        null);
                try {
                    out.print(sessions.endAllOf(actor, req.getParameter("user")));
                } catch (NotAuthorizedException e) {
                    out.print("refused");
                }
            }
            default -> resp.sendError(404);
        }
    }
}
