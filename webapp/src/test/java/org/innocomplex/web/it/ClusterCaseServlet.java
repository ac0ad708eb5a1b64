package org.innocomplex.web.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import org.innocomplex.access.api.NewUser;
import org.innocomplex.access.api.Role;
import org.innocomplex.access.api.UserService;
import org.innocomplex.submission.api.CycleData;
import org.innocomplex.submission.api.CycleService;

/**
 * Fixture archive of {@code ClusterIT} only: what its load needs and no screen makes. {@code POST ?year=} opens that
 * year's cycle of Lishui with the report and county-review deadlines already past (once, before the load: two nodes
 * creating one cycle at once is not what the test is about); {@code POST ?cycle=} adds a fresh complex of Jinyun
 * with its report started in that cycle (the report step open, its two deadline timers due at once) and an operator
 * with a password, and answers {@code reportId complexId username}.
 */
@WebServlet("/it-fixtures/cluster-case")
public class ClusterCaseServlet extends HttpServlet {
    static final String PASSWORD = "Cluster@Test-2026";
    static final String COUNTY = "331122";

    @Inject
    Fixtures fixtures;

    @Inject
    UserService users;

    @Inject
    CycleService cycles;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/plain");
        String year = req.getParameter("year");
        if (year != null) {
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            CycleData cycle =
                    fixtures.cycleWithDeadlines(Integer.parseInt(year), today.minusDays(2), today.minusDays(1));
            resp.getWriter().write(String.valueOf(cycle.id()));
            return;
        }
        long cycleId = Long.parseLong(req.getParameter("cycle"));
        CycleData cycle = cycles.cycle(cycleId).orElseThrow();
        var complex = fixtures.complexIn(COUNTY);
        String username = "it-cl-op-" + complex.id();
        var operator = users.create(
                Fixtures.security(),
                new NewUser(username, "集群测试填报员", PASSWORD.toCharArray(), Role.OPERATOR, COUNTY, complex.id()));
        Fixtures.Case c = fixtures.atReportStepIn(cycle, complex, operator);
        resp.getWriter()
                .write(c.report().id() + " " + complex.id() + " " + username + " "
                        + c.appraisal().id());
    }
}
