package org.innocomplex.access.api;

import java.time.Instant;

/** A user as user administration lists them; never carries the password hash. */
public record UserSummary(
        String username,
        String displayName,
        Role role,
        String scopeCode,
        Long complexId,
        boolean active,
        Instant createdAt)
        implements java.io.Serializable {}
