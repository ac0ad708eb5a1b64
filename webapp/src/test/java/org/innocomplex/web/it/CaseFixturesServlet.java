package org.innocomplex.web.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Test archive only: {@link Fixtures} for browser tests, which run outside the container and cannot inject it, so
 * that each browser test makes the data it shows itself instead of relying on a method that ran before it:
 * <ul>
 *   <li>{@code POST /it-fixtures/case/county-reviews?county=&n=}: n fresh reports of the county submitted, their
 *       county reviews open (the newest tasks of the county's inbox); the report ids, one a line;</li>
 *   <li>{@code POST /it-fixtures/case/bell-reminder?county=&year=}: an overdue county review whose reminder the
 *       engine's timer has sent to the county's officials; the report id;</li>
 *   <li>{@code POST /it-fixtures/case/migration}: a process key of its own with two versions and an instance on the
 *       older; the key.</li>
 * </ul>
 */
@WebServlet("/it-fixtures/case/*")
public class CaseFixturesServlet extends HttpServlet {
    @Inject
    Fixtures fixtures;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/plain");
        resp.setCharacterEncoding("UTF-8");
        switch (String.valueOf(req.getPathInfo())) {
            case "/county-reviews" -> {
                int n = Integer.parseInt(req.getParameter("n"));
                for (int i = 0; i < n; i++) {
                    resp.getWriter()
                            .println(fixtures.atCountyReview(req.getParameter("county"))
                                    .report()
                                    .id());
                }
            }
            case "/bell-reminder" ->
                resp.getWriter()
                        .write(String.valueOf(fixtures.overdueCountyReviewReminded(
                                        req.getParameter("county"), Integer.parseInt(req.getParameter("year")))
                                .report()
                                .id()));
            case "/migration" -> {
                String key = Fixtures.freshProcessKey("wfweb-migration");
                fixtures.twoVersionsWithAnInstanceOnTheOlder(key);
                resp.getWriter().write(key);
            }
            default -> resp.sendError(404);
        }
    }

    /** Calls one of the fixtures from outside the container; returns what it answered. */
    static String post(URL base, String pathAndQuery) {
        String url = base.toString().replaceFirst("//[^/:]+", "//localhost");
        try {
            HttpResponse<String> r = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(
                                            url + (url.endsWith("/") ? "" : "/") + "it-fixtures/case/" + pathAndQuery))
                                    .POST(HttpRequest.BodyPublishers.noBody())
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(
                        "fixture " + pathAndQuery + " answered " + r.statusCode() + ": " + r.body());
            }
            return r.body().trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
