package org.innocomplex.access.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.innocomplex.access.api.SecurityPolicy;
import org.innocomplex.access.api.SecurityPolicyService;
import org.innocomplex.access.api.Violation;
import org.innocomplex.access.domain.PasswordHasher;
import org.innocomplex.access.domain.PasswordHistory;
import org.innocomplex.access.domain.PasswordPolicy;
import org.innocomplex.access.domain.UserAccount;

/**
 * Every path that sets a password goes through here: the policy's rules ({@link PasswordPolicy}), not one of the
 * user's last {@link SecurityPolicy#history()} passwords (the current one and the hashes in
 * {@code acc_password_history}), and who chose it: a password someone else set must be changed by its owner at their
 * next login when the policy says so.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PasswordChanges {

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityPolicyService policies;

    private final PasswordHasher hasher = new PasswordHasher();

    /** the rules a new account's password breaks (it has no history yet) */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Violation> violations(char[] password, String username, String field) {
        return new PasswordPolicy(policies.current()).check(password, username, field);
    }

    /** the rules a new password of an existing account breaks, its history included */
    public List<Violation> violations(UserAccount account, char[] password, String field) {
        SecurityPolicy policy = policies.current();
        PasswordPolicy rules = new PasswordPolicy(policy);
        List<Violation> v = new ArrayList<>(rules.check(password, account.username(), field));
        if (v.isEmpty() && policy.history() > 0 && reused(account, password, policy.history())) {
            v.add(rules.reused(field));
        }
        return v;
    }

    private boolean reused(UserAccount account, char[] password, int history) {
        if (hasher.verify(password, account.passwordHash())) {
            return true;
        }
        for (PasswordHistory h : previous(account.username(), history - 1)) {
            if (hasher.verify(password, h.passwordHash())) {
                return true;
            }
        }
        return false;
    }

    private List<PasswordHistory> previous(String username, int max) {
        if (max <= 0) {
            return List.of();
        }
        return em.createNamedQuery("PasswordHistory.of", PasswordHistory.class)
                .setParameter("username", username)
                .setMaxResults(max)
                .getResultList();
    }

    /** whether a password chosen by someone other than its owner must be changed at the owner's next login */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mustChange(boolean byOther) {
        return byOther && policies.current().changeAtFirstLogin();
    }

    public String hash(char[] password) {
        return hasher.hash(password);
    }

    /**
     * Sets a checked password: the old one goes into the history (which keeps what the policy needs, the rest
     * deleted).
     */
    public void set(UserAccount account, char[] password, boolean byOther) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        SecurityPolicy policy = policies.current();
        em.persist(new PasswordHistory(account.username(), account.passwordHash(), now));
        account.setPassword(hasher.hash(password), now, mustChange(byOther));
        em.flush();
        List<PasswordHistory> all = em.createNamedQuery("PasswordHistory.of", PasswordHistory.class)
                .setParameter("username", account.username())
                .getResultList();
        int keep = Math.max(0, policy.history() - 1);
        all.stream().skip(keep).forEach(em::remove);
    }

    public boolean verify(char[] password, UserAccount account) {
        return hasher.verify(password, account.passwordHash());
    }
}
