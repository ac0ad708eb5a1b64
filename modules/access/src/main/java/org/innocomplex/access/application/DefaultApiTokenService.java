package org.innocomplex.access.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.ApiTokenService;
import org.innocomplex.access.api.ApiTokenSummary;
import org.innocomplex.access.api.AuditTrail;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.NewApiToken;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.access.api.PlainText;
import org.innocomplex.access.api.SecurityPolicyService;
import org.innocomplex.access.api.ValidationException;
import org.innocomplex.access.domain.ApiToken;
import org.innocomplex.access.domain.ApiTokenRules;
import org.innocomplex.access.domain.UserAccount;

/**
 * Tokens in {@code acc_api_token}. A check is one query by the token's hash joined with its user (so a deactivated
 * user's tokens stop at once) and, at most once a minute per token, one conditional update of its last use: an API
 * client's calls are reads, not writes. A refused token is a read too but for its audit line, which repetitions share
 * ({@link AuditTrail#refusal}).
 */
@ApplicationScoped
@Transactional
public class DefaultApiTokenService implements ApiTokenService {
    static final String AUDIT_TYPE = "user";
    /** how stale a token's recorded last use may get before a call writes it again */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    RefusalAudit refusals;

    @Inject
    @ConfigProperty(name = "innocomplex.api.token-default-days", defaultValue = "90")
    int defaultDays;

    @Inject
    @ConfigProperty(name = "innocomplex.api.token-max-days", defaultValue = "365")
    int maxDays;

    @Inject
    SecurityPolicyService policies;

    @Inject
    SecondFactors factors;

    private final SecureRandom random = new SecureRandom();

    @Override
    public NewApiToken create(Actor owner, String name, Integer days) {
        Actor o = require(owner);
        // a token opens the API without the second factor: only who passed it (a user with a factor logs in with it)
        // may create one where their role requires it
        if (policies.current().requiresSecondFactor(o.role()) && !factors.enrolled(o.username())) {
            refusals.record(o.username(), "API_TOKEN_REFUSED", AUDIT_TYPE, o.username(), "no second factor");
            throw new DomainException("access.tokens.error.secondFactorRequired");
        }
        int lifetime = days == null ? defaultDays() : days;
        ValidationException.throwIfAny(ApiTokenRules.check(name, lifetime, maxDays()));
        long held = em.createNamedQuery("ApiToken.countOfUser", Long.class)
                .setParameter("username", o.username())
                .getSingleResult();
        if (held >= MAX_PER_USER) {
            throw new DomainException("access.tokens.error.tooMany", MAX_PER_USER);
        }
        LocalDateTime now = now();
        String token = ApiTokenRules.newToken(random);
        ApiToken t = new ApiToken(o.username(), name.strip(), token, now, lifetime);
        em.persist(t);
        em.flush();
        audit.record(
                o.username(),
                "API_TOKEN_CREATED",
                AUDIT_TYPE,
                o.username(),
                "token: " + t.hint() + "…" + "\nname: " + t.name() + "\nexpires: " + t.expiresAt() + "Z");
        return new NewApiToken(token, t.toSummary(now));
    }

    @Override
    public List<ApiTokenSummary> mine(Actor owner) {
        Actor o = require(owner);
        LocalDateTime now = now();
        return em.createNamedQuery("ApiToken.ofUser", ApiToken.class)
                .setParameter("username", o.username())
                .getResultStream()
                .map(t -> t.toSummary(now))
                .toList();
    }

    @Override
    public void revoke(Actor owner, long id) {
        Actor o = require(owner);
        ApiToken t = em.find(ApiToken.class, id);
        if (t == null || !t.username().equals(o.username())) {
            throw new DomainException("access.tokens.error.unknown");
        }
        em.remove(t);
        audit.record(
                o.username(),
                "API_TOKEN_REVOKED",
                AUDIT_TYPE,
                o.username(),
                "token: " + t.hint() + "…" + "\nname: " + t.name());
    }

    /**
     * Every token of the account, revoked when a security administrator resets its password: whoever knew the old
     * password may have made one, and a token would outlive the reset.
     *
     * @return how many were revoked
     */
    int revokeAllOf(String by, String username) {
        List<ApiToken> all = em.createNamedQuery("ApiToken.ofUser", ApiToken.class)
                .setParameter("username", username)
                .getResultList();
        for (ApiToken t : all) {
            em.remove(t);
            audit.record(
                    by,
                    "API_TOKEN_REVOKED",
                    AUDIT_TYPE,
                    username,
                    "token: " + t.hint() + "…" + "\nname: " + t.name() + "\nreason: password reset");
        }
        return all.size();
    }

    @Override
    public Optional<Actor> authenticate(String token, String address) {
        String from = PlainText.forLog(address, 64);
        if (!ApiTokenRules.wellFormed(token)) {
            audit.refusal(
                    "anonymous",
                    "API_TOKEN_REFUSED",
                    "address",
                    from,
                    token == null ? "not a Bearer token (HTTP Basic or another scheme)" : "malformed token");
            return Optional.empty();
        }
        List<Object[]> found = em.createNamedQuery("ApiToken.byHash", Object[].class)
                .setParameter("hash", ApiTokenRules.hash(token))
                .getResultList();
        if (found.isEmpty()) {
            audit.refusal("anonymous", "API_TOKEN_REFUSED", "address", from, "unknown token");
            return Optional.empty();
        }
        ApiToken t = (ApiToken) found.get(0)[0];
        UserAccount u = (UserAccount) found.get(0)[1];
        LocalDateTime now = now();
        if (t.expiredAt(now) || !u.active()) {
            audit.refusal(
                    "anonymous",
                    "API_TOKEN_REFUSED",
                    AUDIT_TYPE,
                    u.username(),
                    (u.active() ? "expired token " : "token of a deactivated user ") + t.hint() + "…\nfrom: " + from);
            return Optional.empty();
        }
        if (t.lastUseBefore(now.minus(TOUCH_EVERY))) {
            // conditional: of several nodes' calls within the minute, one writes
            em.createNamedQuery("ApiToken.touch")
                    .setParameter("now", now)
                    .setParameter("id", t.id())
                    .setParameter("before", now.minus(TOUCH_EVERY))
                    .executeUpdate();
        }
        return Optional.of(u.toActor());
    }

    @Override
    public int defaultDays() {
        return Math.max(1, Math.min(defaultDays, maxDays()));
    }

    @Override
    public int maxDays() {
        return Math.max(1, maxDays);
    }

    private static Actor require(Actor a) {
        if (a == null) {
            throw new NotAuthorizedException("access.error.notLoggedIn");
        }
        return a;
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
