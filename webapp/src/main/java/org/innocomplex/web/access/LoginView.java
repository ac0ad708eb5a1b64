package org.innocomplex.web.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Credential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.CredentialService;
import org.innocomplex.access.api.LoginOutcome;
import org.innocomplex.access.api.Obligation;
import org.innocomplex.access.api.PasswordLoginCredential;
import org.innocomplex.access.api.SecondFactorCredential;
import org.innocomplex.access.api.UserService;
import org.innocomplex.web.support.ClientAddresses;
import org.innocomplex.web.support.Faces;
import org.innocomplex.web.support.Formats;

/**
 * {@code login.xhtml}: hands the credentials, with the address they came from, to Jakarta Security; logout ends the
 * session. A refused attempt (too soon after a failure, a locked name or address, the server's hashing slots all
 * taken) says so in the user's language and answers 429 with {@code Retry-After}, so that a script learns it too.
 *
 * <p>A user with a second factor logs in in two steps on the same page: the right password gives a one-time ticket
 * (kept in the HTTP session for {@link #SECOND_STEP} at most, never the password) and the page asks for the code;
 * only the right code authenticates the user with Jakarta Security. A wrong code is a login failure like a wrong
 * password. After either kind of login, {@link #admitted} is the one place a login ends: what the user still owes
 * ({@link CredentialGate}) and where they land.
 */
@Named
@RequestScoped
public class LoginView {
    static final String PENDING = "innocomplex.login.pending";
    /** how long the code may follow the password */
    static final Duration SECOND_STEP = Duration.ofMinutes(5);

    @Inject
    SecurityContext securityContext;

    @Inject
    Faces faces;

    @Inject
    ClientAddresses addresses;

    @Inject
    Formats formats;

    @Inject
    SessionKeys sessionKeys;

    @Inject
    UserService users;

    @Inject
    CredentialService credentials;

    private String username;
    private String password;
    private String code;

    /** a password step passed, its code still to come */
    record Pending(String username, String ticket, Instant at) implements Serializable {
        boolean fresh(Instant now) {
            return now.isBefore(at.plus(SECOND_STEP));
        }
    }

    public void login() throws IOException {
        FacesContext fc = FacesContext.getCurrentInstance();
        ExternalContext ec = fc.getExternalContext();
        String user = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        PasswordLoginCredential credential =
                new PasswordLoginCredential(user, password == null ? "" : password, addresses.of(request));
        AuthenticationStatus status = authenticate(ec, credential);
        if (credential.failure() != null) {
            // not the user's mistake: the page's exception handling answers it (the database gone: 503)
            throw credential.failure();
        }
        LoginOutcome outcome = credential.outcome();
        if (status == AuthenticationStatus.SUCCESS) {
            admitted(ec, user);
        } else if (status == AuthenticationStatus.SEND_CONTINUE) {
            fc.responseComplete();
        } else if (outcome != null && outcome.kind() == LoginOutcome.Kind.SECOND_FACTOR) {
            request.getSession(true)
                    .setAttribute(PENDING, new Pending(user, credential.pendingTicket(), Instant.now()));
            ec.setResponseStatus(200);
        } else {
            refused(ec, outcome);
        }
    }

    /** the second step: the code (or a recovery code) of the user whose password was right */
    public void verify() throws IOException {
        FacesContext fc = FacesContext.getCurrentInstance();
        ExternalContext ec = fc.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        Pending p = pending();
        if (p == null || !p.fresh(Instant.now())) {
            cancel();
            faces.error(null, "access.login.codeExpired");
            return;
        }
        SecondFactorCredential credential =
                new SecondFactorCredential(p.username(), p.ticket(), code == null ? "" : code, addresses.of(request));
        AuthenticationStatus status = authenticate(ec, credential);
        if (credential.failure() != null) {
            // not the user's mistake: the page's exception handling answers it (the database gone: 503)
            throw credential.failure();
        }
        LoginOutcome outcome = credential.outcome();
        if (status == AuthenticationStatus.SUCCESS) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.removeAttribute(PENDING);
            }
            admitted(ec, p.username());
        } else if (status == AuthenticationStatus.SEND_CONTINUE) {
            fc.responseComplete();
        } else if (outcome != null && outcome.kind() == LoginOutcome.Kind.TICKET_EXPIRED) {
            cancel();
            faces.error(null, "access.login.codeExpired");
        } else if (outcome == null || outcome.kind() == LoginOutcome.Kind.FAILED) {
            faces.error(null, "access.login.codeFailed");
            ec.setResponseStatus(200);
        } else {
            refused(ec, outcome);
        }
    }

    /** back to the password */
    public void cancel() {
        HttpSession session = (HttpSession)
                FacesContext.getCurrentInstance().getExternalContext().getSession(false);
        if (session != null) {
            session.removeAttribute(PENDING);
        }
    }

    /**
     * Soteria's login-to-continue keeps a mark in the session from a caller's {@code authenticate} until one succeeds;
     * while it is there, a protected page the session asks for is answered empty (200, no body) instead of being
     * redirected to the login page. A failed step (a wrong password, the password step of a two-step login) takes
     * the mark off, so the session behaves as one that never tried.
     */
    static final String SOTERIA_CALLER_INITIATED = "org.glassfish.soteria.caller_initiated_authentication";

    private AuthenticationStatus authenticate(ExternalContext ec, Credential credential) {
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        AuthenticationStatus status = securityContext.authenticate(
                request,
                (HttpServletResponse) ec.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true).credential(credential));
        if (status != AuthenticationStatus.SUCCESS && status != AuthenticationStatus.SEND_CONTINUE) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.removeAttribute(SOTERIA_CALLER_INITIATED);
            }
        }
        return status;
    }

    /**
     * Where every successful login ends, once Jakarta Security knows the user: the obligations the session must
     * settle first (the {@link CredentialGate} holds it to their pages), the warning of a password about to expire,
     * and the redirect to the first obligation's page or the landing page.
     */
    private void admitted(ExternalContext ec, String user) throws IOException {
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        HttpSession session = request.getSession(true);
        // both factors passed: the login session starts (and, by the policy, ends the account's older ones)
        sessionKeys.started(request, user);
        Set<Obligation> owed = credentials.obligations(user);
        CredentialGate.hold(session, owed);
        OptionalLong days = credentials.passwordExpiresInDays(user);
        if (days.isPresent() && owed.isEmpty()) {
            faces.flashWarn("access.password.expiresSoon", days.getAsLong());
        }
        String page = CredentialGate.pageFor(owed);
        ec.redirect(ec.getRequestContextPath() + (page == null ? landing(user) : page));
    }

    /** the role's own first page (a security administrator has no inbox) */
    private String landing(String user) {
        return Landing.of(users.find(user).map(Actor::role).orElse(null));
    }

    private void refused(ExternalContext ec, LoginOutcome outcome) {
        LoginOutcome.Kind kind = outcome == null ? LoginOutcome.Kind.FAILED : outcome.kind();
        Instant until = outcome == null ? null : outcome.until();
        long seconds = until == null
                ? 0
                : Math.max(1, (Duration.between(Instant.now(), until).toMillis() + 999) / 1000);
        switch (kind) {
            case DELAYED -> faces.error(null, "access.login.delayed", seconds);
            case LOCKED -> faces.error(null, "access.login.locked", formats.dateTime(until));
            case ADDRESS_LOCKED -> faces.error(null, "access.login.addressLocked", formats.dateTime(until));
            case BUSY -> faces.error(null, "access.login.busy");
            default -> faces.error(null, "access.login.failed");
        }
        if (outcome != null && outcome.refused()) {
            ec.setResponseStatus(429);
            ec.setResponseHeader("Retry-After", String.valueOf(kind == LoginOutcome.Kind.BUSY ? 1 : seconds));
        }
    }

    public void logout() throws IOException, ServletException {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        sessionKeys.ended((HttpServletRequest) ec.getRequest());
        ((HttpServletRequest) ec.getRequest()).logout();
        ec.invalidateSession();
        ec.redirect(ec.getRequestContextPath() + "/login.xhtml");
    }

    private Pending pending() {
        HttpSession session = (HttpSession)
                FacesContext.getCurrentInstance().getExternalContext().getSession(false);
        return session == null ? null : (Pending) session.getAttribute(PENDING);
    }

    /** whether the page asks for the code of a password step passed */
    public boolean isSecondStep() {
        return pending() != null;
    }

    public String getPendingUsername() {
        Pending p = pending();
        return p == null ? null : p.username();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
