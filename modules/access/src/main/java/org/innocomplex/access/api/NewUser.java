package org.innocomplex.access.api;

/** What it takes to create a user; the password is hashed and never stored as given. */
public record NewUser(String username, String displayName, char[] password, Role role, String scopeCode, Long complexId)
        implements java.io.Serializable {}
