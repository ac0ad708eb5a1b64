package org.innocomplex.web.access;

import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.innocomplex.access.api.SessionCheck;
import org.innocomplex.access.api.SessionEnd;
import org.innocomplex.access.api.SessionRegistry;

/**
 * Every request of a logged-in HTTP session asks the {@link SessionRegistry} whether its session is still active
 * (one read of its row; web.xml maps it after the security headers). A session ended anywhere (idle, lifetime, a newer
 * login, its user, a security administrator, on any node) is ended here too: the HTTP session is invalidated, the
 * caller logged out, and the browser sent to the login page, which says why ({@code ?ended=REASON}); a JSF AJAX
 * request gets the same as a partial-response redirect, since the browser would not follow a 302 of it.
 *
 * <p>Not checked: the API (bearer tokens, no session), the login page itself (the next login replaces the key), static
 * resources, health; and a request without a session or principal. A logged-in HTTP session without a key (its login
 * passed another way) is given one here.
 */
public class SessionCheckFilter implements Filter {

    @Inject
    SessionRegistry sessions;

    @Inject
    SessionKeys keys;

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        HttpSession session = request.getSession(false);
        if (session == null || request.getUserPrincipal() == null || unchecked(request)) {
            chain.doFilter(req, res);
            return;
        }
        String key = SessionKeys.key(request);
        if (key == null) {
            keys.started(request, request.getUserPrincipal().getName());
            chain.doFilter(req, res);
            return;
        }
        SessionCheck check = sessions.check(key, !SessionStatusServlet.isPeek(request));
        if (check.active()) {
            request.setAttribute(SessionKeys.CHECK, check);
            chain.doFilter(req, res);
            return;
        }
        leave(request, response, check.reason());
    }

    static boolean unchecked(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/")
                || path.equals("/login.xhtml")
                || path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/resources/")
                || path.startsWith("/health")
                || path.startsWith("/openapi")
                || path.startsWith("/metrics");
    }

    private static void leave(HttpServletRequest request, HttpServletResponse response, SessionEnd reason)
            throws IOException, ServletException {
        try {
            request.logout();
        } catch (IllegalStateException already) {
            // another request of the session (they may run at once) ended it first
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException already) {
                // another request of the session invalidated it
            }
        }
        String target = request.getContextPath() + "/login.xhtml?ended=" + (reason == null ? "OTHER" : reason.name());
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setStatus(200);
            response.setContentType("text/xml");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter()
                    .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                            + target.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;")
                            + "\"/></partial-response>");
        } else {
            response.sendRedirect(target);
        }
    }
}
