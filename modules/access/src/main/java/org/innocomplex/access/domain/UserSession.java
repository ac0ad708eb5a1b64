package org.innocomplex.access.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.innocomplex.access.api.SessionCheck;
import org.innocomplex.access.api.SessionEnd;
import org.innocomplex.access.api.SessionInfo;
import org.innocomplex.access.api.SessionRegistry;

/**
 * A login session of the web pages ({@code acc_session}): whose, from where, since when, last seen when, ending at the
 * latest when; once ended, when and why. The id is the session's random key ({@link SessionRules#newKey}). Times in UTC.
 */
@Entity
@Table(name = "acc_session")
@NamedQuery(
        name = "UserSession.openOf",
        query = "select s from UserSession s where s.username = :username and s.endedAt is null"
                + " order by s.startedAt desc, s.id")
@NamedQuery(
        name = "UserSession.purge",
        query = "delete from UserSession s where (s.endedAt is not null and s.endedAt < :before)"
                + " or (s.endedAt is null and s.expiresAt < :before)")
@NamedQuery(
        name = "UserSession.end",
        query = "update UserSession s set s.endedAt = :now, s.endReason = :reason"
                + " where s.id = :id and s.endedAt is null")
@NamedQuery(
        name = "UserSession.touch",
        query = "update UserSession s set s.lastSeenAt = :now"
                + " where s.id = :id and s.endedAt is null and s.lastSeenAt < :before")
public class UserSession {

    @Id
    @Column(length = 64)
    private String id;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "last_seen_at", nullable = false)
    private LocalDateTime lastSeenAt;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    @Column(length = 64)
    private String address;

    @Column(name = "user_agent", length = 255)
    private String userAgent;

    @Column(name = "ended_at")
    private LocalDateTime endedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason", length = 32)
    private SessionEnd endReason;

    protected UserSession() {}

    public UserSession(
            String key, String username, LocalDateTime now, Duration lifetime, String address, String userAgent) {
        this.id = key;
        this.username = username;
        this.startedAt = now;
        this.lastSeenAt = now;
        this.expiresAt = now.plus(lifetime);
        this.address = SessionRules.address(address);
        this.userAgent = SessionRules.userAgent(userAgent);
    }

    /**
     * The end that is due at {@code now}, if any: the lifetime's (it wins when both are), else the idle one's; none
     * for a session ended already (its own reason stands) or still within both.
     */
    public SessionEnd dueEnd(LocalDateTime now, Duration idle) {
        if (endedAt != null) {
            return null;
        }
        if (!now.isBefore(expiresAt)) {
            return SessionEnd.LIFETIME;
        }
        if (!now.isBefore(idleEndsAt(idle))) {
            return SessionEnd.IDLE;
        }
        return null;
    }

    public LocalDateTime idleEndsAt(Duration idle) {
        return lastSeenAt.plus(idle);
    }

    /** whether the activity recorded is older than {@code before}, so that this request's is worth a write */
    public boolean lastSeenBefore(LocalDateTime before) {
        return lastSeenAt.isBefore(before);
    }

    /** the session ends (in memory; the registry writes it with a conditional update) */
    public void end(LocalDateTime now, SessionEnd reason) {
        if (endedAt == null) {
            endedAt = now;
            endReason = reason;
        }
    }

    public void seen(LocalDateTime now) {
        lastSeenAt = now;
    }

    public SessionCheck check(Duration idle) {
        if (endedAt != null) {
            return SessionCheck.ended(endReason);
        }
        return SessionCheck.active(idleEndsAt(idle).toInstant(ZoneOffset.UTC), expiresAt.toInstant(ZoneOffset.UTC));
    }

    public SessionInfo toInfo() {
        return new SessionInfo(
                ref(),
                startedAt.toInstant(ZoneOffset.UTC),
                lastSeenAt.toInstant(ZoneOffset.UTC),
                expiresAt.toInstant(ZoneOffset.UTC),
                address,
                userAgent);
    }

    public String id() {
        return id;
    }

    public String ref() {
        return SessionRegistry.ref(id);
    }

    public String username() {
        return username;
    }

    public String address() {
        return address;
    }

    public LocalDateTime endedAt() {
        return endedAt;
    }

    public SessionEnd endReason() {
        return endReason;
    }

    public LocalDateTime expiresAt() {
        return expiresAt;
    }
}
