package org.innocomplex.access.api;

/**
 * What the user list is narrowed to; null means "any".
 *
 * @param text part of the username or display name, case-insensitive
 */
public record UserFilter(String text, Role role, Boolean active) implements java.io.Serializable {
    public static final UserFilter ALL = new UserFilter(null, null, null);
}
