package org.innocomplex.access.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.LoginOutcome;
import org.innocomplex.access.domain.LoginFailure;
import org.innocomplex.access.domain.PasswordHasher;
import org.innocomplex.access.domain.UserAccount;

/**
 * One password login, as the identity store asks for it: admitted or refused unchecked by the failure rows
 * ({@link LoginFailureStore}), then checked within this node's hashing slots ({@link HashGate}), then settled.
 *
 * <p>A name no user has costs what a real one costs: the same queries, and a PBKDF2 check against a dummy hash made
 * with the same parameters as the users' ({@link PasswordHasher#ITERATIONS}); a deactivated user's password is
 * checked too. So neither the answer nor its time tells which names exist.
 */
@ApplicationScoped
public class PasswordLogins {
    /** how often a node deletes the failure rows that no longer matter */
    static final Duration PURGE_EVERY = Duration.ofHours(1);

    @Inject
    LoginFailureStore failures;

    @Inject
    HashGate gate;

    @Inject
    DefaultUserService users;

    @Inject
    SecondFactors factors;

    private final PasswordHasher hasher = new PasswordHasher();
    private final AtomicLong nextPurge = new AtomicLong();
    private String dummyHash;

    /**
     * @param ticket after {@link LoginOutcome.Kind#SECOND_FACTOR}: what the second step brings back to prove this
     *               password step, else null
     */
    public record Attempt(LoginOutcome outcome, Optional<Actor> actor, String ticket) {
        Attempt(LoginOutcome outcome, Optional<Actor> actor) {
            this(outcome, actor, null);
        }
    }

    @PostConstruct
    void init() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        dummyHash = hasher.hash(Base64.getEncoder().encodeToString(random).toCharArray());
    }

    public Attempt attempt(String typedUsername, char[] password, String address) {
        String account = LoginFailure.accountKey(typedUsername);
        String from = LoginFailure.addressKey(address);
        purgeNowAndThen();
        LoginFailureStore.Claim claim = claim(account, from);
        if (!claim.admitted()) {
            return new Attempt(claim.refusal(), Optional.empty());
        }
        if (!gate.enter()) {
            failures.giveBack(account, from);
            return new Attempt(LoginOutcome.BUSY, Optional.empty());
        }
        UserAccount user;
        boolean right;
        try {
            user = users.account(account).orElse(null);
            boolean matches = hasher.verify(
                    password == null ? new char[0] : password, user == null ? dummyHash : user.passwordHash());
            right = matches && user != null && user.active();
        } finally {
            gate.release();
        }
        if (right && factors.enrolled(user.username())) {
            // the password is right, the login is not done: the code comes next, and a wrong one counts as a failure
            failures.hold(account, from, claim);
            return new Attempt(LoginOutcome.SECOND_FACTOR, Optional.empty(), factors.pend(user.username()));
        }
        LoginOutcome outcome = failures.settle(account, from, right);
        return new Attempt(outcome, right ? Optional.of(user.toActor()) : Optional.empty());
    }

    /**
     * A login's second step: throttled exactly as a password (a wrong code is a login failure of the name and the
     * address, with the same delays and locks), then the ticket of the password step and the code or recovery code.
     */
    public Attempt secondFactor(String username, String ticket, String code, String address) {
        String account = LoginFailure.accountKey(username);
        String from = LoginFailure.addressKey(address);
        LoginFailureStore.Claim claim = claim(account, from);
        if (!claim.admitted()) {
            return new Attempt(claim.refusal(), Optional.empty());
        }
        UserAccount user = users.account(account).filter(UserAccount::active).orElse(null);
        SecondFactors.Check check =
                user == null ? SecondFactors.Check.NO_FACTOR : factors.verify(account, ticket, code, from);
        if (check == SecondFactors.Check.TICKET_EXPIRED || check == SecondFactors.Check.NO_FACTOR) {
            failures.hold(account, from, claim);
            return new Attempt(LoginOutcome.TICKET_EXPIRED, Optional.empty());
        }
        boolean right = check == SecondFactors.Check.CODE || check == SecondFactors.Check.RECOVERY_CODE;
        LoginOutcome outcome = failures.settle(account, from, right);
        return new Attempt(outcome, right ? Optional.of(user.toActor()) : Optional.empty());
    }

    private LoginFailureStore.Claim claim(String account, String from) {
        LoginFailureStore.Claim claim = failures.claim(account, from);
        if (claim.missing()) {
            ensure(LoginFailure.Kind.ACCOUNT, account);
            ensure(LoginFailure.Kind.ADDRESS, from);
            claim = failures.claim(account, from);
            if (claim.missing()) {
                throw new IllegalStateException("the login failure rows could not be created");
            }
        }
        return claim;
    }

    private void ensure(LoginFailure.Kind kind, String subject) {
        try {
            failures.ensure(kind, subject);
        } catch (RuntimeException createdByAnotherRequest) {
            // the unique key refused a second row: another request created it first, which is all that was needed
        }
    }

    private void purgeNowAndThen() {
        long now = System.currentTimeMillis();
        long due = nextPurge.get();
        if (now >= due && nextPurge.compareAndSet(due, now + PURGE_EVERY.toMillis())) {
            failures.purge();
        }
    }
}
