package org.innocomplex.web.access;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login on our own page ({@code login.xhtml}, which calls {@code SecurityContext.authenticate}); the identity
 * store is the access module's. Roles are declared here so that web.xml and {@code isCallerInRole} know them.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({
    "ADMIN",
    "OPERATOR",
    "COUNTY_OFFICIAL",
    "MUNICIPAL_OFFICIAL",
    "PROVINCIAL_OFFICIAL",
    "EXPERT",
    "SECURITY_ADMIN",
    "AUDITOR"
})
@FacesConfig
@ApplicationScoped
public class SecurityConfig {}
