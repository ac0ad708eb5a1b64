package org.innocomplex.access.api;

import jakarta.security.enterprise.credential.Credential;

/**
 * A login's second step: the code (or a recovery code) of a user whose password was right moments ago on the same
 * login, proved by the one-time ticket the password step gave ({@link PasswordLoginCredential#pendingTicket()}). The
 * identity store checks the ticket, counts a wrong code as a login failure (with the same delays and locks), and only
 * then authenticates the user. Like {@link PasswordLoginCredential} it carries the outcome back to the login page.
 */
public class SecondFactorCredential implements Credential {
    private final String username;
    private final String ticket;
    private final String code;
    private final String address;
    private volatile LoginOutcome outcome;
    private volatile RuntimeException failure;

    public SecondFactorCredential(String username, String ticket, String code, String address) {
        this.username = username;
        this.ticket = ticket;
        this.code = code;
        this.address = address;
    }

    public String username() {
        return username;
    }

    public String ticket() {
        return ticket;
    }

    public String code() {
        return code;
    }

    public String address() {
        return address;
    }

    public LoginOutcome outcome() {
        return outcome;
    }

    public void outcome(LoginOutcome outcome) {
        this.outcome = outcome;
    }

    @Override
    public String toString() {
        return "SecondFactorCredential[" + username + "]";
    }

    /**
     * @return what made the identity store fail (the database unreachable, say), or null: Jakarta Security turns such
     *         a failure into a plain "not authenticated", and the login page must not call it a wrong password
     */
    public RuntimeException failure() {
        return failure;
    }

    public void failure(RuntimeException failure) {
        this.failure = failure;
    }
}
