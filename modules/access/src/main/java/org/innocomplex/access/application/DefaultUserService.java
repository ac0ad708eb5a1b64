package org.innocomplex.access.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.AuditTrail;
import org.innocomplex.access.api.CandidateGroup;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.NewUser;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.access.api.Role;
import org.innocomplex.access.api.Scopes;
import org.innocomplex.access.api.UserFilter;
import org.innocomplex.access.api.UserService;
import org.innocomplex.access.api.UserSort;
import org.innocomplex.access.api.UserSummary;
import org.innocomplex.access.api.ValidationException;
import org.innocomplex.access.api.Violation;
import org.innocomplex.access.domain.UserAccount;
import org.innocomplex.access.domain.UserRules;

@ApplicationScoped
@Transactional
public class DefaultUserService implements UserService {
    static final String AUDIT_TYPE = "user";
    static final int MAX_PAGE = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Scopes scopes;

    @Inject
    PasswordChanges passwords;

    @Inject
    DefaultSessionRegistry sessions;

    @Inject
    DefaultApiTokenService tokens;

    @Override
    public Optional<Actor> find(String username) {
        return account(username).map(UserAccount::toActor);
    }

    /** For the identity store and the current user: the entity with its hash and active flag. */
    public Optional<UserAccount> account(String username) {
        return em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Actor create(Actor admin, NewUser u) {
        requireSecurityAdmin(admin);
        NewUser clean = normalised(u);
        boolean taken = clean.username() != null && account(clean.username()).isPresent();
        List<Violation> v = UserRules.checkAccount(clean, taken, scopes);
        v.addAll(passwords.violations(clean.password(), clean.username(), "password"));
        ValidationException.throwIfAny(v);
        // an administrator chose the password: its owner changes it at the first login (when the policy says so)
        UserAccount account = persist(clean, passwords.mustChange(true));
        audit.record(
                admin.username(),
                "USER_CREATED",
                AUDIT_TYPE,
                clean.username(),
                "role: " + clean.role() + (clean.scopeCode() == null ? "" : "\nscopeCode: " + clean.scopeCode())
                        + (clean.complexId() == null ? "" : "\ncomplexId: " + clean.complexId())
                        + "\ndisplayName: " + clean.displayName());
        return account.toActor();
    }

    @Override
    public List<Actor> seed(List<NewUser> users) {
        if (count() > 0) {
            throw new DomainException("access.error.alreadySeeded");
        }
        List<Actor> created = new ArrayList<>();
        for (NewUser u : users) {
            NewUser clean = normalised(u);
            List<Violation> v =
                    UserRules.checkAccount(clean, account(clean.username()).isPresent(), scopes);
            if (clean.password() == null || clean.password().length == 0) {
                v.add(new Violation("password", "access.error.required"));
            }
            ValidationException.throwIfAny(v);
            // seeded, not handed out: the demo's printed password stays usable as it is
            created.add(persist(clean, false).toActor());
            audit.record(
                    "system",
                    "USER_CREATED",
                    AUDIT_TYPE,
                    clean.username(),
                    "role: " + clean.role() + "\nseeded: demo data");
        }
        return created;
    }

    @Override
    public Optional<Actor> createFirstAdministrator(String username, char[] password) {
        if (count() > 0) {
            return Optional.empty();
        }
        NewUser clean = normalised(new NewUser(username, "安全管理员", password, Role.SECURITY_ADMIN, null, null));
        // the same rules as an administrator's new user: the name's shape and the password policy
        List<Violation> v = UserRules.checkAccount(clean, false, scopes);
        v.addAll(passwords.violations(clean.password(), clean.username(), "password"));
        ValidationException.throwIfAny(v);
        // the password sits in the operator's configuration: the security administrator replaces it at the first login
        Actor admin = persist(clean, passwords.mustChange(true)).toActor();
        audit.record(
                "system",
                "USER_CREATED",
                AUDIT_TYPE,
                clean.username(),
                "role: SECURITY_ADMIN\nfirst account, from innocomplex.security-admin.initial-password");
        return Optional.of(admin);
    }

    private UserAccount persist(NewUser u, boolean mustChangePassword) {
        UserAccount account = new UserAccount(
                u.username(), u.displayName(), passwords.hash(u.password()), u.role(), u.scopeCode(), u.complexId());
        account.setMustChangePassword(mustChangePassword);
        em.persist(account);
        em.flush();
        return account;
    }

    private static NewUser normalised(NewUser u) {
        return new NewUser(
                u.username() == null ? null : u.username().strip().toLowerCase(Locale.ROOT),
                blankToNull(u.displayName()),
                u.password(),
                u.role(),
                blankToNull(u.scopeCode()),
                u.complexId());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public List<UserSummary> find(
            Actor admin, UserFilter filter, UserSort sort, boolean ascending, int first, int max) {
        requireSecurityAdmin(admin);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<UserAccount> q = cb.createQuery(UserAccount.class);
        Root<UserAccount> u = q.from(UserAccount.class);
        q.where(where(cb, u, filter));
        Expression<?> key = u.get(
                switch (sort == null ? UserSort.USERNAME : sort) {
                    case USERNAME -> "username";
                    case DISPLAY_NAME -> "displayName";
                    case ROLE -> "role";
                    case CREATED -> "createdAt";
                });
        // the unique username breaks ties, so a page boundary never repeats or skips a user
        q.orderBy(ascending ? cb.asc(key) : cb.desc(key), cb.asc(u.get("username")));
        return em.createQuery(q)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, max), MAX_PAGE))
                .getResultStream()
                .map(UserAccount::toSummary)
                .toList();
    }

    @Override
    public long count(Actor admin, UserFilter filter) {
        requireSecurityAdmin(admin);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<UserAccount> u = q.from(UserAccount.class);
        q.select(cb.count(u)).where(where(cb, u, filter));
        return em.createQuery(q).getSingleResult();
    }

    private static Predicate[] where(CriteriaBuilder cb, Root<UserAccount> u, UserFilter filter) {
        List<Predicate> p = new ArrayList<>();
        UserFilter f = filter == null ? UserFilter.ALL : filter;
        if (f.text() != null && !f.text().isBlank()) {
            String like = "%" + escapeLike(f.text().strip().toLowerCase(Locale.ROOT)) + "%";
            p.add(cb.or(cb.like(cb.lower(u.get("username")), like), cb.like(cb.lower(u.get("displayName")), like)));
        }
        if (f.role() != null) {
            p.add(cb.equal(u.get("role"), f.role()));
        }
        if (f.active() != null) {
            p.add(cb.equal(u.get("active"), f.active()));
        }
        return p.toArray(Predicate[]::new);
    }

    /**
     * A user's % or _ is a character to find, not a wildcard; backslash is LIKE's default escape character in H2 and
     * PostgreSQL (an explicit ESCAPE clause makes EclipseLink's H2 platform inline booleans as 0/1, which H2 refuses).
     */
    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Override
    public UserSummary setActive(Actor admin, String username, boolean active) {
        requireSecurityAdmin(admin);
        UserAccount account = existing(username);
        if (!active && account.username().equals(admin.username())) {
            throw new DomainException("access.error.cannotDeactivateSelf");
        }
        if (account.active() != active) {
            account.setActive(active);
            audit.record(
                    admin.username(),
                    active ? "USER_REACTIVATED" : "USER_DEACTIVATED",
                    AUDIT_TYPE,
                    account.username(),
                    "active: " + !active + " → " + active);
        }
        return account.toSummary();
    }

    @Override
    public UserSummary changeRole(Actor securityAdmin, String username, Role role, String scopeCode, Long complexId) {
        requireSecurityAdmin(securityAdmin);
        UserAccount account = existing(username);
        if (account.username().equals(securityAdmin.username())) {
            // no one grants themselves a duty (or takes one away to hide what they did)
            throw new NotAuthorizedException("access.error.ownRole");
        }
        NewUser clean = normalised(new NewUser(account.username(), "-", null, role, scopeCode, complexId));
        ValidationException.throwIfAny(UserRules.checkScope(clean, scopes));
        Actor before = account.toActor();
        if (before.role() != clean.role()
                || !Objects.equals(before.scopeCode(), clean.scopeCode())
                || !Objects.equals(before.complexId(), clean.complexId())) {
            account.setRole(clean.role(), clean.scopeCode(), clean.complexId());
            audit.record(
                    securityAdmin.username(),
                    "USER_ROLE_CHANGED",
                    AUDIT_TYPE,
                    account.username(),
                    "role: " + before.role() + " → " + clean.role() + "\nscopeCode: " + before.scopeCode() + " → "
                            + clean.scopeCode() + "\ncomplexId: " + before.complexId() + " → " + clean.complexId());
        }
        return account.toSummary();
    }

    @Override
    public void resetPassword(Actor admin, String username, char[] password) {
        requireSecurityAdmin(admin);
        UserAccount account = existing(username);
        ValidationException.throwIfAny(passwords.violations(account, password, "password"));
        // set by someone else: the owner changes it at their next login (when the policy says so)
        boolean byOther = !account.username().equals(admin.username());
        passwords.set(account, password, byOther);
        // the detail says that it changed, never what to
        audit.record(
                admin.username(),
                "PASSWORD_RESET",
                AUDIT_TYPE,
                account.username(),
                "password: reset" + (account.mustChangePassword() ? "\nmust change at next login" : ""));
        if (byOther) {
            // a reset answers a forgotten or a compromised password: nothing opened with the old one stays open
            sessions.endAllOf(admin, account.username());
            tokens.revokeAllOf(admin.username(), account.username());
        }
    }

    private UserAccount existing(String username) {
        return account(username == null ? "" : username)
                .orElseThrow(() -> new DomainException("access.error.unknownUser", String.valueOf(username)));
    }

    private static void requireSecurityAdmin(Actor actor) {
        Actor.requireRole(actor, Role.SECURITY_ADMIN);
    }

    @Override
    public Map<String, String> displayNames(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        usernames.forEach(u -> names.put(u, u));
        if (!usernames.isEmpty()) {
            em.createQuery("select u from UserAccount u where u.username in :names", UserAccount.class)
                    .setParameter("names", new HashSet<>(usernames))
                    .getResultStream()
                    .map(UserAccount::toActor)
                    .forEach(a -> names.put(a.username(), a.displayName()));
        }
        return names;
    }

    @Override
    public List<String> usernamesInGroup(String group) {
        return CandidateGroup.parse(group)
                .map(g -> {
                    String jpql = "select u.username from UserAccount u where u.active = true and u.role = :role";
                    var q = switch (g.kind()) {
                        case COMPLEX ->
                            em.createQuery(jpql + " and u.complexId = :scope order by u.username", String.class)
                                    .setParameter("scope", Long.valueOf(g.scope()));
                        case COUNTY, MUNICIPAL, PROVINCE ->
                            em.createQuery(jpql + " and u.scopeCode = :scope" + " order by u.username", String.class)
                                    .setParameter("scope", g.scope());
                        case ADMIN -> em.createQuery(jpql + " order by u.username", String.class);
                    };
                    return q.setParameter("role", g.kind().role()).getResultList();
                })
                .orElse(List.of());
    }

    @Override
    public Map<String, String> emails(Collection<String> usernames) {
        Map<String, String> emails = new HashMap<>();
        if (!usernames.isEmpty()) {
            em.createQuery(
                            "select u from UserAccount u where u.username in :names and u.active = true"
                                    + " and u.email is not null",
                            UserAccount.class)
                    .setParameter("names", new HashSet<>(usernames))
                    .getResultStream()
                    .forEach(u -> emails.put(u.toActor().username(), u.email()));
        }
        return emails;
    }

    @Override
    public void setEmail(Actor admin, String username, String email) {
        requireSecurityAdmin(admin);
        String clean = email == null || email.isBlank() ? null : email.strip();
        if (clean != null && !UserRules.isEmail(clean)) {
            throw new ValidationException(List.of(new Violation("email", "appraisal.notify.error.email")));
        }
        UserAccount u = account(username).orElseThrow(() -> new DomainException("access.error.unknownUser", username));
        u.setEmail(clean);
        audit.record(admin.username(), "USER_EMAIL", AUDIT_TYPE, username, clean == null ? "cleared" : "set");
    }

    @Override
    public long count() {
        return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
    }
}
