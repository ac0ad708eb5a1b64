package org.innocomplex.web.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.innocomplex.web.support.Faces;

/** {@code login.xhtml}: hands the credentials to Jakarta Security; logout ends the session. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext securityContext;
    @Inject
    Faces faces;

    private String username;
    private String password;

    public void login() throws IOException {
        FacesContext fc = FacesContext.getCurrentInstance();
        ExternalContext ec = fc.getExternalContext();
        String user = username == null ? "" : username.trim().toLowerCase();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) ec.getRequest(), (HttpServletResponse) ec.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(user, password == null ? "" : password)));
        switch (status) {
            case SEND_CONTINUE -> fc.responseComplete();
            case SUCCESS -> ec.redirect(ec.getRequestContextPath() + "/appraisal/inbox.xhtml");
            default -> faces.error(null, "access.login.failed");
        }
    }

    public void logout() throws IOException, ServletException {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
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
