package org.innocomplex.web.access;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.List;
import org.innocomplex.access.api.CredentialService;
import org.innocomplex.access.api.CurrentUser;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.Obligation;
import org.innocomplex.access.api.SecondFactorEnrolment;
import org.innocomplex.access.api.SecurityPolicyService;
import org.innocomplex.access.api.ValidationException;
import org.innocomplex.web.support.Faces;

/**
 * {@code account/second-factor.xhtml}: the user's own TOTP second factor. Enrolment shows the secret as a QR code
 * (a {@code data:} image, which the Content-Security-Policy's {@code img-src data:} allows) and as text; a first code
 * confirms it; the ten recovery codes are shown once, then. A login whose role requires a second factor it does not
 * have yet is held here ({@link CredentialGate}) and starts the enrolment at once.
 */
@Named
@ViewScoped
public class SecondFactorView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String FORM = "factorForm";

    @Inject
    CredentialService credentials;

    @Inject
    SecurityPolicyService policies;

    @Inject
    CurrentUser currentUser;

    @Inject
    Faces faces;

    private SecondFactorEnrolment enrolment;
    private String code;
    private List<String> recoveryCodes;

    @PostConstruct
    void init() {
        if (isRequired() && !isEnrolled()) {
            start();
        }
    }

    public void start() {
        enrolment = credentials.startEnrolment(currentUser.require());
        recoveryCodes = null;
        code = null;
    }

    public void confirm() {
        try {
            recoveryCodes = credentials.confirmEnrolment(currentUser.require(), enrolment, code);
            enrolment = null;
            code = null;
            CredentialGate.settled(session(), Obligation.ENROL_SECOND_FACTOR);
            faces.info("access.factor.enrolled");
        } catch (ValidationException e) {
            faces.violations(FORM, e);
        } catch (DomainException e) {
            faces.error(e);
        }
    }

    public void cancel() {
        enrolment = null;
        code = null;
    }

    /** where to go after the recovery codes were noted: what the login still owes, or the landing page */
    public void proceed() {
        String page = CredentialGate.pageFor(CredentialGate.owed(session()));
        faces.redirect(page == null ? Landing.of(currentUser.require().role()) : page);
    }

    private static HttpSession session() {
        return (HttpSession)
                FacesContext.getCurrentInstance().getExternalContext().getSession(true);
    }

    public boolean isEnrolled() {
        return credentials.hasSecondFactor(currentUser.require().username());
    }

    /** whether the user's role requires a second factor */
    public boolean isRequired() {
        return policies.current().requiresSecondFactor(currentUser.require().role());
    }

    /** whether this login must enrol before it goes anywhere */
    public boolean isHeld() {
        return CredentialGate.owed(session()).contains(Obligation.ENROL_SECOND_FACTOR);
    }

    public int getRecoveryCodesLeft() {
        return credentials.recoveryCodesLeft(currentUser.require().username());
    }

    public SecondFactorEnrolment getEnrolment() {
        return enrolment;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
