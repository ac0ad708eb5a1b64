package org.innocomplex.web.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.innocomplex.access.api.AuditTrail;

/**
 * Test archive only: the audit lines of one object ({@code ?type=&id=}), one per line as
 * {@code actor|action|detail}, for browser tests, which run outside the container and cannot read the trail
 * themselves.
 */
@WebServlet("/it-fixtures/audit")
public class AuditLinesServlet extends HttpServlet {
    @Inject
    AuditTrail audit;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/plain");
        resp.setCharacterEncoding("UTF-8");
        for (AuditTrail.Entry e : audit.of(req.getParameter("type"), req.getParameter("id"))) {
            resp.getWriter()
                    .println(e.actor() + "|" + e.action() + "|" + e.detail().replace('\n', ' '));
        }
    }
}
