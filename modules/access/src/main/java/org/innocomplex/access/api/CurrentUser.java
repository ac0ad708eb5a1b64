package org.innocomplex.access.api;

import java.util.Optional;

/** The authenticated caller of the current request, as an {@link Actor}. Injectable. */
public interface CurrentUser {

    /** @return the caller, or empty when nobody is logged in */
    Optional<Actor> get();

    /** @return the caller; throws {@link NotAuthorizedException} when nobody is logged in */
    default Actor require() {
        return get().orElseThrow(() -> new NotAuthorizedException("access.error.notLoggedIn"));
    }
}
