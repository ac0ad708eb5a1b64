package org.innocomplex.web.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import org.innocomplex.access.api.SessionCheck;
import org.innocomplex.access.api.SessionEnd;
import org.innocomplex.access.api.SessionRegistry;
import org.innocomplex.web.support.ClientAddresses;

/**
 * The bridge between an HTTP session and its row in the {@link SessionRegistry}: the registry's key is an attribute of
 * the HTTP session (a string, so it replicates with it). {@link #started} after a successful login, {@link #ended} at
 * logout; {@link SessionCheckFilter} checks the key on every request.
 */
@ApplicationScoped
public class SessionKeys {
    /** the HTTP session's attribute holding the registry's key */
    public static final String ATTRIBUTE = "innocomplex.session.key";

    /**
     * The name of the caller who logged in with this HTTP session (both factors passed). The authentication mechanism
     * gives the container this caller and their role's group on every request from it, instead of Soteria's
     * AutoApplySession, which under load sometimes re-establishes the caller without their groups (payara/Payara#6145:
     * a logged-in official answered 403 on a page of their role).
     */
    public static final String CALLER = "innocomplex.session.caller";
    /** the request's attribute holding what {@link SessionCheckFilter} found ({@link SessionCheck}) */
    public static final String CHECK = "innocomplex.session.check";
    /** what the HTTP session may outlive the idle time by before its node forgets it (the registry ends it first) */
    static final int SLACK_SECONDS = 5 * 60;

    @Inject
    SessionRegistry sessions;

    @Inject
    ClientAddresses addresses;

    /**
     * Starts the registry's session of the caller who has just logged in (under {@code end-older} this ends their
     * other sessions) and keeps its key in the HTTP session, whose own idle limit follows the registry's.
     *
     * @param username the name logged in, when the request does not carry the caller's principal yet
     */
    public void started(HttpServletRequest request, String username) {
        Principal p = request.getUserPrincipal();
        String key = sessions.start(
                p == null ? username : p.getName(), addresses.of(request), request.getHeader("User-Agent"));
        HttpSession session = request.getSession(true);
        session.setAttribute(ATTRIBUTE, key);
        session.setAttribute(CALLER, p == null ? username : p.getName());
        session.setMaxInactiveInterval(
                (int) Math.min(Integer.MAX_VALUE, sessions.policy().idle().toSeconds() + SLACK_SECONDS));
    }

    /** ends the registry's session of this HTTP session (a logout); nothing when it has none */
    public void ended(HttpServletRequest request) {
        String key = key(request);
        if (key != null) {
            sessions.end(key, SessionEnd.LOGOUT);
        }
    }

    /** the registry's key of the request's HTTP session, or null */
    public static String key(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        try {
            return (String) session.getAttribute(ATTRIBUTE);
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }
}
