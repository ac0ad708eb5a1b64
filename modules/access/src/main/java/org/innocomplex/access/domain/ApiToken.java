package org.innocomplex.access.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.innocomplex.access.api.ApiTokenSummary;

/**
 * A user's personal API token: its name, its SHA-256 ({@link ApiTokenRules#hash}), never the token itself. Times in
 * UTC.
 */
@Entity
@Table(name = "acc_api_token")
@NamedQuery(
        name = "ApiToken.ofUser",
        query = "select t from ApiToken t where t.username = :username order by t.createdAt desc, t.id desc")
@NamedQuery(name = "ApiToken.countOfUser", query = "select count(t) from ApiToken t where t.username = :username")
@NamedQuery(
        name = "ApiToken.byHash",
        query = "select t, u from ApiToken t, UserAccount u" + " where t.tokenHash = :hash and u.username = t.username")
@NamedQuery(
        name = "ApiToken.touch",
        query = "update ApiToken t set t.lastUsedAt = :now"
                + " where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :before)")
public class ApiToken {

    @Id
    @SequenceGenerator(name = "acc_api_token_seq", sequenceName = "acc_api_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "acc_api_token_seq")
    private Long id;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(nullable = false, length = 16)
    private String hint;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    @Column(name = "last_used_at")
    private LocalDateTime lastUsedAt;

    protected ApiToken() {}

    public ApiToken(String username, String name, String token, LocalDateTime now, int days) {
        this.username = username;
        this.name = name;
        this.tokenHash = ApiTokenRules.hash(token);
        this.hint = ApiTokenRules.hint(token);
        this.createdAt = now;
        this.expiresAt = now.plusDays(days);
    }

    public boolean expiredAt(LocalDateTime now) {
        return !now.isBefore(expiresAt);
    }

    /** whether the last use recorded is older than {@code before} (or none is), so that this use is worth a write */
    public boolean lastUseBefore(LocalDateTime before) {
        return lastUsedAt == null || lastUsedAt.isBefore(before);
    }

    public ApiTokenSummary toSummary(LocalDateTime now) {
        return new ApiTokenSummary(
                id,
                name,
                hint,
                createdAt.toInstant(ZoneOffset.UTC),
                expiresAt.toInstant(ZoneOffset.UTC),
                lastUsedAt == null ? null : lastUsedAt.toInstant(ZoneOffset.UTC),
                expiredAt(now));
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String name() {
        return name;
    }

    public String hint() {
        return hint;
    }

    public LocalDateTime expiresAt() {
        return expiresAt;
    }
}
