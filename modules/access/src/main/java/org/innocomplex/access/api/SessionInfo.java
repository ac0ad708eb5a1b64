package org.innocomplex.access.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * An active session as its user's list shows it. {@code ref} is the first characters of the session's key: enough to
 * name it on the page and in the audit trail, not enough to be the key. {@code lastSeenAt} is exact to about a minute
 * (activity is written at most once a minute).
 */
public record SessionInfo(
        String ref, Instant startedAt, Instant lastSeenAt, Instant expiresAt, String address, String userAgent)
        implements Serializable {}
