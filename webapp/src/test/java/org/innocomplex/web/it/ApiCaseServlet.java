package org.innocomplex.web.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.innocomplex.access.api.NewUser;
import org.innocomplex.access.api.Role;
import org.innocomplex.access.api.UserService;

/**
 * Test archive only: what an API test cannot do through the API because no screen does it either — a fresh complex
 * with its 2025 report at the operator's step, and an operator account with a password for it — so that the
 * appraisal itself is driven through the API alone, on data no other test touches.
 */
@WebServlet("/it-fixtures/api-case")
public class ApiCaseServlet extends HttpServlet {
    static final String PASSWORD = "Api@Test-2026";

    @Inject
    Fixtures fixtures;

    @Inject
    UserService users;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String county = req.getParameter("county") == null ? "331122" : req.getParameter("county");
        Fixtures.Case c = fixtures.atReportStep(county);
        String username = "it-api-op-" + c.complex().id();
        users.create(
                Fixtures.security(),
                new NewUser(
                        username,
                        "IT API operator",
                        PASSWORD.toCharArray(),
                        Role.OPERATOR,
                        county,
                        c.complex().id()));
        resp.setContentType("text/plain");
        resp.getWriter()
                .write(c.report().id() + " " + c.complex().id() + " " + username + " "
                        + c.report().cycleId());
    }
}
