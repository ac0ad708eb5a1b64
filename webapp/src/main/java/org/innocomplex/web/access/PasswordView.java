package org.innocomplex.web.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.innocomplex.access.api.CredentialService;
import org.innocomplex.access.api.CurrentUser;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.Obligation;
import org.innocomplex.access.api.SecurityPolicy;
import org.innocomplex.access.api.SecurityPolicyService;
import org.innocomplex.access.api.ValidationException;
import org.innocomplex.access.api.Violation;
import org.innocomplex.web.support.Faces;

/**
 * {@code account/password.xhtml}: the user's own change of password, by the policy; the page a login that must change
 * it (set by someone else, or expired) is held to ({@link CredentialGate}). After the change the user goes on to what
 * the login still owes, or to their landing page.
 */
@Named
@RequestScoped
public class PasswordView {
    static final String FORM = "passwordForm";

    @Inject
    CredentialService credentials;

    @Inject
    SecurityPolicyService policies;

    @Inject
    CurrentUser currentUser;

    @Inject
    Faces faces;

    private String currentPassword;
    private String newPassword;
    private String confirmation;

    public void change() {
        char[] current = chars(currentPassword);
        char[] next = chars(newPassword);
        try {
            if (!Objects.equals(newPassword, confirmation)) {
                throw new ValidationException(List.of(new Violation("confirmation", "access.password.error.mismatch")));
            }
            credentials.changePassword(currentUser.require(), current, next);
            HttpSession session = (HttpSession)
                    FacesContext.getCurrentInstance().getExternalContext().getSession(true);
            CredentialGate.settled(session, Obligation.CHANGE_PASSWORD, Obligation.PASSWORD_EXPIRED);
            faces.flashInfo("access.password.changed");
            String page = CredentialGate.pageFor(CredentialGate.owed(session));
            faces.redirect(page == null ? Landing.of(currentUser.require().role()) : page);
        } catch (ValidationException e) {
            faces.violations(FORM, e);
        } catch (DomainException e) {
            faces.error(e);
        } finally {
            Arrays.fill(current, '\0');
            Arrays.fill(next, '\0');
        }
    }

    private static char[] chars(String s) {
        return s == null ? new char[0] : s.toCharArray();
    }

    /** why the user is here, when they must change it */
    public String getReason() {
        HttpSession session = (HttpSession)
                FacesContext.getCurrentInstance().getExternalContext().getSession(false);
        Set<Obligation> owed = CredentialGate.owed(session);
        if (owed.contains(Obligation.CHANGE_PASSWORD)) {
            return faces.text("access.password.mustChange");
        }
        if (owed.contains(Obligation.PASSWORD_EXPIRED)) {
            return faces.text("access.password.expired");
        }
        return null;
    }

    /** the rules in words, from the policy in force */
    public String getRules() {
        SecurityPolicy p = policies.current();
        return faces.text("access.password.rules", p.minLength(), p.minClasses(), p.passphraseLength(), p.history());
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
