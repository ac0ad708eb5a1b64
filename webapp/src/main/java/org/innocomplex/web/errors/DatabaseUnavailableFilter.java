package org.innocomplex.web.errors;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The last line of {@link DatabaseUnavailable}: a database failure that escapes whatever ran inside (a filter that
 * reads the session's state, a servlet, a page whose exception handler did not answer) becomes the 503 page or
 * problem here, instead of the container's 500 error page, whose template would ask the database again.
 */
public class DatabaseUnavailableFilter implements Filter {
    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(req, res);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!(req instanceof HttpServletRequest request)
                    || !(res instanceof HttpServletResponse response)
                    || !DatabaseUnavailable.is(e)) {
                throw e;
            }
            boolean api = request.getRequestURI() != null
                    && request.getRequestURI().startsWith(request.getContextPath() + "/api/");
            boolean answered = api
                    ? DatabaseUnavailable.answerProblem(request, response)
                    : DatabaseUnavailable.answerPage(request, response, DatabaseUnavailable.sessionLocale(request));
            if (!answered) {
                throw e;
            }
            DatabaseUnavailable.log(request.getMethod(), request.getRequestURI(), e);
        }
    }
}
