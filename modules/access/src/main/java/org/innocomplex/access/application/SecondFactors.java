package org.innocomplex.access.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innocomplex.access.api.AuditTrail;
import org.innocomplex.access.domain.PolicySetting;
import org.innocomplex.access.domain.RecoveryCode;
import org.innocomplex.access.domain.SecondFactor;
import org.innocomplex.access.domain.SecretSeal;
import org.innocomplex.access.domain.Totp;

/**
 * The stored second factors: sealing their secrets, the login's one-time ticket between its password and its code,
 * and the check of a code or a recovery code. Each check runs in a transaction of its own with the factor's row
 * locked, so two nodes cannot accept the same code.
 *
 * <p>The sealing key is {@code innocomplex.second-factor.key}. Without it, a key is generated once and kept in the
 * database ({@code acc_security_policy}), with a warning in the log: secrets are then sealed against a copy of the
 * factor table alone, not against a copy of the whole database.
 */
@ApplicationScoped
public class SecondFactors {
    static final Logger LOG = Logger.getLogger(SecondFactors.class.getName());
    /** how long a right password waits for its code */
    static final Duration TICKET = Duration.ofMinutes(5);

    static final String GENERATED_KEY = "internal.second-factor-key";

    public enum Check {
        CODE,
        RECOVERY_CODE,
        WRONG,
        NO_FACTOR,
        TICKET_EXPIRED
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "innocomplex.second-factor.key")
    Optional<String> configuredKey;

    private final Totp totp = new Totp();
    private final SecureRandom random = new SecureRandom();
    private volatile SecretSeal seal;
    Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean enrolled(String username) {
        return em.find(SecondFactor.class, username) != null;
    }

    /** A right password of a user with a factor: the ticket the login's second step must bring back. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String pend(String username) {
        SecondFactor f = em.find(SecondFactor.class, username, LockModeType.PESSIMISTIC_WRITE);
        String ticket = org.innocomplex.access.domain.RandomKeys.next(random);
        f.pend(SecretSeal.sha256Hex(ticket), now().plus(TICKET));
        return ticket;
    }

    /**
     * The second step of a login: the ticket must be the password step's and fresh; then a code of the user's secret
     * (not used before) or one of their unused recovery codes. Audited either way.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Check verify(String username, String ticket, String code, String address) {
        SecondFactor f = em.find(SecondFactor.class, username, LockModeType.PESSIMISTIC_WRITE);
        if (f == null) {
            return Check.NO_FACTOR;
        }
        LocalDateTime now = now();
        if (ticket == null || !f.takes(SecretSeal.sha256Hex(ticket), now)) {
            audit.record(username, "SECOND_FACTOR_REFUSED", "user", username, "from: " + address + "\nreason: ticket");
            return Check.TICKET_EXPIRED;
        }
        OptionalLong step = totp.match(open(f), code, clock.instant().getEpochSecond(), f.lastUsedStep());
        if (step.isPresent()) {
            f.used(step.getAsLong());
            f.clearPending();
            audit.record(username, "SECOND_FACTOR_USED", "user", username, "from: " + address);
            return Check.CODE;
        }
        if (code != null && code.replaceAll("[\\s-]", "").length() > Totp.DIGITS) {
            String hash = RecoveryCode.hash(code);
            List<RecoveryCode> unused = em.createNamedQuery("RecoveryCode.unused", RecoveryCode.class)
                    .setParameter("username", username)
                    .getResultList();
            Optional<RecoveryCode> match =
                    unused.stream().filter(c -> c.matches(hash)).findFirst();
            if (match.isPresent()) {
                match.get().use(now);
                f.clearPending();
                audit.record(
                        username,
                        "RECOVERY_CODE_USED",
                        "user",
                        username,
                        "from: " + address + "\nleft: " + (unused.size() - 1));
                return Check.RECOVERY_CODE;
            }
        }
        audit.record(username, "SECOND_FACTOR_FAILED", "user", username, "from: " + address);
        return Check.WRONG;
    }

    /** the step of a code of {@code secret} now, for a confirmation; empty when it is not one */
    OptionalLong match(String secret, String code) {
        return totp.match(secret, code, clock.instant().getEpochSecond(), Long.MIN_VALUE);
    }

    String seal(String secret, String username) {
        return seal().seal(secret, username);
    }

    String open(SecondFactor f) {
        return seal().open(f.secretSealed(), f.username());
    }

    private SecretSeal seal() {
        SecretSeal s = seal;
        if (s == null) {
            synchronized (this) {
                if (seal == null) {
                    seal = new SecretSeal(
                            configuredKey.filter(k -> !k.isBlank()).orElseGet(this::generatedKey));
                }
                s = seal;
            }
        }
        return s;
    }

    private String generatedKey() {
        PolicySetting row = em.find(PolicySetting.class, GENERATED_KEY);
        if (row == null) {
            byte[] b = new byte[32];
            random.nextBytes(b);
            row = new PolicySetting(GENERATED_KEY, Base64.getEncoder().encodeToString(b), now(), "system");
            em.persist(row);
            em.flush();
            LOG.warning("innocomplex.second-factor.key is not set: second factors are sealed with a key generated "
                    + "in the database; set the key (32 random bytes, Base64) before users enrol");
        }
        return row.value();
    }

    LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
