package org.innocomplex.web.security;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of every answer, set by {@link SecurityHeadersFilter} for what the application serves and by
 * {@link SecurityHeadersOnAuthentication} for what the authentication mechanism answers on its own (the API's 401,
 * the redirect to the login page), before any filter runs.
 *
 * <p>The policy is the context parameter {@code primefaces.CSP_POLICY} of web.xml, one text for both: on a page
 * PrimeFaces' CSP mode sends it with the request's {@code 'nonce-…'} appended to its last directive,
 * {@code script-src}, and {@link SecurityHeadersFilter} lets that header replace the one set here; every other
 * answer (API, downloads, static files, redirects) gets it as written, without a nonce, so no inline script runs
 * there at all.
 */
public final class SecurityHeaders {
    /** The context parameter PrimeFaces reads its policy from; its last directive must be {@code script-src}. */
    public static final String POLICY_PARAM = "primefaces.CSP_POLICY";
    /** Used when web.xml names no policy: nothing but the application's own scripts, styles, images and fonts. */
    static final String FALLBACK_POLICY = "default-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; script-src 'self'";

    static final String CSP = "Content-Security-Policy";
    static final String CACHE_CONTROL = "Cache-Control";
    /** A year, the usual minimum for HSTS; sent only on answers that came over TLS. */
    static final String HSTS = "max-age=31536000; includeSubDomains";

    private SecurityHeaders() {}

    /** The policy of the application's web.xml. */
    public static String policy(ServletContext context) {
        String p = context == null ? null : context.getInitParameter(POLICY_PARAM);
        return p == null || p.isBlank() ? FALLBACK_POLICY : p.trim();
    }

    /** Sets the headers on an answer not yet committed (a committed one can no longer change). */
    public static void apply(HttpServletRequest request, HttpServletResponse response, String policy) {
        if (response.isCommitted()) {
            return;
        }
        response.setHeader(CSP, policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        if (!isStatic(request)) {
            // pages, API answers and downloads hold one user's data: no browser or proxy keeps a copy
            response.setHeader(CACHE_CONTROL, "no-store");
        }
        if (overTls(request)) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
    }

    /**
     * Files that are the same for every user and may be cached: Faces resources (PrimeFaces' and the application's
     * scripts, styles, fonts) and the bundled browser libraries. PrimeFaces' dynamic content (a download streamed
     * through the resource handler) is a user's data and is not.
     */
    static boolean isStatic(HttpServletRequest request) {
        String path = path(request);
        if (path.startsWith("/jakarta.faces.resource/")) {
            return !path.startsWith("/jakarta.faces.resource/dynamiccontent");
        }
        return path.startsWith("/vendor/");
    }

    /** The path inside the application, without its context root. */
    static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String root = request.getContextPath();
        if (uri == null) {
            return "";
        }
        return root != null && !root.isEmpty() && uri.startsWith(root) ? uri.substring(root.length()) : uri;
    }

    /**
     * Whether the answer goes back over TLS: the request came over HTTPS, or the TLS-terminating proxy in front said
     * so. HSTS sent over plain HTTP is ignored by browsers, so trusting the proxy's header costs nothing.
     */
    static boolean overTls(HttpServletRequest request) {
        return request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    }
}
