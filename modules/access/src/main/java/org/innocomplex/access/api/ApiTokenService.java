package org.innocomplex.access.api;

import java.util.List;
import java.util.Optional;

/**
 * Personal API tokens, the REST API's credential ({@code Authorization: Bearer ic_…}). Each user manages their own:
 * creates one with a name and a lifetime (shown once, stored as a SHA-256 only), lists them with creation, expiry and
 * last use, revokes one. Creation and revocation are recorded in the {@link AuditTrail}, and so is every token refused.
 */
public interface ApiTokenService {

    /** how many tokens a user may hold at once (expired ones included until revoked) */
    int MAX_PER_USER = 20;

    /**
     * @param days the lifetime; null for {@link #defaultDays()}
     * @throws ValidationException {@code name} (required, at most 100 visible characters) or {@code days} (1 to
     *                             {@link #maxDays()})
     * @throws DomainException     {@code access.tokens.error.tooMany} beyond {@link #MAX_PER_USER};
     *                             {@code access.tokens.error.secondFactorRequired} when the owner's role requires a
     *                             second factor ({@link SecurityPolicy}) and they have none, so never passed it
     */
    NewApiToken create(Actor owner, String name, Integer days);

    /** the owner's tokens, newest first */
    List<ApiTokenSummary> mine(Actor owner);

    /** @throws DomainException {@code access.tokens.error.unknown} unless the token is the owner's */
    void revoke(Actor owner, long id);

    /**
     * The user a presented token stands for: one lookup of its hash; empty (and audited as a refusal) for a malformed,
     * unknown or expired token and for a deactivated user's. Records the use at most once a minute per token.
     *
     * @param address the caller's address, for the audit trail
     */
    Optional<Actor> authenticate(String token, String address);

    int defaultDays();

    int maxDays();
}
