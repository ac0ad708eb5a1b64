package org.innocomplex.access.api;

import java.util.List;

/**
 * The login sessions of the web pages, kept in the database ({@code acc_session}) so that every node sees the same
 * state: a session started on one node and ended on another (by a newer login, by its user, by a security
 * administrator) is ended on all. A session is named by a random key that the HTTP session holds; the key is not the
 * servlet session id. The API's bearer tokens are not sessions.
 *
 * <p>Starts and ends are recorded in the {@link AuditTrail} (object type {@code user}, the session named by its
 * {@link SessionInfo#ref() ref}): {@code SESSION_STARTED}, {@code SESSION_REPLACED}, {@code SESSION_IDLE},
 * {@code SESSION_ENDED} with the reason.
 */
public interface SessionRegistry {

    /**
     * A new session of the user who just logged in; under {@link SessionPolicy.Concurrent#END_OLDER} it ends the
     * account's other active sessions ({@link SessionEnd#REPLACED}). Two logins of one account on two nodes at once
     * are serialised on the account's row, so that one of them ends the other.
     *
     * @param address   the client's address, for the list and the audit
     * @param userAgent the browser's {@code User-Agent}, cut to 255 characters, control characters removed
     * @return the session's key, to be kept in the HTTP session and never shown
     * @throws NotAuthorizedException for an unknown or deactivated user
     */
    String start(String username, String address, String userAgent);

    /**
     * Whether the session is still active, by one read of its row: it ends here when its idle time or lifetime has
     * passed. {@code activity} counts the request as the user's activity, written at most once a minute.
     */
    SessionCheck check(String key, boolean activity);

    /** Ends the session (a logout, or any other reason); nothing when it has ended already. */
    void end(String key, SessionEnd reason);

    /** The user's active sessions, newest first. */
    List<SessionInfo> listFor(Actor user);

    /**
     * Ends one of the user's own sessions ({@link SessionEnd#ENDED_BY_USER}).
     *
     * @throws DomainException {@code access.sessions.error.unknown} unless it is an active session of theirs
     */
    void endFor(Actor user, String ref);

    /** Ends the user's active sessions but {@code exceptKey} (their current one): "log out everywhere else". */
    int endAllFor(Actor user, String exceptKey);

    /**
     * A security administrator ends every active session of another account ({@link SessionEnd#ENDED_BY_SECURITY_ADMIN}).
     *
     * @throws NotAuthorizedException unless {@code admin} is a {@link Role#SECURITY_ADMIN}
     */
    int endAllOf(Actor admin, String username);

    /** the rules in force */
    SessionPolicy policy();

    /** {@link SessionInfo#ref()} of a key */
    static String ref(String key) {
        return key == null ? "-" : key.substring(0, Math.min(8, key.length()));
    }
}
