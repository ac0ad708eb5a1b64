package org.innocomplex.access.api;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/**
 * A login form's credential: the name and password with the address they came from, which the identity store
 * throttles failures by, and, once the store has seen it, how the attempt ended ({@link #outcome()}), which the login
 * page turns into its message. A plain {@link UsernamePasswordCredential} is throttled under the address
 * {@code unknown}.
 */
public class PasswordLoginCredential extends UsernamePasswordCredential {
    private final String address;
    private volatile LoginOutcome outcome;
    private volatile RuntimeException failure;
    private volatile String pendingTicket;

    public PasswordLoginCredential(String username, String password, String address) {
        super(username, password);
        this.address = address;
    }

    public String address() {
        return address;
    }

    /** @return how the attempt ended, or null when no identity store has seen it */
    public LoginOutcome outcome() {
        return outcome;
    }

    public void outcome(LoginOutcome outcome) {
        this.outcome = outcome;
    }

    /**
     * @return after {@link LoginOutcome.Kind#SECOND_FACTOR}: the one-time ticket that proves the password to the
     *         second step ({@link SecondFactorCredential}), valid for a few minutes; else null
     */
    public String pendingTicket() {
        return pendingTicket;
    }

    public void pendingTicket(String ticket) {
        this.pendingTicket = ticket;
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
