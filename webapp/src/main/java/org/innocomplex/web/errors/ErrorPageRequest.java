package org.innocomplex.web.errors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * An error page (web.xml's error-page mappings, an ERROR dispatch) renders as a page of its own, without the
 * parameters of the request that failed. With them it would count as a postback of that request's form: PrimeFaces
 * would then take the failed post's Content-Security-Policy nonce for its own, and a post refused for a missing or
 * foreign nonce ({@link PageExceptionHandler}) would fail its error page too and answer with an empty body. What the
 * error page shows comes from request attributes ({@link PageExceptionHandler#TITLE} …), not from the form.
 */
public class ErrorPageRequest extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new WithoutParameters(request), response);
    }

    static final class WithoutParameters extends HttpServletRequestWrapper {
        WithoutParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
