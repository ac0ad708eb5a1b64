package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
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
 * The REST API from outside, with java.net.http as any client would: a whole appraisal (operator's draft and
 * submission, county and city reviews, expert assignment, three experts' scores, the decision) through {@code /api/v1}
 * alone, as the demo users with personal API tokens ({@code Authorization: Bearer}); and the refusals as RFC 9457
 * problems.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiIT {
    static final String DEMO = "Demo@2026";
    static final ObjectMapper JSON = new ObjectMapper();

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    final HttpClient http = HttpClient.newHttpClient();

    record Case(long reportId, long complexId, String operator, long cycleId) {}

    record Reply(int status, String contentType, JsonNode body, String raw) {}

    @Test
    void aWholeAppraisalThroughTheApiAlone() throws Exception {
        Case c = freshCase("331122");
        String op = c.operator();
        String opPw = ApiCaseServlet.PASSWORD;

        // the operator finds the report step among their tasks, saves a draft with one bad figure, corrects it
        JsonNode mine = ok(call("GET", "tasks", op, opPw, null));
        assertThat(taskOf(mine, c.reportId(), "report")).isNotNull();
        Reply bad = call(
                "PUT",
                "reports/" + c.reportId() + "/draft",
                op,
                opPw,
                "{\"values\":{\"academicians\":-3},\"narrative\":\"草稿\"}");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.body().get("code").asString()).isEqualTo("submission.error.invalid");
        assertThat(bad.body().get("errors").get(0).get("field").asString()).isEqualTo("academicians");
        // submitting the incomplete draft is refused with every missing figure named, and changes nothing
        Reply incomplete = call("POST", "reports/" + c.reportId() + "/submit", op, opPw, null);
        assertThat(incomplete.status()).isEqualTo(422);
        assertThat(incomplete.body().get("errors").size()).isGreaterThan(1);

        JsonNode saved = ok(call(
                "PUT",
                "reports/" + c.reportId() + "/draft",
                op,
                opPw,
                "{\"values\":"
                        + JSON.writeValueAsString(Fixtures.completeValues())
                        + ",\"narrative\":\"本年度综合体建设稳步推进，服务企业成效明显。（接口测试）\"}"));
        assertThat(saved.get("status").asString()).isEqualTo("DRAFT");
        assertThat(saved.get("values").get("academicians").decimalValue()).isEqualByComparingTo("2");
        JsonNode submitted = ok(call("POST", "reports/" + c.reportId() + "/submit", op, opPw, null));
        assertThat(submitted.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(submitted.get("version").asInt()).isEqualTo(1);

        // the county official of 缙云 approves
        String countyTask = taskOf(
                ok(call("GET", "tasks?step=countyReview&max=500", "county-jinyun", DEMO, null)),
                c.reportId(),
                "review");
        assertThat(countyTask).isNotNull();
        JsonNode details = ok(call("GET", "tasks/" + countyTask, "county-jinyun", DEMO, null));
        assertThat(details.get("report").get("id").asLong()).isEqualTo(c.reportId());
        noContent(call(
                "POST",
                "tasks/" + countyTask + "/complete",
                "county-jinyun",
                DEMO,
                "{\"approve\":true,\"comment\":\"同意\"}"));
        // completing it again is a conflict, not a second approval
        assertThat(call("POST", "tasks/" + countyTask + "/complete", "county-jinyun", DEMO, "{\"approve\":true}")
                        .status())
                .isIn(403, 409);

        // the city approves and assigns three experts
        String municipalTask =
                taskOf(ok(call("GET", "tasks?max=500", "municipal", DEMO, null)), c.reportId(), "review");
        noContent(call("POST", "tasks/" + municipalTask + "/complete", "municipal", DEMO, "{\"approve\":true}"));
        String assignTask =
                taskOf(ok(call("GET", "tasks?max=500", "municipal", DEMO, null)), c.reportId(), "assign-experts");
        noContent(call(
                "POST",
                "tasks/" + assignTask + "/complete",
                "municipal",
                DEMO,
                "{\"experts\":[\"expert1\",\"expert2\",\"expert3\"]}"));

        // each expert confirms no conflict and scores every rubric item
        JsonNode catalogue = ok(call("GET", "cycles/" + c.cycleId() + "/catalogue", "expert1", DEMO, null));
        String[] shares = {"0.90", "0.85", "0.80"};
        for (int i = 0; i < 3; i++) {
            String expert = "expert" + (i + 1);
            String task = taskOf(ok(call("GET", "tasks?max=500", expert, DEMO, null)), c.reportId(), "expert-review");
            assertThat(task).as(expert + "'s task").isNotNull();
            Reply early = call("POST", "tasks/" + task + "/complete", expert, DEMO, sheet(catalogue, shares[i]));
            assertThat(early.status()).isEqualTo(422);
            assertThat(early.body().get("code").asString()).isEqualTo("appraisal.expert.error.confirmFirst");
            noContent(call("POST", "tasks/" + task + "/no-conflict", expert, DEMO, null));
            noContent(call("POST", "tasks/" + task + "/complete", expert, DEMO, sheet(catalogue, shares[i])));
        }

        // the city decides the proposed grade
        String decision = taskOf(ok(call("GET", "tasks?max=500", "municipal", DEMO, null)), c.reportId(), "decision");
        JsonNode proposal = ok(call("GET", "tasks/" + decision, "municipal", DEMO, null));
        String grade = proposal.get("proposedGrade").asString();
        assertThat(grade).isIn("EXCELLENT", "GOOD", "PASS", "FAIL");
        noContent(call("POST", "tasks/" + decision + "/complete", "municipal", DEMO, "{\"grade\":\"" + grade + "\"}"));

        // the report's page shows the decision to the city, and no open step remains
        JsonNode record = ok(call("GET", "reports/" + c.reportId(), "municipal", DEMO, null));
        assertThat(record.get("appraisal").get("status").asString()).isEqualTo("DECIDED");
        assertThat(record.get("appraisal").get("grade").asString()).isEqualTo(grade);
        assertThat(record.get("appraisal").get("experts").size()).isEqualTo(3);
        assertThat(record.get("openSteps").size()).isZero();
        assertThat(record.get("report").get("status").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void aCountyOfficialAskingForAnotherCountysReportGetsA403Problem() throws Exception {
        Case jinyun = freshCase("331122");
        Reply r = call("GET", "reports/" + jinyun.reportId(), "county-longquan", DEMO, null);
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.body().get("status").asInt()).isEqualTo(403);
        assertThat(r.body().get("code").asString()).isEqualTo("appraisal.error.notYourReport");
        assertThat(r.body().get("type").asString()).isEqualTo("urn:innocomplex:problem:appraisal.error.notYourReport");
        assertThat(r.body().get("title").asString()).isNotBlank();
        assertThat(r.body().get("detail").asString()).isNotBlank();
        assertThat(r.body().get("instance").asString()).endsWith("/api/v1/reports/" + jinyun.reportId());
        // the county's own official reads it
        assertThat(call("GET", "reports/" + jinyun.reportId(), "county-jinyun", DEMO, null)
                        .status())
                .isEqualTo(200);
        // nor may they save the operator's draft
        assertThat(call(
                                "PUT",
                                "reports/" + jinyun.reportId() + "/draft",
                                "county-jinyun",
                                DEMO,
                                "{\"narrative\":\"x\"}")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theDashboardsFiguresInTheCallersScopeAndAnotherCountyIsA403() throws Exception {
        JsonNode city = ok(call("GET", "dashboard?approvedOnly=false", "municipal", DEMO, null));
        int year = city.get("filter").get("year").asInt();
        assertThat(city.get("totals").size()).isPositive();
        JsonNode jinyunInCity = null;
        for (JsonNode c : city.get("byCounty")) {
            if (c.get("key").asString().equals("331122")) {
                jinyunInCity = c;
            }
        }
        assertThat(jinyunInCity).isNotNull();
        // the county official gets their county only, with the same figures the city sees for it
        JsonNode jinyun = ok(call("GET", "dashboard?approvedOnly=false&year=" + year, "county-jinyun", DEMO, null));
        assertThat(jinyun.get("filter").get("countyCode").asString()).isEqualTo("331122");
        assertThat(jinyun.get("byCounty").size()).isEqualTo(1);
        assertThat(jinyun.get("byCounty").get(0).get("totals")).isEqualTo(jinyunInCity.get("totals"));

        Reply other = call("GET", "dashboard?county=331181&year=" + year, "county-jinyun", DEMO, null);
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(call("GET", "dashboard", "op-jinyun", DEMO, null).status()).isEqualTo(403);
        Reply badLevel = call("GET", "dashboard?level=COUNTY", "municipal", DEMO, null);
        assertThat(badLevel.status()).isEqualTo(422);
        assertThat(badLevel.body().get("code").asString()).isEqualTo("api.error.badLevel");
    }

    @Test
    void withoutOrWithWrongCredentialsA401ProblemWithTheBearerChallenge() throws Exception {
        HttpResponse<String> none = http.send(
                HttpRequest.newBuilder(uri("reports"))
                        .header("Accept-Language", "en")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
        assertThat(none.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode p = JSON.readTree(none.body());
        assertThat(p.get("code").asString()).isEqualTo("api.error.authenticationRequired");
        assertThat(p.get("detail").asString()).contains("Bearer");

        HttpResponse<String> wrong = http.send(
                HttpRequest.newBuilder(uri("reports"))
                        .header("Authorization", "Bearer ic_" + "x".repeat(43))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("WWW-Authenticate").orElse("")).contains("error=\"invalid_token\"");
        assertThat(JSON.readTree(wrong.body()).get("code").asString()).isEqualTo("api.error.badCredentials");
    }

    @Test
    void httpBasicIsRefusedEvenWithTheRightPasswordAndCostsNoPasswordCheck() throws Exception {
        HttpResponse<String> basic = http.send(
                HttpRequest.newBuilder(uri("reports"))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(("municipal:" + DEMO).getBytes(StandardCharsets.UTF_8)))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(basic.statusCode()).isEqualTo(401);
        assertThat(basic.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
        assertThat(JSON.readTree(basic.body()).get("code").asString()).isEqualTo("api.error.bearerOnly");
    }

    @Test
    void problemsAreInTheCallersLanguageAndUnknownThingsAre404() throws Exception {
        Reply zh = call("GET", "reports/999999999", "municipal", DEMO, null, "zh-CN");
        Reply en = call("GET", "reports/999999999", "municipal", DEMO, null, "en");
        assertThat(zh.status()).isEqualTo(404);
        assertThat(en.body().get("code").asString())
                .isEqualTo(zh.body().get("code").asString());
        assertThat(en.body().get("detail").asString())
                .isNotEqualTo(zh.body().get("detail").asString());
        Reply badParam = call("GET", "registry/complexes?level=COUNTY", "municipal", DEMO, null);
        assertThat(badParam.status()).isEqualTo(422);
        assertThat(badParam.body().get("errors").get(0).get("field").asString()).isEqualTo("level");
        Reply nowhere = call("GET", "no-such-thing", "municipal", DEMO, null);
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(nowhere.contentType()).startsWith("application/problem+json");
        JsonNode complexes = ok(call("GET", "registry/complexes?county=331122&max=5", "municipal", DEMO, null));
        assertThat(complexes.get("items").size()).isBetween(1, 5);
        assertThat(complexes.get("total").asLong())
                .isGreaterThanOrEqualTo(complexes.get("items").size());
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(base.toString()).resolve("/openapi?format=JSON"))
                        .header("Accept", "application/json")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode doc = JSON.readTree(r.body());
        List<String> paths = new ArrayList<>();
        doc.get("paths").propertyNames().forEach(paths::add);
        assertThat(paths)
                .anyMatch(p -> p.endsWith("/api/v1/reports/{id}/submit"))
                .anyMatch(p -> p.endsWith("/api/v1/tasks/{id}/complete"))
                .anyMatch(p -> p.endsWith("/api/v1/registry/complexes"))
                .anyMatch(p -> p.endsWith("/api/v1/cycles/{id}/catalogue"));
        JsonNode schemes = doc.get("components").get("securitySchemes");
        assertThat(schemes.get("bearer").get("scheme").asString()).isEqualTo("bearer");
        assertThat(schemes.has("basic")).isFalse();
    }

    @Test
    void aRefusedImportIsA422NamingEachRowAndOnlyAdministratorsImport() throws Exception {
        String csv = "nameZh,nameEn,countyCode,level,listStatus\n"
                + "接口导入" + System.nanoTime() + ",API import,331122,省级,培育\n"
                + "接口导入坏行" + System.nanoTime() + ",API import bad,331122,国家级,培育\n";
        Reply refused = send("POST", "imports/complexes", "admin", DEMO, "text/csv", csv);
        assertThat(refused.status()).as(refused.raw()).isEqualTo(422);
        assertThat(refused.body().get("code").asString()).isEqualTo("submission.import.error.refused");
        assertThat(refused.body().get("errors").size()).isEqualTo(1);
        assertThat(refused.body().get("errors").get(0).get("row").asInt()).isEqualTo(3);
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("level");
        assertThat(send("POST", "imports/complexes", "municipal", DEMO, "text/csv", csv)
                        .status())
                .isEqualTo(403);
    }

    // ---- helpers

    Case freshCase(String county) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(base + "it-fixtures/api-case?county=" + county))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        String[] f = r.body().trim().split(" ");
        return new Case(Long.parseLong(f[0]), Long.parseLong(f[1]), f[2], Long.parseLong(f[3]));
    }

    /** Every rubric item at {@code share} of its maximum, with a comment. */
    static String sheet(JsonNode catalogue, String share) {
        StringBuilder points = new StringBuilder();
        for (JsonNode item : catalogue.get("rubricItems")) {
            points.append(points.length() == 0 ? "" : ",")
                    .append('"')
                    .append(item.get("code").asString())
                    .append("\":")
                    .append(item.get("maxPoints")
                            .decimalValue()
                            .multiply(new java.math.BigDecimal(share))
                            .setScale(2, java.math.RoundingMode.HALF_UP)
                            .toPlainString());
        }
        return "{\"points\":{" + points + "},\"comment\":\"综合表现良好（接口测试）\"}";
    }

    /** The id of the open task of that report and step type in an inbox page, else null. */
    static String taskOf(JsonNode page, long reportId, String formKey) {
        List<String> found = new ArrayList<>();
        for (JsonNode item : page.get("items")) {
            if (item.get("reportId").asLong() == reportId
                    && formKey.equals(item.get("formKey").asString())) {
                found.add(item.get("taskId").asString());
            }
        }
        return found.isEmpty() ? null : found.get(0);
    }

    URI uri(String path) {
        return URI.create(base + "api/v1/" + path);
    }

    Reply call(String method, String path, String user, String password, String json)
            throws IOException, InterruptedException {
        return call(method, path, user, password, json, "zh-CN");
    }

    Reply call(String method, String path, String user, String password, String json, String language)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
                .header("Authorization", ApiTokens.bearer(base, user))
                .header("Accept-Language", language)
                .header("Accept", "application/json, application/problem+json");
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(
                method,
                json == null
                        ? (method.equals("GET")
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString("{}"))
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json == null && !method.equals("GET")) {
            b.header("Content-Type", "application/json");
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode body = r.body() == null || r.body().isBlank() ? null : JSON.readTree(r.body());
        return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), body, r.body());
    }

    Reply send(String method, String path, String user, String password, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri(path))
                .header("Authorization", ApiTokens.bearer(base, user))
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode json = r.body() == null || r.body().isBlank() ? null : JSON.readTree(r.body());
        return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), json, r.body());
    }

    static JsonNode ok(Reply r) {
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        return r.body();
    }

    static void noContent(Reply r) {
        assertThat(r.status()).as(r.raw()).isEqualTo(204);
    }
}
