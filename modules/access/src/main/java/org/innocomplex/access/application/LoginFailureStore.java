package org.innocomplex.access.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innocomplex.access.api.AuditTrail;
import org.innocomplex.access.api.LoginOutcome;
import org.innocomplex.access.domain.LoginFailure;
import org.innocomplex.access.domain.LoginPolicy;

/**
 * The failure rows of {@code acc_login_failure}, each step in a transaction of its own (an attempt's refusal and
 * failure are recorded whether or not the login goes on) with the rows locked while they are read and changed, the
 * login name's row before the address's, always in that order. Every failure, lock and refusal goes to the
 * {@link AuditTrail} in the same transaction.
 */
@ApplicationScoped
public class LoginFailureStore {
    static final String USER = "user";
    static final String ADDRESS = "address";
    /** rows no failure has touched for this long are deleted, now and then */
    static final Duration KEEP = Duration.ofDays(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "innocomplex.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "innocomplex.login.lock-minutes", defaultValue = "15")
    int lockMinutes;

    @Inject
    @ConfigProperty(name = "innocomplex.login.address-max-failures", defaultValue = "20")
    int addressMaxFailures;

    @Inject
    @ConfigProperty(name = "innocomplex.login.delay-seconds", defaultValue = "1")
    int delaySeconds;

    private LoginPolicy policy;

    @PostConstruct
    void init() {
        policy = new LoginPolicy(
                Math.max(1, maxFailures),
                Duration.ofMinutes(Math.max(1, lockMinutes)),
                Math.max(1, addressMaxFailures),
                Duration.ofSeconds(Math.max(0, delaySeconds)));
    }

    public LoginPolicy policy() {
        return policy;
    }

    /** Creates the row when it is missing; a row another node created meanwhile makes this fail, which is as good. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void ensure(LoginFailure.Kind kind, String subject) {
        if (find(kind, subject, false).isEmpty()) {
            em.persist(new LoginFailure(kind, subject, now()));
            em.flush();
        }
    }

    /**
     * Whether an attempt may have its password checked: {@link #missing} when a failure row does not exist yet (create
     * it with {@link #ensure} and ask again), else the {@link #refusal} or, when there is none, admitted.
     */
    public record Claim(boolean missing, LoginOutcome refusal, LocalDateTime claimedAt, LocalDateTime before) {
        static final Claim MISSING = new Claim(true, null, null, null);

        Claim(boolean missing, LoginOutcome refusal) {
            this(missing, refusal, null, null);
        }

        public boolean admitted() {
            return !missing && refusal == null;
        }
    }

    /** Admits an attempt, counting it as a failure of both rows until it proves right, or refuses it unchecked. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Claim claim(String account, String address) {
        Optional<LoginFailure> a = find(LoginFailure.Kind.ACCOUNT, account, true);
        Optional<LoginFailure> n = find(LoginFailure.Kind.ADDRESS, address, true);
        if (a.isEmpty() || n.isEmpty()) {
            return Claim.MISSING;
        }
        LocalDateTime now = now();
        LoginFailure acc = a.get();
        LoginFailure adr = n.get();
        acc.expire(policy, now);
        adr.expire(policy, now);
        LoginOutcome refusal = adr.refusal(policy, now);
        if (refusal == null) {
            refusal = acc.refusal(policy, now);
        }
        if (refusal != null) {
            audit(
                    address,
                    "LOGIN_REFUSED",
                    USER,
                    account,
                    AuditTrail.Result.REFUSED,
                    "from: " + address + "\nreason: " + refusal.kind() + " until " + refusal.until());
            return new Claim(false, refusal);
        }
        LocalDateTime before = acc.lastAttemptAt();
        acc.claim(now);
        adr.claim(now);
        return new Claim(false, null, now, before);
    }

    /** The claimed attempt was not checked after all (no hashing slot): it counts for nothing but is recorded. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void giveBack(String account, String address) {
        find(LoginFailure.Kind.ACCOUNT, account, true).ifPresent(LoginFailure::unclaim);
        find(LoginFailure.Kind.ADDRESS, address, true).ifPresent(LoginFailure::unclaim);
        audit(
                address,
                "LOGIN_REFUSED",
                USER,
                account,
                AuditTrail.Result.REFUSED,
                "from: " + address + "\nreason: BUSY");
    }

    /**
     * The claimed attempt had the right password but the login is not done (its second factor follows): it counts
     * neither as a failure nor as the success that clears the name, so that wrong codes after right passwords still
     * add up to the limit.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void hold(String account, String address, Claim claim) {
        find(LoginFailure.Kind.ACCOUNT, account, true).ifPresent(f -> f.held(claim.claimedAt(), claim.before()));
        find(LoginFailure.Kind.ADDRESS, address, true).ifPresent(LoginFailure::unclaim);
    }

    /** The claimed attempt was checked: the right password clears the name, a wrong one stays counted and may lock. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public LoginOutcome settle(String account, String address, boolean right) {
        LoginFailure acc = find(LoginFailure.Kind.ACCOUNT, account, true).orElse(null);
        LoginFailure adr = find(LoginFailure.Kind.ADDRESS, address, true).orElse(null);
        if (right) {
            if (acc != null) {
                acc.succeeded();
            }
            if (adr != null) {
                adr.succeeded();
            }
            audit.record(new AuditTrail.Event(
                    account, address, "LOGIN_SUCCEEDED", USER, account, AuditTrail.Result.OK, "from: " + address));
            return LoginOutcome.SUCCEEDED;
        }
        LocalDateTime now = now();
        LoginOutcome outcome = LoginOutcome.FAILED;
        int failures = acc == null ? 1 : acc.failures();
        audit(
                address,
                "LOGIN_FAILED",
                USER,
                account,
                AuditTrail.Result.FAILED,
                "from: " + address + "\nfailures: " + failures + " of " + policy.maxFailures());
        if (adr != null && adr.failed(policy, now)) {
            audit(
                    address,
                    "ADDRESS_LOCKED",
                    ADDRESS,
                    address,
                    AuditTrail.Result.FAILED,
                    "failures: " + adr.failures() + "\nlocked until: " + adr.lockedUntil() + "Z");
            outcome = LoginOutcome.addressLocked(adr.lockedUntil());
        }
        if (acc != null && acc.failed(policy, now)) {
            audit(
                    address,
                    "LOGIN_LOCKED",
                    USER,
                    account,
                    AuditTrail.Result.FAILED,
                    "from: " + address + "\nfailures: " + acc.failures() + "\nlocked until: " + acc.lockedUntil()
                            + "Z");
            outcome = LoginOutcome.locked(acc.lockedUntil());
        }
        return outcome;
    }

    /** the locked names among {@code accounts}, each with the end of its lock */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Instant> locked(Collection<String> accounts) {
        Map<String, Instant> locked = new HashMap<>();
        if (!accounts.isEmpty()) {
            em.createNamedQuery("LoginFailure.locked", LoginFailure.class)
                    .setParameter("kind", LoginFailure.Kind.ACCOUNT)
                    .setParameter("subjects", new HashSet<>(accounts))
                    .setParameter("now", now())
                    .getResultStream()
                    .forEach(f -> locked.put(f.subject(), f.lockedUntil().toInstant(ZoneOffset.UTC)));
        }
        return locked;
    }

    /** @return whether the name was locked */
    @Transactional(Transactional.TxType.REQUIRED)
    public boolean unlock(String admin, String account) {
        LoginFailure f = find(LoginFailure.Kind.ACCOUNT, account, true).orElse(null);
        LocalDateTime now = now();
        if (f == null || f.lockedUntil() == null || !now.isBefore(f.lockedUntil())) {
            return false;
        }
        audit.record(
                admin,
                "LOGIN_UNLOCKED",
                USER,
                account,
                "failures: " + f.failures() + " → 0\nlocked until: " + f.lockedUntil() + "Z → unlocked");
        f.unlock();
        return true;
    }

    /** Deletes the rows no failure has touched for a day (and that hold no lock). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purge() {
        LocalDateTime before = now().minus(KEEP);
        return em.createNamedQuery("LoginFailure.stale")
                .setParameter("before", before)
                .executeUpdate();
    }

    private Optional<LoginFailure> find(LoginFailure.Kind kind, String subject, boolean lock) {
        var q = em.createNamedQuery("LoginFailure.of", LoginFailure.class)
                .setParameter("kind", kind)
                .setParameter("subject", subject);
        if (lock) {
            q.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return q.getResultStream().findFirst();
    }

    /** an entry of an attempt not (yet) authenticated: actor "anonymous", the attempt's address as its source */
    private void audit(String address, String action, String type, String id, AuditTrail.Result result, String detail) {
        audit.record(new AuditTrail.Event("anonymous", address, action, type, id, result, detail));
    }

    static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
