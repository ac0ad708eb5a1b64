package org.innocomplex.access.api;

import java.util.List;
import java.util.Optional;

/** Users and their scopes. */
public interface UserService {

    Optional<Actor> find(String username);

    /** @throws DomainException {@code access.error.usernameTaken} when the name exists */
    Actor create(NewUser user);

    List<Actor> list();

    /** Display names by username, for lists and histories; unknown names map to themselves. */
    java.util.Map<String, String> displayNames(java.util.Collection<String> usernames);

    long count();
}
