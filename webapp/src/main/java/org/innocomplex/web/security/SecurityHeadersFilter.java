package org.innocomplex.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The security headers ({@link SecurityHeaders}) on every answer of the application: pages, the API, downloads,
 * static files and error pages (web.xml maps it first, for requests, forwards and error dispatches).
 *
 * <p>The answer is wrapped so that what runs after the filter cannot weaken it: PrimeFaces' Content-Security-Policy
 * (the same policy with the page's nonce) replaces the filter's instead of being added beside it (two policies would
 * both apply, and the one without the nonce would block the page's scripts); a {@code Cache-Control} set later (e.g.
 * PrimeFaces' file download, which asks for revalidation only) stays {@code no-store} where the filter said so; and a
 * reset of the answer (an error page rendered after a failure) sets the headers again.
 */
public class SecurityHeadersFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    private transient String policy;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        policy = SecurityHeaders.policy(config.getServletContext());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.apply(request, response, policy);
        chain.doFilter(request, new Guarded(request, response, policy));
    }

    /** The answer with its security headers kept. */
    static final class Guarded extends HttpServletResponseWrapper {
        private final HttpServletRequest request;
        private final String policy;
        private final boolean noStore;

        Guarded(HttpServletRequest request, HttpServletResponse response, String policy) {
            super(response);
            this.request = request;
            this.policy = policy;
            this.noStore = !SecurityHeaders.isStatic(request);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!pinned(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (SecurityHeaders.CSP.equalsIgnoreCase(name)) {
                // PrimeFaces adds its header with the nonce: one policy, not two
                super.setHeader(name, value);
            } else if (!pinned(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void reset() {
            super.reset();
            SecurityHeaders.apply(request, (HttpServletResponse) getResponse(), policy);
        }

        private boolean pinned(String name) {
            return noStore && SecurityHeaders.CACHE_CONTROL.equalsIgnoreCase(name);
        }
    }
}
