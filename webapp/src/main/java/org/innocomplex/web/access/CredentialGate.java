package org.innocomplex.web.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.innocomplex.access.api.Obligation;

/**
 * Holds a login that still owes something ({@link Obligation}: a password someone else set or one that expired, a
 * second factor its role requires but it has none of) to the pages that settle it: until then every other page of the
 * session is redirected there (an AJAX request gets Faces' partial redirect). The login page, logout (a postback of
 * the page shown), static resources and the API (which no session opens) pass. The obligations are the session's,
 * set at the login ({@link LoginView}) and taken off by the page that settled each.
 */
public class CredentialGate extends HttpFilter {
    private static final long serialVersionUID = 1L;
    static final String ATTRIBUTE = "innocomplex.obligations";
    static final String PASSWORD_PAGE = "/account/password.xhtml";
    static final String SECOND_FACTOR_PAGE = "/account/second-factor.xhtml";
    private static final List<String> OPEN = List.of(
            PASSWORD_PAGE,
            SECOND_FACTOR_PAGE,
            "/login.xhtml",
            "/jakarta.faces.resource/",
            "/vendor/",
            "/api/",
            "/health",
            "/openapi");

    /** what a session owes, in the order it settles it */
    static final class Owed implements Serializable {
        private static final long serialVersionUID = 1L;
        final ArrayList<Obligation> left;

        Owed(Set<Obligation> o) {
            left = new ArrayList<>(o);
        }
    }

    static void hold(HttpSession session, Set<Obligation> obligations) {
        if (obligations.isEmpty()) {
            session.removeAttribute(ATTRIBUTE);
        } else {
            session.setAttribute(ATTRIBUTE, new Owed(obligations));
        }
    }

    /** what the session still owes; empty when nothing */
    static Set<Obligation> owed(HttpSession session) {
        Object o = session == null ? null : session.getAttribute(ATTRIBUTE);
        return o instanceof Owed owed && !owed.left.isEmpty()
                ? EnumSet.copyOf(owed.left)
                : EnumSet.noneOf(Obligation.class);
    }

    /** takes settled obligations off the session (set again, so that a replicated session learns it) */
    static void settled(HttpSession session, Obligation... done) {
        Set<Obligation> left = owed(session);
        for (Obligation d : done) {
            left.remove(d);
        }
        hold(session, left);
    }

    /** the page that settles the first of {@code owed}, or null */
    static String pageFor(Set<Obligation> owed) {
        if (owed.contains(Obligation.CHANGE_PASSWORD) || owed.contains(Obligation.PASSWORD_EXPIRED)) {
            return PASSWORD_PAGE;
        }
        return owed.contains(Obligation.ENROL_SECOND_FACTOR) ? SECOND_FACTOR_PAGE : null;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Set<Obligation> owed = owed(request.getSession(false));
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (owed.isEmpty() || OPEN.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response);
            return;
        }
        String target = request.getContextPath() + pageFor(owed);
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter()
                    .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"" + target
                            + "\"/></partial-response>");
            return;
        }
        response.sendRedirect(target);
    }
}
