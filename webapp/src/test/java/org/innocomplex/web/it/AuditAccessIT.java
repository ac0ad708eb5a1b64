package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The audit from outside: only the audit administrator reads it (page and API), the administrator is refused both
 * (403) and the refusal is audited; a failed and a succeeded login and a cross-county refusal each leave an entry
 * with the actor and the source address the request came from (through the trusted loopback proxy).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditAccessIT {
    static final String DEMO = "Demo@2026";
    static final ObjectMapper JSON = new ObjectMapper();

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    final HttpClient http = HttpClient.newHttpClient();

    private String auditor;

    private String auditor() throws IOException, InterruptedException {
        if (auditor == null) {
            auditor = post("/it-fixtures/login/user?role=AUDITOR");
        }
        return auditor;
    }

    @Test
    void theAdministratorIsRefusedTheAuditPageAndApiTheAuditorReadsBoth() throws Exception {
        String address = LoginFailuresIT.address();
        LoginForm admin = new LoginForm(base, address);
        assertThat(admin.attempt("admin", DEMO).status()).isEqualTo(302);
        assertThat(admin.get("/access/audit.xhtml").statusCode()).isEqualTo(403);
        assertThat(api("admin", "audit", Map.of()).statusCode()).isEqualTo(403);
        assertThat(api("admin", "audit/verify", Map.of()).statusCode()).isEqualTo(403);

        LoginForm auditorForm = new LoginForm(base, LoginFailuresIT.address());
        assertThat(auditorForm.attempt(auditor(), LoginFixturesServlet.PASSWORD).status())
                .isEqualTo(302);
        HttpResponse<String> page = auditorForm.get("/access/audit.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(LoginForm.ZH.getString("access.audit.title"));

        HttpResponse<String> verify = api(auditor(), "audit/verify", Map.of());
        assertThat(verify.statusCode()).isEqualTo(200);
        JsonNode v = JSON.readTree(verify.body());
        assertThat(v.get("intact").asBoolean()).as(verify.body()).isTrue();
        assertThat(v.get("entries").asLong()).isPositive();
        assertThat(v.has("firstBroken")).isTrue();
        assertThat(v.get("firstBroken").isNull()).isTrue();

        // the administrator's refused page, with who, from where and what
        List<JsonNode> refused = entries(Map.of("action", "PAGE_REFUSED", "actor", "admin"));
        assertThat(refused)
                .as("%s", refused)
                .anyMatch(e -> e.get("objectId").asString().equals("/access/audit.xhtml")
                        && address.equals(e.get("source").asString())
                        && e.get("result").asString().equals("REFUSED"));
        List<JsonNode> apiRefused = entries(Map.of("action", "API_REFUSED", "actor", "admin"));
        assertThat(apiRefused).anyMatch(e -> e.get("objectId").asString().endsWith("/api/v1/audit"));

        // the auditor's token (made through the fixture over loopback, no proxy header): one entry, with its source
        List<JsonNode> token = entries(Map.of("action", "API_TOKEN_CREATED", "objectId", auditor()));
        assertThat(token).hasSize(1);
        assertThat(token.get(0).get("actor").asString()).isEqualTo(auditor());
        assertThat(token.get(0).get("source").asString()).isEqualTo("127.0.0.1");
    }

    @Test
    void aFailedAndASucceededLoginNameTheirSourceAddress() throws Exception {
        String user = post("/it-fixtures/login/user");
        String address = LoginFailuresIT.address();
        LoginForm form = new LoginForm(base, address);
        assertThat(form.attempt(user, "not-the-password").seen()).isEqualTo(LoginForm.Seen.FAILED);

        List<JsonNode> failed = entries(Map.of("action", "LOGIN_FAILED", "objectId", user));
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).get("actor").asString()).isEqualTo("anonymous");
        assertThat(failed.get(0).get("source").asString()).isEqualTo(address);
        assertThat(failed.get(0).get("result").asString()).isEqualTo("FAILED");
        assertThat(failed.get(0).get("hash").asString()).matches("[0-9a-f]{64}");

        Thread.sleep(1500); // the delay after a failure
        assertThat(form.attempt(user, LoginFixturesServlet.PASSWORD).status()).isEqualTo(302);
        List<JsonNode> succeeded = entries(Map.of("action", "LOGIN_SUCCEEDED", "objectId", user));
        assertThat(succeeded).hasSize(1);
        assertThat(succeeded.get(0).get("actor").asString()).isEqualTo(user);
        assertThat(succeeded.get(0).get("source").asString()).isEqualTo(address);
        assertThat(succeeded.get(0).get("result").asString()).isEqualTo("OK");
    }

    @Test
    void aCrossCountyRefusalNamesWhoAskedForWhatAndFromWhere() throws Exception {
        String reportId = post("/it-fixtures/api-case?county=331122").split(" ")[0];
        String address = LoginFailuresIT.address();
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(LoginForm.loopback(base) + "/api/v1/reports/" + reportId))
                        .header("Authorization", ApiTokens.bearer(base, "county-longquan"))
                        .header("X-Forwarded-For", address)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(403);
        List<JsonNode> refused = entries(Map.of("action", "API_REFUSED", "actor", "county-longquan"));
        assertThat(refused)
                .as("%s", refused)
                .anyMatch(e -> e.get("objectId").asString().endsWith("/api/v1/reports/" + reportId)
                        && address.equals(e.get("source").asString())
                        && e.get("detail").asString().contains("appraisal.error.notYourReport"));
    }

    @Test
    void badFiltersAre422NotErrors() throws Exception {
        assertThat(api(auditor(), "audit", Map.of("from", "yesterday")).statusCode())
                .isEqualTo(422);
        assertThat(api(auditor(), "audit", Map.of("result", "MAYBE")).statusCode())
                .isEqualTo(422);
        HttpResponse<String> day = api(auditor(), "audit", Map.of("from", "2020-01-01", "to", "2020-01-01"));
        assertThat(day.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(day.body()).get("total").asLong()).isZero();
    }

    /** the entries the auditor's API finds, newest first */
    private List<JsonNode> entries(Map<String, String> query) throws IOException, InterruptedException {
        HttpResponse<String> r = api(auditor(), "audit", query);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        JSON.readTree(r.body()).get("items").forEach(items::add);
        return items;
    }

    private HttpResponse<String> api(String user, String path, Map<String, String> query)
            throws IOException, InterruptedException {
        String q = query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(
                                URI.create(LoginForm.loopback(base) + "/api/v1/" + path + (q.isEmpty() ? "" : "?" + q)))
                        .header("Authorization", ApiTokens.bearer(base, user))
                        .header("Accept", "application/json, application/problem+json")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String post(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(LoginForm.loopback(base) + path))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return r.body().trim();
    }
}
