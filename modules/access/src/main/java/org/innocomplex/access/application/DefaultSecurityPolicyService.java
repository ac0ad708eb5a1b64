package org.innocomplex.access.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.AuditTrail;
import org.innocomplex.access.api.Role;
import org.innocomplex.access.api.SecurityPolicy;
import org.innocomplex.access.api.SecurityPolicyService;
import org.innocomplex.access.api.ValidationException;
import org.innocomplex.access.domain.PolicySetting;

/**
 * The policy in {@code acc_security_policy}, one row per setting a security administrator saved; every other setting
 * is its configuration value. Read on each use (a login, a password change): one small query, and every node of a
 * cluster sees a change at once.
 */
@ApplicationScoped
@Transactional
public class DefaultSecurityPolicyService implements SecurityPolicyService {
    static final String MIN_LENGTH = "password.min-length";
    static final String MIN_CLASSES = "password.min-classes";
    static final String PASSPHRASE = "password.passphrase-length";
    static final String HISTORY = "password.history";
    static final String MAX_AGE = "password.max-age-days";
    static final String WARN = "password.warn-days";
    static final String CHANGE_AT_FIRST_LOGIN = "password.change-at-first-login";
    static final String SECOND_FACTOR_ROLES = "second-factor.required-roles";
    /** what the configuration says for "no role": MicroProfile Config takes an empty value for a missing one */
    static final String NONE = "none";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "innocomplex.password.min-length", defaultValue = "8")
    int minLength;

    @Inject
    @ConfigProperty(name = "innocomplex.password.min-classes", defaultValue = "3")
    int minClasses;

    @Inject
    @ConfigProperty(name = "innocomplex.password.passphrase-length", defaultValue = "12")
    int passphraseLength;

    @Inject
    @ConfigProperty(name = "innocomplex.password.history", defaultValue = "5")
    int history;

    @Inject
    @ConfigProperty(name = "innocomplex.password.max-age-days", defaultValue = "180")
    int maxAgeDays;

    @Inject
    @ConfigProperty(name = "innocomplex.password.warn-days", defaultValue = "14")
    int warnDays;

    @Inject
    @ConfigProperty(name = "innocomplex.password.change-at-first-login", defaultValue = "true")
    boolean changeAtFirstLogin;

    @Inject
    @ConfigProperty(name = "innocomplex.second-factor.required-roles", defaultValue = "ADMIN,SECURITY_ADMIN,AUDITOR")
    String secondFactorRoles;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public SecurityPolicy current() {
        Map<String, String> saved = new HashMap<>();
        em.createQuery("select s from PolicySetting s", PolicySetting.class)
                .getResultStream()
                .forEach(s -> saved.put(s.setting(), s.value()));
        Map<String, String> v = new HashMap<>(asSettings(configured()));
        v.putAll(saved);
        try {
            return fromSettings(v);
        } catch (RuntimeException unreadable) {
            // a row changed by hand into nonsense: the configuration's policy holds rather than none
            return configured();
        }
    }

    /** the policy the configuration alone gives */
    SecurityPolicy configured() {
        return new SecurityPolicy(
                minLength,
                minClasses,
                passphraseLength,
                history,
                maxAgeDays,
                warnDays,
                changeAtFirstLogin,
                roles(secondFactorRoles));
    }

    @Override
    public SecurityPolicy update(Actor securityAdmin, SecurityPolicy policy) {
        Actor.requireRole(securityAdmin, Role.SECURITY_ADMIN);
        ValidationException.throwIfAny(policy.violations());
        Map<String, String> before = asSettings(current());
        Map<String, String> after = asSettings(policy);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        StringBuilder detail = new StringBuilder();
        for (Map.Entry<String, String> e : after.entrySet()) {
            String old = before.get(e.getKey());
            if (!e.getValue().equals(old)) {
                PolicySetting row = em.find(PolicySetting.class, e.getKey());
                if (row == null) {
                    em.persist(new PolicySetting(e.getKey(), e.getValue(), now, securityAdmin.username()));
                } else {
                    row.set(e.getValue(), now, securityAdmin.username());
                }
                detail.append(detail.length() == 0 ? "" : "\n")
                        .append(e.getKey())
                        .append(": ")
                        .append(old)
                        .append(" → ")
                        .append(e.getValue());
            }
        }
        if (detail.length() > 0) {
            em.flush();
            audit.record(securityAdmin.username(), "SECURITY_POLICY_CHANGED", "policy", "security", detail.toString());
        }
        return current();
    }

    static Map<String, String> asSettings(SecurityPolicy p) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(MIN_LENGTH, String.valueOf(p.minLength()));
        m.put(MIN_CLASSES, String.valueOf(p.minClasses()));
        m.put(PASSPHRASE, String.valueOf(p.passphraseLength()));
        m.put(HISTORY, String.valueOf(p.history()));
        m.put(MAX_AGE, String.valueOf(p.maxAgeDays()));
        m.put(WARN, String.valueOf(p.warnDays()));
        m.put(CHANGE_AT_FIRST_LOGIN, String.valueOf(p.changeAtFirstLogin()));
        m.put(
                SECOND_FACTOR_ROLES,
                p.secondFactorRoles().isEmpty()
                        ? NONE
                        : EnumSet.copyOf(p.secondFactorRoles()).stream()
                                .map(Role::name)
                                .collect(Collectors.joining(",")));
        return m;
    }

    static SecurityPolicy fromSettings(Map<String, String> m) {
        return new SecurityPolicy(
                Integer.parseInt(m.get(MIN_LENGTH).strip()),
                Integer.parseInt(m.get(MIN_CLASSES).strip()),
                Integer.parseInt(m.get(PASSPHRASE).strip()),
                Integer.parseInt(m.get(HISTORY).strip()),
                Integer.parseInt(m.get(MAX_AGE).strip()),
                Integer.parseInt(m.get(WARN).strip()),
                Boolean.parseBoolean(m.get(CHANGE_AT_FIRST_LOGIN).strip()),
                roles(m.get(SECOND_FACTOR_ROLES)));
    }

    /** a comma-separated list of role names; {@code none} or blank for none; an unknown name is an error */
    static Set<Role> roles(String list) {
        if (list == null || list.isBlank() || list.strip().equalsIgnoreCase(NONE)) {
            return Set.of();
        }
        return Arrays.stream(list.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(s -> Role.valueOf(s.toUpperCase(Locale.ROOT)))
                .collect(Collectors.toUnmodifiableSet());
    }
}
