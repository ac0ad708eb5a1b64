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
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * One mechanism for the two kinds of caller. Jakarta Security 3 takes a single authentication mechanism per
 * application, and the screens' form login ({@link org.innocomplex.web.access.SecurityConfig}) is one: this bean,
 * an alternative that therefore wins, hands every request outside {@code /api/} to that form mechanism unchanged
 * and authenticates API requests with HTTP Basic against the same identity store, on every request and without a
 * session (a script keeps no cookies, and a stolen session cookie then opens no API).
 *
 * <p>Basic rather than issued tokens: the bureau's clients are its own scripts and a reporting tool run by users who
 * already have accounts; Basic needs no token table, revocation screen or expiry policy, and deactivating a user
 * ends their API access at once as it ends their screens. It must run behind TLS, like the login form.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class ApiAuthenticationMechanism implements HttpAuthenticationMechanism {
    static final String REALM = "InnoComplex API";

    @Inject
    IdentityStoreHandler identityStores;
    @Inject
    BeanManager beans;

    private volatile HttpAuthenticationMechanism form;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        if (!isApi(request)) {
            return form().validateRequest(request, response, context);
        }
        Optional<UsernamePasswordCredential> credential = basic(request.getHeader("Authorization"));
        if (credential.isEmpty()) {
            return context.isProtected() ? refuse(request, response, "api.error.authenticationRequired")
                    : context.doNothing();
        }
        CredentialValidationResult result = identityStores.validate(credential.get());
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result);
        }
        return refuse(request, response, "api.error.badCredentials");
    }

    @Override
    public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response,
                                               HttpMessageContext context) throws AuthenticationException {
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

    /** {@code Basic base64(user:password)}; anything else is no credential. */
    static Optional<UsernamePasswordCredential> basic(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return Optional.of(new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }

    /**
     * 401 with the challenge and a problem document. The response is committed here so that the container's own
     * error handling cannot replace the body with an HTML page.
     */
    private AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response, String code) {
        ApiTexts texts = ApiTexts.forHeader(request.getHeader("Accept-Language"));
        Problem p = Problem.of(401, code, texts.text(code), request.getRequestURI());
        try {
            response.setStatus(401);
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
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

    /** The form mechanism the security extension made from {@code SecurityConfig}'s annotation. */
    private HttpAuthenticationMechanism form() {
        HttpAuthenticationMechanism f = form;
        if (f == null) {
            Set<Bean<?>> all = beans.getBeans(HttpAuthenticationMechanism.class);
            Bean<?> other = all.stream().filter(b -> b.getBeanClass() != ApiAuthenticationMechanism.class)
                    .filter(b -> !b.isAlternative())
                    // the extension's producer (configured by the annotation) rather than the class it wraps
                    .sorted((a, b) -> Boolean.compare(!a.getBeanClass().isInterface(), !b.getBeanClass().isInterface()))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no form authentication mechanism"));
            f = (HttpAuthenticationMechanism) beans.getReference(other, HttpAuthenticationMechanism.class,
                    beans.createCreationalContext(other));
            form = f;
        }
        return f;
    }
}
