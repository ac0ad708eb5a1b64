package org.innocomplex.web.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.LoginOutcome;
import org.innocomplex.access.api.PasswordLoginCredential;
import org.innocomplex.access.api.UserService;
import org.innocomplex.web.support.ClientAddresses;
import org.innocomplex.web.support.Faces;
import org.innocomplex.web.support.Formats;

/**
 * {@code login.xhtml}: hands the credentials, with the address they came from, to Jakarta Security; logout ends the
 * session. A refused attempt (too soon after a failure, a locked name or address, the server's hashing slots all
 * taken) says so in the user's language and answers 429 with {@code Retry-After}, so that a script learns it too.
 */
@Named
@RequestScoped
public class LoginView {

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

    private String username;
    private String password;

    public void login() throws IOException {
        FacesContext fc = FacesContext.getCurrentInstance();
        ExternalContext ec = fc.getExternalContext();
        String user = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        PasswordLoginCredential credential =
                new PasswordLoginCredential(user, password == null ? "" : password, addresses.of(request));
        AuthenticationStatus status = securityContext.authenticate(
                request,
                (HttpServletResponse) ec.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true).credential(credential));
        switch (status) {
            case SEND_CONTINUE -> fc.responseComplete();
            case SUCCESS -> {
                sessionKeys.started(request, user);
                ec.redirect(ec.getRequestContextPath() + landing(user));
            }
            default -> refused(ec, credential.outcome());
        }
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
        if (kind != LoginOutcome.Kind.FAILED && kind != LoginOutcome.Kind.SUCCEEDED) {
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
}
