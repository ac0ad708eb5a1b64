package org.innocomplex.access.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.innocomplex.access.api.LoginOutcome;
import org.innocomplex.access.api.PlainText;

/**
 * The failed logins of one login name or one source address ({@code acc_login_failure}), the rules on them pure so
 * that they are tested without a database. An attempt is {@link #claim claimed} (counted as a failure) before its
 * password is checked and {@link #succeeded given back} when it proves right, so that parallel guesses on several
 * nodes cannot pass the limit: the row is locked while it is read and changed. Times in UTC.
 */
@Entity
@Table(name = "acc_login_failure")
@NamedQuery(
        name = "LoginFailure.of",
        query = "select f from LoginFailure f where f.kind = :kind and f.subject = :subject")
@NamedQuery(
        name = "LoginFailure.locked",
        query = "select f from LoginFailure f where f.kind = :kind"
                + " and f.subject in :subjects and f.lockedUntil > :now")
@NamedQuery(
        name = "LoginFailure.stale",
        query = "delete from LoginFailure f where f.lastAttemptAt < :before"
                + " and (f.lockedUntil is null or f.lockedUntil < :before)")
public class LoginFailure {
    /** the longest subject kept: a login name (at most 64) or an address (IPv6 with a zone fits) */
    public static final int MAX_SUBJECT = 64;

    public enum Kind {
        ACCOUNT,
        ADDRESS
    }

    @Id
    @SequenceGenerator(name = "acc_login_failure_seq", sequenceName = "acc_login_failure_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "acc_login_failure_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind;

    @Column(nullable = false, length = MAX_SUBJECT)
    private String subject;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_attempt_at", nullable = false)
    private LocalDateTime lastAttemptAt;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    protected LoginFailure() {}

    public LoginFailure(Kind kind, String subject, LocalDateTime now) {
        this.kind = kind;
        this.subject = subject;
        this.lastAttemptAt = now;
    }

    /**
     * The row a typed login name is throttled under: as the identity store looks users up (trimmed, lower case),
     * invisible characters made {@code ?} and cut to {@link #MAX_SUBJECT}; a name no user has is throttled like one
     * a user has.
     */
    public static String accountKey(String typed) {
        return clean(typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT));
    }

    /** the row an address is throttled under */
    public static String addressKey(String address) {
        return clean(address == null || address.isBlank() ? "unknown" : address.strip());
    }

    /** invisible characters made {@code ?} (no line break reaches the audit trail), cut to {@link #MAX_SUBJECT} */
    private static String clean(String s) {
        StringBuilder sb = new StringBuilder(Math.min(s.length(), MAX_SUBJECT));
        for (int i = 0; i < s.length() && sb.length() < MAX_SUBJECT; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (PlainText.isVisible(cp) && Character.charCount(cp) == 1) {
                sb.append((char) cp);
            } else {
                sb.append('?');
            }
        }
        return sb.toString();
    }

    /** Forgets what no longer counts: a lock that has run out (with its failures), or failures older than the lock. */
    public void expire(LoginPolicy policy, LocalDateTime now) {
        if (lockedUntil != null) {
            if (!now.isBefore(lockedUntil)) {
                lockedUntil = null;
                failures = 0;
            }
        } else if (failures > 0 && !now.isBefore(lastAttemptAt.plus(policy.lock()))) {
            failures = 0;
        }
    }

    /** Why an attempt now is refused without checking its password; null when it may go ahead. */
    public LoginOutcome refusal(LoginPolicy policy, LocalDateTime now) {
        if (lockedUntil != null && now.isBefore(lockedUntil)) {
            return kind == Kind.ACCOUNT ? LoginOutcome.locked(lockedUntil) : LoginOutcome.addressLocked(lockedUntil);
        }
        if (kind == Kind.ADDRESS) {
            // the failures counted include attempts still being checked: the limit holds for parallel ones too
            return failures >= policy.addressMaxFailures()
                    ? LoginOutcome.addressLocked(lastAttemptAt.plus(policy.lock()))
                    : null;
        }
        LocalDateTime retry = lastAttemptAt.plus(policy.delayAfter(failures));
        if (now.isBefore(retry)) {
            return LoginOutcome.delayed(retry);
        }
        return failures >= policy.maxFailures() ? LoginOutcome.delayed(now.plus(policy.delayAfter(failures))) : null;
    }

    /** Counts an attempt about to be checked as a failure until it proves right. */
    public void claim(LocalDateTime now) {
        failures++;
        lastAttemptAt = now;
    }

    /**
     * A claimed attempt that proved right but does not end the login (its second factor follows): it does not count,
     * and when nothing else touched the row since its claim at {@code claimedAt}, the delay runs again from the
     * attempt before it, so that the code may follow the password at once.
     */
    public void held(LocalDateTime claimedAt, LocalDateTime before) {
        unclaim();
        // the row went through the database in between, which keeps microseconds at most: compared by millisecond
        if (before != null
                && claimedAt != null
                && lastAttemptAt.truncatedTo(ChronoUnit.MILLIS).equals(claimedAt.truncatedTo(ChronoUnit.MILLIS))) {
            lastAttemptAt = before;
        }
    }

    public LocalDateTime lastAttemptAt() {
        return lastAttemptAt;
    }

    /** The attempt claimed was never checked (the server was busy): it does not count. */
    public void unclaim() {
        failures = Math.max(0, failures - 1);
    }

    /** The claimed attempt had the right password: a login name starts over; an address only gets its claim back. */
    public void succeeded() {
        if (kind == Kind.ACCOUNT) {
            failures = 0;
            lockedUntil = null;
        } else {
            unclaim();
        }
    }

    /**
     * The claimed attempt failed: the delay before the next one runs from now, when the caller learns of the failure
     * (not from the claim, which came before the password's check of some hundred milliseconds); locks when that was
     * the limit's failure.
     *
     * @return whether this failure locked it
     */
    public boolean failed(LoginPolicy policy, LocalDateTime now) {
        lastAttemptAt = now;
        int limit = kind == Kind.ACCOUNT ? policy.maxFailures() : policy.addressMaxFailures();
        if (lockedUntil == null && failures >= limit) {
            lockedUntil = now.plus(policy.lock());
            return true;
        }
        return false;
    }

    /** An administrator's unlock: the name starts over. */
    public void unlock() {
        failures = 0;
        lockedUntil = null;
    }

    public Kind kind() {
        return kind;
    }

    public String subject() {
        return subject;
    }

    public int failures() {
        return failures;
    }

    public LocalDateTime lockedUntil() {
        return lockedUntil;
    }
}
