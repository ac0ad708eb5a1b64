package org.innocomplex.access.api;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * The login names locked after too many failed logins, for user administration: which are locked and until when,
 * and an administrator's unlock (recorded in the {@link AuditTrail}).
 */
public interface LoginLocks {

    /**
     * @return the locked ones among {@code usernames}, each with the end of its lock
     * @throws NotAuthorizedException unless {@code admin} is an administrator
     */
    Map<String, Instant> locked(Actor admin, Collection<String> usernames);

    /**
     * Ends a name's lock and forgets its failures; nothing happens (and nothing is recorded) when it is not locked.
     *
     * @return whether it was locked
     * @throws NotAuthorizedException unless {@code admin} is an administrator
     */
    boolean unlock(Actor admin, String username);
}
