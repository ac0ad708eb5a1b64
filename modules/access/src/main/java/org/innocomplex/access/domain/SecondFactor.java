package org.innocomplex.access.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A user's TOTP second factor ({@code acc_second_factor}); the secret sealed ({@link SecretSeal}). Times in UTC. */
@Entity
@Table(name = "acc_second_factor")
@NamedQuery(
        name = "SecondFactor.usernamesIn",
        query = "select f.username from SecondFactor f where f.username in :names")
public class SecondFactor {

    @Id
    @Column(length = 64)
    private String username;

    @Column(name = "secret_sealed", nullable = false, length = 200)
    private String secretSealed;

    @Column(name = "enrolled_at", nullable = false)
    private LocalDateTime enrolledAt;

    @Column(name = "last_used_step", nullable = false)
    private long lastUsedStep;

    @Column(name = "pending_hash", length = 64)
    private String pendingHash;

    @Column(name = "pending_until")
    private LocalDateTime pendingUntil;

    protected SecondFactor() {}

    public SecondFactor(String username, String secretSealed, LocalDateTime now, long confirmedStep) {
        this.username = username;
        this.secretSealed = secretSealed;
        this.enrolledAt = now;
        this.lastUsedStep = confirmedStep;
    }

    public String username() {
        return username;
    }

    public String secretSealed() {
        return secretSealed;
    }

    public long lastUsedStep() {
        return lastUsedStep;
    }

    /** a code of this step was accepted: no code of it or an earlier step is accepted again */
    public void used(long step) {
        lastUsedStep = Math.max(lastUsedStep, step);
    }

    /** the password step of a login was right: its ticket (by hash) holds until {@code until} */
    public void pend(String ticketHash, LocalDateTime until) {
        pendingHash = ticketHash;
        pendingUntil = until;
    }

    /** whether the ticket is this login's and still holds; a ticket is taken once, right or wrong code after it */
    public boolean takes(String ticketHash, LocalDateTime now) {
        return pendingHash != null
                && pendingUntil != null
                && now.isBefore(pendingUntil)
                && java.security.MessageDigest.isEqual(
                        pendingHash.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                        ticketHash.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    public void clearPending() {
        pendingHash = null;
        pendingUntil = null;
    }
}
