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
import java.util.List;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.AuditTrail;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.access.api.PlainText;
import org.innocomplex.access.api.Role;
import org.innocomplex.access.api.SessionCheck;
import org.innocomplex.access.api.SessionEnd;
import org.innocomplex.access.api.SessionInfo;
import org.innocomplex.access.api.SessionPolicy;
import org.innocomplex.access.api.SessionPolicySource;
import org.innocomplex.access.api.SessionRegistry;
import org.innocomplex.access.domain.SessionRules;
import org.innocomplex.access.domain.UserAccount;
import org.innocomplex.access.domain.UserSession;

/**
 * Sessions in {@code acc_session}, shared by every node. A check is one read of the row by its key and, at most once
 * a minute per session, one conditional update of its last activity: a page's requests are reads, not writes. Ending a
 * session is a conditional update too (of two nodes ending the same session, one writes it and audits it).
 */
@ApplicationScoped
@Transactional
public class DefaultSessionRegistry implements SessionRegistry {
    static final String AUDIT_TYPE = "user";
    /** how stale a session's recorded activity may get before a request writes it again */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    /**
     * how long an ended session's row stays: its start and end are in the audit trail for good, the row only serves the
     * pages while it is active
     */
    static final Duration KEEP_ENDED = Duration.ofDays(30);
    /** how often a node deletes old rows; a throttle only, so a node's own clock is enough (the delete is idempotent) */
    static final Duration PURGE_EVERY = Duration.ofHours(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    SessionPolicySource policies;

    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();
    private final java.util.concurrent.atomic.AtomicLong nextPurge = new java.util.concurrent.atomic.AtomicLong();

    @Override
    public String start(String username, String address, String userAgent) {
        SessionPolicy p = policy();
        // one login of an account at a time, on every node: the account's row is locked until this commits
        UserAccount u = em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", username)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .filter(UserAccount::active)
                .orElseThrow(() -> new NotAuthorizedException("access.error.notLoggedIn"));
        LocalDateTime now = now();
        purgeNowAndThen(now);
        List<UserSession> open = open(u.username(), now, p);
        for (UserSession s : SessionRules.replacedByNewLogin(p.concurrent(), open)) {
            end(s, SessionEnd.REPLACED, now, u.username());
        }
        UserSession s =
                new UserSession(SessionRules.newKey(random), u.username(), now, p.lifetime(), address, userAgent);
        em.persist(s);
        audit.record(
                u.username(),
                "SESSION_STARTED",
                AUDIT_TYPE,
                u.username(),
                "session: " + s.ref() + "\naddress: " + PlainText.forLog(address, 64) + "\nexpires: " + s.expiresAt()
                        + "Z");
        return s.id();
    }

    @Override
    public SessionCheck check(String key, boolean activity) {
        if (key == null) {
            return SessionCheck.ended(null);
        }
        UserSession s = em.find(UserSession.class, key);
        if (s == null) {
            return SessionCheck.ended(null);
        }
        SessionPolicy p = policy();
        LocalDateTime now = now();
        SessionEnd due = s.dueEnd(now, p.idle());
        if (due != null) {
            end(s, due, now, s.username());
        } else if (activity && s.lastSeenBefore(now.minus(TOUCH_EVERY))) {
            // conditional: of several requests (or nodes) within the minute, one writes
            em.createNamedQuery("UserSession.touch")
                    .setParameter("now", now)
                    .setParameter("id", s.id())
                    .setParameter("before", now.minus(TOUCH_EVERY))
                    .executeUpdate();
            s.seen(now);
        }
        return s.check(p.idle());
    }

    @Override
    public void end(String key, SessionEnd reason) {
        UserSession s = key == null ? null : em.find(UserSession.class, key);
        if (s != null) {
            end(s, reason, now(), s.username());
        }
    }

    @Override
    public List<SessionInfo> listFor(Actor user) {
        Actor u = require(user);
        return open(u.username(), now(), policy()).stream()
                .map(UserSession::toInfo)
                .toList();
    }

    @Override
    public void endFor(Actor user, String ref) {
        Actor u = require(user);
        LocalDateTime now = now();
        UserSession s = open(u.username(), now, policy()).stream()
                .filter(o -> o.ref().equals(ref))
                .findFirst()
                .orElseThrow(() -> new DomainException("access.sessions.error.unknown"));
        end(s, SessionEnd.ENDED_BY_USER, now, u.username());
    }

    @Override
    public int endAllFor(Actor user, String exceptKey) {
        Actor u = require(user);
        LocalDateTime now = now();
        int n = 0;
        for (UserSession s : open(u.username(), now, policy())) {
            if (!s.id().equals(exceptKey) && end(s, SessionEnd.ENDED_BY_USER, now, u.username())) {
                n++;
            }
        }
        return n;
    }

    @Override
    @Transactional(dontRollbackOn = NotAuthorizedException.class) // the refusal's audit line stays
    public int endAllOf(Actor admin, String username) {
        Actor a = require(admin);
        try {
            Actor.requireRole(a, Role.SECURITY_ADMIN);
        } catch (NotAuthorizedException e) {
            audit.record(
                    a.username(),
                    "SESSION_END_REFUSED",
                    AUDIT_TYPE,
                    PlainText.forLog(username, 64),
                    "not a security administrator");
            throw e;
        }
        LocalDateTime now = now();
        int n = 0;
        for (UserSession s : open(username, now, policy())) {
            if (end(s, SessionEnd.ENDED_BY_SECURITY_ADMIN, now, a.username())) {
                n++;
            }
        }
        return n;
    }

    /**
     * Deletes the rows of sessions that ended (or expired unseen) more than {@link #KEEP_ENDED} ago; without it
     * {@code acc_session} grew by a row a login for ever.
     *
     * @return how many rows went
     */
    public int purge(LocalDateTime now) {
        return em.createNamedQuery("UserSession.purge")
                .setParameter("before", now.minus(KEEP_ENDED))
                .executeUpdate();
    }

    private void purgeNowAndThen(LocalDateTime now) {
        long t = System.currentTimeMillis();
        long due = nextPurge.get();
        if (t >= due && nextPurge.compareAndSet(due, t + PURGE_EVERY.toMillis())) {
            purge(now);
        }
    }

    @Override
    public SessionPolicy policy() {
        return policies.current();
    }

    /** the account's sessions still active at {@code now}; those whose idle time or lifetime has passed end here */
    private List<UserSession> open(String username, LocalDateTime now, SessionPolicy p) {
        return em.createNamedQuery("UserSession.openOf", UserSession.class)
                .setParameter("username", username)
                .getResultStream()
                .filter(s -> {
                    SessionEnd due = s.dueEnd(now, p.idle());
                    if (due != null) {
                        end(s, due, now, s.username());
                        return false;
                    }
                    return true;
                })
                .toList();
    }

    /** ends it unless another request or node did first; audits only the end it wrote */
    private boolean end(UserSession s, SessionEnd reason, LocalDateTime now, String actor) {
        int changed = em.createNamedQuery("UserSession.end")
                .setParameter("now", now)
                .setParameter("reason", reason)
                .setParameter("id", s.id())
                .executeUpdate();
        s.end(now, reason);
        if (changed == 0) {
            return false;
        }
        String action = switch (reason) {
            case IDLE -> "SESSION_IDLE";
            case REPLACED -> "SESSION_REPLACED";
            default -> "SESSION_ENDED";
        };
        audit.record(
                actor,
                action,
                AUDIT_TYPE,
                s.username(),
                "session: " + s.ref() + "\nreason: " + reason + "\naddress: " + PlainText.forLog(s.address(), 64));
        return true;
    }

    private static Actor require(Actor a) {
        if (a == null) {
            throw new NotAuthorizedException("access.error.notLoggedIn");
        }
        return a;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
