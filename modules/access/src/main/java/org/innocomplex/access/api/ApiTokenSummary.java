package org.innocomplex.access.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * A personal API token as its owner's list shows it: never the token, only its first characters ({@code hint}).
 * {@code lastUsedAt} is exact to about a minute (a token's use is recorded at most once a minute), null when it was
 * never used.
 */
public record ApiTokenSummary(
        long id, String name, String hint, Instant createdAt, Instant expiresAt, Instant lastUsedAt, boolean expired)
        implements Serializable {}
