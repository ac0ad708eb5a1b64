package org.innocomplex.web.security;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers on the answers the authentication mechanism gives itself, before any filter: the API's 401
 * problem, the redirect of an anonymous caller to the login page. The container authenticates a request before its
 * filters run, so {@link SecurityHeadersFilter} never sees those; this decorates whichever mechanism the application
 * has (the API's, which hands the pages to the form login) and sets the same headers first.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class SecurityHeadersOnAuthentication implements HttpAuthenticationMechanism {

    @Inject
    @Delegate
    @Any
    HttpAuthenticationMechanism delegate;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        SecurityHeaders.apply(request, response, SecurityHeaders.policy(request.getServletContext()));
        return delegate.validateRequest(request, response, context);
    }
}
