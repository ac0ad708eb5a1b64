package org.innocomplex.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.innocomplex.access.api.AuditSource;
import org.innocomplex.access.api.AuditTrail;
import org.innocomplex.access.api.PlainText;
import org.innocomplex.web.support.ClientAddresses;

/**
 * Tells the audit trail where each request came from ({@link AuditSource}, the address {@link ClientAddresses}
 * trusts), and records the refusals the container answers with an error page: a 403 (a page of another role, a file
 * of another's report) and, for a logged-in caller, a 404 (an object that is not theirs to see reads as missing), as
 * {@code PAGE_REFUSED} with who asked for which path. They go through {@link AuditTrail#refusal}, so a flood of them
 * is counted, not written line by line.
 */
public class AuditSourceFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditSource source;

    @Inject
    transient AuditTrail audit;

    @Inject
    transient ClientAddresses addresses;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String address = addresses.of(request);
        source.set(address);
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            refused(request);
        }
        chain.doFilter(request, response);
    }

    private void refused(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        String user = request.getRemoteUser();
        if (!(status instanceof Integer code) || !(code == 403 || code == 404 && user != null)) {
            return;
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? "-" : String.valueOf(uri);
        String context = request.getContextPath();
        if (!context.isEmpty() && path.startsWith(context)) {
            path = path.substring(context.length());
        }
        audit.refusal(
                user == null ? "anonymous" : user,
                "PAGE_REFUSED",
                "page",
                path,
                "status: " + code + "\nrequest: " + PlainText.forLog(request.getMethod(), 10) + " "
                        + PlainText.forLog(path, 1000));
    }
}
