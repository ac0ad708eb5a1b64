package org.innocomplex.web.access;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.innocomplex.access.api.CurrentUser;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.Role;
import org.innocomplex.access.api.SecurityPolicy;
import org.innocomplex.access.api.SecurityPolicyService;
import org.innocomplex.access.api.ValidationException;
import org.innocomplex.web.support.Faces;

/**
 * {@code access/policy.xhtml} (security administrators only, by web.xml and again by the service): the password and
 * second-factor policy in force, changed as a whole; a value out of bounds is refused beside its field.
 */
@Named
@ViewScoped
public class PolicyView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String FORM = "policyForm";

    @Inject
    SecurityPolicyService policies;

    @Inject
    CurrentUser currentUser;

    @Inject
    Faces faces;

    private Integer minLength;
    private Integer minClasses;
    private Integer passphraseLength;
    private Integer history;
    private Integer maxAgeDays;
    private Integer warnDays;
    private boolean changeAtFirstLogin;
    /** role names: a select-many box posts strings */
    private List<String> secondFactorRoles = new ArrayList<>();

    @PostConstruct
    void load() {
        show(policies.current());
    }

    private void show(SecurityPolicy p) {
        minLength = p.minLength();
        minClasses = p.minClasses();
        passphraseLength = p.passphraseLength();
        history = p.history();
        maxAgeDays = p.maxAgeDays();
        warnDays = p.warnDays();
        changeAtFirstLogin = p.changeAtFirstLogin();
        secondFactorRoles = new ArrayList<>();
        if (!p.secondFactorRoles().isEmpty()) {
            EnumSet.copyOf(p.secondFactorRoles()).forEach(r -> secondFactorRoles.add(r.name()));
        }
    }

    public void save() {
        try {
            SecurityPolicy saved = policies.update(
                    currentUser.require(),
                    new SecurityPolicy(
                            value(minLength),
                            value(minClasses),
                            value(passphraseLength),
                            value(history),
                            value(maxAgeDays),
                            value(warnDays),
                            changeAtFirstLogin,
                            roles()));
            show(saved);
            faces.info("access.policy.saved");
        } catch (ValidationException e) {
            faces.violations(FORM, e);
        } catch (DomainException e) {
            faces.error(e);
        }
    }

    private EnumSet<Role> roles() {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (Role r : Role.values()) {
            if (secondFactorRoles.contains(r.name())) {
                roles.add(r);
            }
        }
        return roles;
    }

    /** an empty field is out of every bound */
    private static int value(Integer i) {
        return i == null ? -1 : i;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public Integer getMinLength() {
        return minLength;
    }

    public void setMinLength(Integer minLength) {
        this.minLength = minLength;
    }

    public Integer getMinClasses() {
        return minClasses;
    }

    public void setMinClasses(Integer minClasses) {
        this.minClasses = minClasses;
    }

    public Integer getPassphraseLength() {
        return passphraseLength;
    }

    public void setPassphraseLength(Integer passphraseLength) {
        this.passphraseLength = passphraseLength;
    }

    public Integer getHistory() {
        return history;
    }

    public void setHistory(Integer history) {
        this.history = history;
    }

    public Integer getMaxAgeDays() {
        return maxAgeDays;
    }

    public void setMaxAgeDays(Integer maxAgeDays) {
        this.maxAgeDays = maxAgeDays;
    }

    public Integer getWarnDays() {
        return warnDays;
    }

    public void setWarnDays(Integer warnDays) {
        this.warnDays = warnDays;
    }

    public boolean isChangeAtFirstLogin() {
        return changeAtFirstLogin;
    }

    public void setChangeAtFirstLogin(boolean changeAtFirstLogin) {
        this.changeAtFirstLogin = changeAtFirstLogin;
    }

    public List<String> getSecondFactorRoles() {
        return secondFactorRoles;
    }

    public void setSecondFactorRoles(List<String> secondFactorRoles) {
        this.secondFactorRoles = secondFactorRoles == null ? new ArrayList<>() : secondFactorRoles;
    }
}
