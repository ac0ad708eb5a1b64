package org.innocomplex.access.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.NewUser;
import org.innocomplex.access.api.Role;
import org.innocomplex.access.api.UserService;
import org.innocomplex.access.domain.PasswordHasher;
import org.innocomplex.access.domain.UserAccount;

@ApplicationScoped
@Transactional
public class DefaultUserService implements UserService {

    @PersistenceContext
    EntityManager em;

    private final PasswordHasher hasher = new PasswordHasher();

    @Override
    public Optional<Actor> find(String username) {
        return account(username).map(UserAccount::toActor);
    }

    /** Package-visible for the identity store: the entity with its hash. */
    public Optional<UserAccount> account(String username) {
        return em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    @Override
    public Actor create(NewUser u) {
        if (u.username() == null || !u.username().matches("[a-z0-9][a-z0-9._-]{1,63}")) {
            throw new DomainException("access.error.usernameInvalid", String.valueOf(u.username()));
        }
        if (account(u.username()).isPresent()) {
            throw new DomainException("access.error.usernameTaken", u.username());
        }
        boolean needsScope = u.role() == Role.COUNTY_OFFICIAL || u.role() == Role.MUNICIPAL_OFFICIAL
                || u.role() == Role.OPERATOR;
        if (needsScope && (u.scopeCode() == null || u.scopeCode().isBlank())) {
            throw new DomainException("access.error.scopeRequired", u.role().name());
        }
        if (u.role() == Role.OPERATOR && u.complexId() == null) {
            throw new DomainException("access.error.complexRequired");
        }
        UserAccount account = new UserAccount(u.username(), u.displayName(), hasher.hash(u.password()), u.role(),
                u.scopeCode(), u.complexId());
        em.persist(account);
        return account.toActor();
    }

    @Override
    public List<Actor> list() {
        return em.createNamedQuery("UserAccount.all", UserAccount.class).getResultList().stream()
                .map(UserAccount::toActor).toList();
    }

    @Override
    public java.util.Map<String, String> displayNames(java.util.Collection<String> usernames) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        usernames.forEach(u -> names.put(u, u));
        if (!usernames.isEmpty()) {
            em.createQuery("select u from UserAccount u where u.username in :names", UserAccount.class)
                    .setParameter("names", new java.util.HashSet<>(usernames)).getResultStream()
                    .map(UserAccount::toActor).forEach(a -> names.put(a.username(), a.displayName()));
        }
        return names;
    }

    @Override
    public long count() {
        return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
    }

    public boolean verify(UserAccount account, char[] password) {
        return account.active() && hasher.verify(password, account.passwordHash());
    }
}
