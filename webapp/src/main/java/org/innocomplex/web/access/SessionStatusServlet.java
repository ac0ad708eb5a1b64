package org.innocomplex.web.access;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import org.innocomplex.access.api.SessionCheck;
import org.innocomplex.access.api.SessionRegistry;

/**
 * {@code /account/session}, for the pages' session timer ({@code resources/js/session-timer.js}): {@code GET} tells
 * how long the session has left without counting as activity; {@code POST} ("stay logged in") counts as activity
 * and tells the same. {@link SessionCheckFilter} has checked the session before (an ended one is redirected to the
 * login page, which the script follows). Answers {@code {"remaining": seconds, "extendable": bool, "warn": seconds}}.
 */
@WebServlet(SessionStatusServlet.PATH)
public class SessionStatusServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String PATH = "/account/session";

    @Inject
    SessionRegistry sessions;

    /** whether the request only asks (the timer's GET), which is no activity of the user */
    static boolean isPeek(HttpServletRequest request) {
        return "GET".equals(request.getMethod())
                && PATH.equals(request.getRequestURI()
                        .substring(request.getContextPath().length()));
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        answer(req, resp);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        answer(req, resp);
    }

    private void answer(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        SessionCheck c = (SessionCheck) req.getAttribute(SessionKeys.CHECK);
        if (c == null) {
            c = sessions.check(SessionKeys.key(req), false);
        }
        if (!c.active()) {
            resp.sendError(401);
            return;
        }
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.getWriter()
                .write("{\"remaining\":" + c.remaining(Instant.now()).toSeconds() + ",\"extendable\":" + c.extendable()
                        + ",\"warn\":" + sessions.policy().warn().toSeconds() + "}");
    }
}
