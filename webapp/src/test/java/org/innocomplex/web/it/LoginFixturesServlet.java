package org.innocomplex.web.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import javax.sql.DataSource;
import org.innocomplex.access.api.NewUser;
import org.innocomplex.access.api.Role;
import org.innocomplex.access.api.UserService;

/**
 * Test archive only, for the login-failure tests:
 * <ul>
 *   <li>{@code POST /it-fixtures/login/user}: a fresh expert login with {@link #PASSWORD}, made by user
 *       administration as an administrator would; the body is its name;</li>
 *   <li>{@code POST /it-fixtures/login/deactivate?user=}: deactivates a user as user administration does;</li>
 *   <li>{@code POST /it-fixtures/login/age?subject=&minutes=}: lets that many minutes pass for a name's or an
 *       address's failure row ({@code acc_login_failure}): its last attempt and its lock move that far into the past,
 *       as the clock would move them, so that a lock's end is tested without waiting a quarter of an hour. The
 *       product's own rules then decide what the moved times mean.</li>
 * </ul>
 */
@WebServlet("/it-fixtures/login/*")
public class LoginFixturesServlet extends HttpServlet {
    static final String PASSWORD = "Login@Test-2026";

    @Inject
    UserService users;

    @Resource(lookup = "java:app/jdbc/innocomplex")
    DataSource dataSource;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/plain");
        switch (String.valueOf(req.getPathInfo())) {
            case "/user" -> {
                String name = "it-login-" + Long.toString(System.nanoTime(), 36);
                users.create(
                        Fixtures.security(),
                        new NewUser(name, "IT login " + name, PASSWORD.toCharArray(), Role.EXPERT, null, null));
                resp.getWriter().write(name);
            }
            case "/deactivate" -> {
                users.setActive(Fixtures.security(), req.getParameter("user"), false);
                resp.getWriter().write("ok");
            }
            case "/age" -> {
                long ms = Duration.ofMinutes(Long.parseLong(req.getParameter("minutes")))
                        .toMillis();
                try (Connection c = dataSource.getConnection();
                        PreparedStatement select = c.prepareStatement("SELECT id, last_attempt_at, locked_until FROM "
                                + "acc_login_failure WHERE subject = ?");
                        PreparedStatement update =
                                c.prepareStatement("UPDATE acc_login_failure SET last_attempt_at = ?, "
                                        + "locked_until = ? WHERE id = ?")) {
                    select.setString(1, req.getParameter("subject"));
                    int n = 0;
                    try (var rs = select.executeQuery()) {
                        while (rs.next()) {
                            Timestamp last = rs.getTimestamp(2);
                            Timestamp locked = rs.getTimestamp(3);
                            update.setTimestamp(1, new Timestamp(last.getTime() - ms));
                            update.setTimestamp(2, locked == null ? null : new Timestamp(locked.getTime() - ms));
                            update.setLong(3, rs.getLong(1));
                            n += update.executeUpdate();
                        }
                    }
                    resp.getWriter().write(String.valueOf(n));
                } catch (SQLException e) {
                    throw new IOException(e);
                }
            }
            default -> resp.sendError(404);
        }
    }
}
