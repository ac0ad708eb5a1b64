package org.innocomplex.access.api;

/**
 * What a user who proved their password must do before anything else in this session: the only pages they reach
 * until it is done are the ones that do it.
 */
public enum Obligation {
    /** someone else set the password (a new account, a reset): the owner chooses their own */
    CHANGE_PASSWORD,
    /** the password is older than the policy allows */
    PASSWORD_EXPIRED,
    /** the role requires a second factor and the user has none yet */
    ENROL_SECOND_FACTOR
}
