package org.innocomplex.access.infrastructure;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.CurrentUser;
import org.innocomplex.access.application.DefaultUserService;
import org.innocomplex.access.domain.UserAccount;

/**
 * Looks the caller up once per request. A deactivated user counts as logged out at once, not only at their next
 * login: their open session stops working with the next request.
 */
@RequestScoped
public class SecurityContextCurrentUser implements CurrentUser {

    @Inject
    SecurityContext securityContext;

    @Inject
    DefaultUserService users;

    private Optional<Actor> actor;

    @Override
    public Optional<Actor> get() {
        if (actor == null) {
            Principal p = securityContext.getCallerPrincipal();
            actor = p == null
                    ? Optional.empty()
                    : users.account(p.getName()).filter(UserAccount::active).map(UserAccount::toActor);
        }
        return actor;
    }
}
