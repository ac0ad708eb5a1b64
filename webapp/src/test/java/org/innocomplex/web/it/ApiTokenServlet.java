package org.innocomplex.web.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.ApiTokenService;
import org.innocomplex.access.api.UserService;

/**
 * Test archive only: a personal API token for a user ({@code POST ?user=}, the token as the body), made through the
 * product's own {@link ApiTokenService} as the user's "My API tokens" page makes it, so that API tests from outside
 * authenticate as a script would without driving that page for every user. The page itself is driven by
 * {@code ApiTokensJourneyIT}.
 */
@WebServlet("/it-fixtures/api-token")
public class ApiTokenServlet extends HttpServlet {
    @Inject
    ApiTokenService tokens;

    @Inject
    UserService users;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Actor user = users.find(req.getParameter("user")).orElse(null);
        if (user == null) {
            resp.sendError(404);
            return;
        }
        String days = req.getParameter("days");
        resp.setContentType("text/plain");
        resp.getWriter()
                .write(tokens.create(user, "it " + System.nanoTime(), days == null ? null : Integer.valueOf(days))
                        .token());
    }
}
