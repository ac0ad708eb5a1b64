package org.innocomplex.access.api;

/** Why a login session ended ({@link SessionRegistry}); stored as the name in {@code acc_session.end_reason}. */
public enum SessionEnd {
    /** the user logged out */
    LOGOUT,
    /** no request for the idle time ({@code innocomplex.session.idle-minutes}) */
    IDLE,
    /** the absolute lifetime since the login passed ({@code innocomplex.session.max-hours}) */
    LIFETIME,
    /** a newer login of the same account ended it ({@code innocomplex.session.concurrent=end-older}) */
    REPLACED,
    /** the user ended it from another of their sessions (their sessions page) */
    ENDED_BY_USER,
    /** a security administrator ended it */
    ENDED_BY_SECURITY_ADMIN
}
