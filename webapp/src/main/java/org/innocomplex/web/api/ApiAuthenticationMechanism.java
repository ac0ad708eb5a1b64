package org.innocomplex.web.api;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.ApiTokenService;
import org.innocomplex.access.api.AuditSource;
import org.innocomplex.access.api.AuditTrail;
import org.innocomplex.access.api.PlainText;
import org.innocomplex.access.api.UserService;
import org.innocomplex.web.access.SessionKeys;
import org.innocomplex.web.errors.DatabaseUnavailable;
import org.innocomplex.web.support.ClientAddresses;

/**
 * One mechanism for the two kinds of caller. Jakarta Security 3 takes a single authentication mechanism per
 * application, and the screens' form login ({@link org.innocomplex.web.access.SecurityConfig}) is one: this bean,
 * an alternative that therefore wins, hands every request outside {@code /api/} to that form mechanism unchanged
 * and authenticates API requests with a personal API token ({@code Authorization: Bearer ic_…}, made by the user on
 * {@code /account/tokens.xhtml}), on every request and without a session: a script keeps no cookies, and no cookie
 * opens the API, so a page of another site that the browser of a logged-in user opens cannot call it with the user's
 * session (cross-site request forgery). Before any credential is read, {@link CrossSiteGuard} refuses what only a page
 * of another site would send (a foreign {@code Origin}, a form's body types). Every refusal is audited.
 *
 * <p>Bearer tokens only, HTTP Basic no longer: Basic made every call run the 600,000-round PBKDF2 of the password, so
 * 13 wrong passwords a second took both cores of a server, and it offered the API as a second, unthrottled place to
 * guess passwords. A token is 256 random bits checked by one lookup of its SHA-256 ({@link ApiTokenService}), so a
 * wrong one costs microseconds and guessing is hopeless; deactivating the user ends their tokens at once.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class ApiAuthenticationMechanism implements HttpAuthenticationMechanism {
    static final String REALM = "InnoComplex API";
    static final String CHALLENGE = "Bearer realm=\"" + REALM + "\"";
    static final String INVALID = CHALLENGE + ", error=\"invalid_token\"";

    @Inject
    ApiTokenService tokens;

    @Inject
    ClientAddresses addresses;

    @Inject
    CrossSiteGuard crossSite;

    @Inject
    AuditTrail audit;

    @Inject
    BeanManager beans;

    @Inject
    AuditSource auditSource;

    @Inject
    UserService users;

    private volatile HttpAuthenticationMechanism form;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        try {
            return authenticate(request, response, context);
        } catch (RuntimeException e) {
            // it runs before every filter and asks the database (the token, the session's user): an outage must
            // be answered here, or the container answers an empty 500
            if (!DatabaseUnavailable.is(e)) {
                throw e;
            }
            DatabaseUnavailable.log(request.getMethod(), request.getRequestURI(), e);
            try {
                if (isApi(request)) {
                    DatabaseUnavailable.answerProblem(request, response);
                } else {
                    DatabaseUnavailable.answerPage(request, response, DatabaseUnavailable.sessionLocale(request));
                }
            } catch (IOException gone) {
                // the client went away; it gets no body either way
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    private AuthenticationStatus authenticate(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        // the API's authentication runs before the servlet filters: the audit learns the source here first
        auditSource.set(addresses.of(request));
        if (!isApi(request)) {
            Optional<Actor> caller = sessionCaller(request, context);
            if (caller.isPresent()) {
                return context.notifyContainerAboutLogin(
                        caller.get().username(), Set.of(caller.get().role().name()));
            }
            return form().validateRequest(request, response, context);
        }
        Optional<CrossSiteGuard.Refusal> crossSiteRefusal = crossSite.check(request);
        if (crossSiteRefusal.isPresent()) {
            return problem(
                    request,
                    response,
                    crossSiteRefusal.get().status(),
                    crossSiteRefusal.get().code(),
                    null);
        }
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            if (!context.isProtected()) {
                return context.doNothing();
            }
            audit.refusal(
                    "anonymous",
                    "API_UNAUTHENTICATED",
                    "address",
                    PlainText.forLog(addresses.of(request), 64),
                    "no credential\nrequest: " + PlainText.forLog(request.getMethod(), 10) + " "
                            + PlainText.forLog(request.getRequestURI(), 300));
            return problem(request, response, 401, "api.error.authenticationRequired", CHALLENGE);
        }
        Optional<String> token = bearer(header);
        if (token.isEmpty()) {
            // Basic (or anything else) is no credential of this API any more; the audit line says so, never what
            // the header held
            tokens.authenticate(null, addresses.of(request));
            return problem(request, response, 401, "api.error.bearerOnly", INVALID);
        }
        Optional<Actor> actor = tokens.authenticate(token.get(), addresses.of(request));
        if (actor.isPresent()) {
            return context.notifyContainerAboutLogin(
                    actor.get().username(), Set.of(actor.get().role().name()));
        }
        return problem(request, response, 401, "api.error.badCredentials", INVALID);
    }

    /**
     * The caller of a logged-in HTTP session ({@link SessionKeys#CALLER}), with their role as it stands: the container
     * learns the caller and the group on every request from here, not from Soteria's AutoApplySession, which under
     * load sometimes brought back the caller without their group (payara/Payara#6145). A login in progress, and a
     * session without a completed login, are the form mechanism's.
     */
    private Optional<Actor> sessionCaller(HttpServletRequest request, HttpMessageContext context) {
        if (context.isAuthenticationRequest()) {
            return Optional.empty();
        }
        HttpSession session = request.getSession(false);
        Object name = session == null ? null : session.getAttribute(SessionKeys.CALLER);
        return name instanceof String n ? users.find(n) : Optional.empty();
    }

    /** {@code Bearer <token>} (RFC 6750); anything else is no token. */
    static Optional<String> bearer(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String token = header.substring(7).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    /**
     * A problem document, with the Bearer challenge for a 401 (RFC 6750: {@code error="invalid_token"} when a
     * credential was sent). The response is committed here so that the container's own error handling cannot replace
     * the body with an HTML page.
     */
    private static AuthenticationStatus problem(
            HttpServletRequest request, HttpServletResponse response, int status, String code, String challenge) {
        ApiTexts texts = ApiTexts.forHeader(request.getHeader("Accept-Language"));
        Problem p = Problem.of(status, code, texts.text(code), request.getRequestURI());
        try {
            response.setStatus(status);
            if (challenge != null) {
                response.setHeader("WWW-Authenticate", challenge);
            }
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Content-Language", texts.locale().toLanguageTag());
            response.getWriter().write(p.toJson(texts).toString());
            response.flushBuffer();
        } catch (IOException e) {
            // the client went away; it gets no body either way
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    @Override
    public AuthenticationStatus secureResponse(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        return isApi(request) ? AuthenticationStatus.SUCCESS : form().secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (isApi(request)) {
            HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
        } else {
            form().cleanSubject(request, response, context);
        }
    }

    static boolean isApi(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String root = request.getContextPath() + "/api/";
        return uri != null && uri.startsWith(root);
    }

    /** The form mechanism the security extension made from {@code SecurityConfig}'s annotation. */
    private HttpAuthenticationMechanism form() {
        HttpAuthenticationMechanism f = form;
        if (f == null) {
            Set<Bean<?>> all = beans.getBeans(HttpAuthenticationMechanism.class);
            Bean<?> other = all.stream()
                    .filter(b -> b.getBeanClass() != ApiAuthenticationMechanism.class)
                    .filter(b -> !b.isAlternative())
                    // the extension's producer (configured by the annotation) rather than the class it wraps
                    .sorted((a, b) -> Boolean.compare(
                            !a.getBeanClass().isInterface(), !b.getBeanClass().isInterface()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no form authentication mechanism"));
            f = (HttpAuthenticationMechanism)
                    beans.getReference(other, HttpAuthenticationMechanism.class, beans.createCreationalContext(other));
            form = f;
        }
        return f;
    }
}
