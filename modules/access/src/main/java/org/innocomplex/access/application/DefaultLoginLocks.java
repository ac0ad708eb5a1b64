package org.innocomplex.access.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.LoginLocks;
import org.innocomplex.access.api.Role;
import org.innocomplex.access.domain.LoginFailure;

@ApplicationScoped
public class DefaultLoginLocks implements LoginLocks {

    @Inject
    LoginFailureStore failures;

    @Override
    public Map<String, Instant> locked(Actor admin, Collection<String> usernames) {
        requireSecurityAdmin(admin);
        return failures.locked(usernames);
    }

    @Override
    public boolean unlock(Actor admin, String username) {
        requireSecurityAdmin(admin);
        return failures.unlock(admin.username(), LoginFailure.accountKey(username));
    }

    private static void requireSecurityAdmin(Actor actor) {
        Actor.requireRole(actor, Role.SECURITY_ADMIN);
    }
}
