package org.innocomplex.access.infrastructure;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.CurrentUser;
import org.innocomplex.access.api.UserService;

/** Looks the caller up once per request. */
@RequestScoped
public class SecurityContextCurrentUser implements CurrentUser {

    @Inject
    SecurityContext securityContext;

    @Inject
    UserService users;

    private Optional<Actor> actor;

    @Override
    public Optional<Actor> get() {
        if (actor == null) {
            Principal p = securityContext.getCallerPrincipal();
            actor = p == null ? Optional.empty() : users.find(p.getName());
        }
        return actor;
    }
}
