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
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The login with its obligations and its second factor, from outside as a browser posts the forms: a new account's
 * first page is the password change and every other page leads there until it is done; an administrator without a
 * second factor (the policy turned on for the test, and back after it) reaches nothing but the enrolment until
 * enrolled; a user with a second factor is authenticated only by the right code after the right password, a wrong
 * code is refused and audited like a wrong password, and a recovery code opens one login.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CredentialLoginIT {
    static final Pattern SECRET = Pattern.compile("id=\"factorForm:secret\"[^>]*>([A-Z2-7]+)<");

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> login(FacesClient c, String user, String password) throws Exception {
        return c.submit("/login.xhtml", "login", "submit", Map.of("username", user, "password", password));
    }

    @Test
    void aNewAccountsFirstPageIsThePasswordChangeAndNothingElseOpensUntilItIsDone() throws Exception {
        String user = post("/it-fixtures/credentials/user?forced=true")
                .lines()
                .findFirst()
                .orElseThrow();
        FacesClient c = new FacesClient(base, LoginFailuresIT.address());

        HttpResponse<String> r = login(c, user, CredentialFixturesServlet.PASSWORD);
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(FacesClient.location(r)).endsWith("/account/password.xhtml");
        for (String page : List.of("/appraisal/inbox.xhtml", "/account/tokens.xhtml", "/registry/complexes.xhtml")) {
            HttpResponse<String> held = c.get(page);
            assertThat(held.statusCode()).as(page).isEqualTo(302);
            assertThat(FacesClient.location(held)).as(page).endsWith("/account/password.xhtml");
        }
        assertThat(c.get("/account/password.xhtml").body())
                .contains(LoginForm.ZH.getString("access.password.mustChange"));

        HttpResponse<String> weak = c.submit(
                "/account/password.xhtml",
                "passwordForm",
                "save",
                Map.of(
                        "currentPassword",
                        CredentialFixturesServlet.PASSWORD,
                        "newPassword",
                        "abcdefgh",
                        "confirmation",
                        "abcdefgh"));
        assertThat(weak.statusCode()).isEqualTo(200);
        assertThat(weak.body()).contains(LoginForm.prefix("access.error.passwordTooSimple"));
        assertThat(c.get("/appraisal/inbox.xhtml").statusCode())
                .as("still held")
                .isEqualTo(302);

        HttpResponse<String> changed = c.submit(
                "/account/password.xhtml",
                "passwordForm",
                "save",
                Map.of(
                        "currentPassword",
                        CredentialFixturesServlet.PASSWORD,
                        "newPassword",
                        "Mine@Own-2026",
                        "confirmation",
                        "Mine@Own-2026"));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(302);
        assertThat(FacesClient.location(changed)).endsWith("/appraisal/inbox.xhtml");
        assertThat(c.get("/appraisal/inbox.xhtml").statusCode()).isEqualTo(200);
        assertThat(audit(user)).anyMatch(l -> l.startsWith(user + "|PASSWORD_CHANGED|"));

        FacesClient again = new FacesClient(base, LoginFailuresIT.address());
        HttpResponse<String> next = login(again, user, "Mine@Own-2026");
        assertThat(FacesClient.location(next))
                .as("the next login goes straight in")
                .endsWith("/appraisal/inbox.xhtml");
    }

    @Test
    void anAdministratorWithoutASecondFactorReachesNoAdministrationUntilEnrolled() throws Exception {
        String[] before = post("/it-fixtures/credentials/policy?roles=ADMIN").split("\n");
        try {
            String admin = post("/it-fixtures/credentials/user?role=ADMIN")
                    .lines()
                    .findFirst()
                    .orElseThrow();
            FacesClient c = new FacesClient(base, LoginFailuresIT.address());
            HttpResponse<String> r = login(c, admin, CredentialFixturesServlet.PASSWORD);
            assertThat(FacesClient.location(r)).endsWith("/account/second-factor.xhtml");
            for (String page : List.of(
                    "/registry/complexes.xhtml",
                    "/workflow/definitions.xhtml",
                    "/import/index.xhtml",
                    "/account/tokens.xhtml")) {
                HttpResponse<String> held = c.get(page);
                assertThat(held.statusCode()).as(page).isEqualTo(302);
                assertThat(FacesClient.location(held)).as(page).endsWith("/account/second-factor.xhtml");
            }
            String enrolPage = c.get("/account/second-factor.xhtml").body();
            assertThat(enrolPage).contains("data:image/png;base64,");
            Matcher m = SECRET.matcher(enrolPage);
            assertThat(m.find()).as(enrolPage).isTrue();
            String secret = m.group(1);

            HttpResponse<String> wrong =
                    c.post("/account/second-factor.xhtml", "factorForm", "confirm", Map.of("code", wrongCode(secret)));
            assertThat(wrong.body()).contains(LoginForm.ZH.getString("access.factor.error.wrongCode"));
            assertThat(c.get("/workflow/definitions.xhtml").statusCode())
                    .as("still held")
                    .isEqualTo(302);

            // the same view, the same secret
            assertThat(secret(c)).isEqualTo(secret);
            HttpResponse<String> confirmed = c.post(
                    "/account/second-factor.xhtml",
                    "factorForm",
                    "confirm",
                    Map.of("code", CredentialFixturesServlet.code(secret, 0)));
            assertThat(confirmed.statusCode()).isEqualTo(200);
            assertThat(confirmed.body()).contains(LoginForm.ZH.getString("access.factor.recoveryIntro"));
            assertThat(c.get("/workflow/definitions.xhtml").statusCode()).isEqualTo(200);
            assertThat(audit(admin)).anyMatch(l -> l.startsWith(admin + "|SECOND_FACTOR_ENROLLED|"));
        } finally {
            post("/it-fixtures/credentials/policy?roles=" + before[0]);
        }
    }

    @Test
    void aWrongCodeIsRefusedAndAuditedTheRightOneAdmitsARecoveryCodeOnce() throws Exception {
        List<String> made =
                post("/it-fixtures/credentials/user?factor=true").lines().toList();
        String user = made.get(0);
        String secret = made.get(1);
        List<String> recovery = made.subList(2, made.size());
        assertThat(recovery).hasSize(10);
        String address = LoginFailuresIT.address();
        FacesClient c = new FacesClient(base, address);

        HttpResponse<String> first = login(c, user, CredentialFixturesServlet.PASSWORD);
        assertThat(first.statusCode()).as("the password alone does not log in").isEqualTo(200);
        assertThat(first.body()).contains("code:code");
        HttpResponse<String> inbox = c.get("/appraisal/inbox.xhtml");
        assertThat(inbox.statusCode())
                .as("not authenticated by the password: %s", inbox.body())
                .isEqualTo(302);
        assertThat(FacesClient.location(inbox)).contains("/login.xhtml");

        c.get("/login.xhtml");
        HttpResponse<String> wrong = c.post("/login.xhtml", "code", "submit", Map.of("code", wrongCode(secret)));
        assertThat(wrong.body()).contains(LoginForm.ZH.getString("access.login.codeFailed"));
        assertThat(audit(user))
                .anyMatch(l -> l.startsWith(user + "|SECOND_FACTOR_FAILED|") && l.contains(address))
                .anyMatch(l -> l.contains("|LOGIN_FAILED|") && l.contains(address));

        // the failure delays the next attempt on the name, as a wrong password does
        Thread.sleep(1_200);
        c.get("/login.xhtml");
        HttpResponse<String> right =
                c.post("/login.xhtml", "code", "submit", Map.of("code", CredentialFixturesServlet.code(secret, 1)));
        assertThat(right.statusCode()).as(right.body()).isEqualTo(302);
        assertThat(FacesClient.location(right)).endsWith("/appraisal/inbox.xhtml");
        assertThat(c.get("/appraisal/inbox.xhtml").statusCode()).isEqualTo(200);
        assertThat(audit(user)).anyMatch(l -> l.startsWith(user + "|SECOND_FACTOR_USED|"));

        // the same code again: refused (no replay), though still within its window
        FacesClient replay = new FacesClient(base, address);
        assertThat(login(replay, user, CredentialFixturesServlet.PASSWORD).statusCode())
                .isEqualTo(200);
        HttpResponse<String> again = replay.post(
                "/login.xhtml", "code", "submit", Map.of("code", CredentialFixturesServlet.code(secret, 1)));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains(LoginForm.ZH.getString("access.login.codeFailed"));
        Thread.sleep(1_200);

        // a recovery code instead of the code: once
        FacesClient r1 = new FacesClient(base, address);
        assertThat(login(r1, user, CredentialFixturesServlet.PASSWORD).statusCode())
                .isEqualTo(200);
        HttpResponse<String> rec = r1.post("/login.xhtml", "code", "submit", Map.of("code", recovery.get(0)));
        assertThat(FacesClient.location(rec)).endsWith("/appraisal/inbox.xhtml");

        FacesClient r2 = new FacesClient(base, address);
        assertThat(login(r2, user, CredentialFixturesServlet.PASSWORD).statusCode())
                .isEqualTo(200);
        HttpResponse<String> reused = r2.post("/login.xhtml", "code", "submit", Map.of("code", recovery.get(0)));
        assertThat(reused.statusCode()).isEqualTo(200);
        assertThat(reused.body()).contains(LoginForm.ZH.getString("access.login.codeFailed"));
        assertThat(audit(user)).anyMatch(l -> l.startsWith(user + "|RECOVERY_CODE_USED|") && l.contains("left: 9"));
    }

    @Test
    void wrongCodesAfterTheRightPasswordLockTheNameAsWrongPasswordsDo() throws Exception {
        List<String> made =
                post("/it-fixtures/credentials/user?factor=true").lines().toList();
        String user = made.get(0);
        String secret = made.get(1);
        FacesClient c = new FacesClient(base, LoginFailuresIT.address());
        List<LoginForm.Seen> seen = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            // the right password each time: it neither counts nor clears the failures of the codes
            HttpResponse<String> p = login(c, user, CredentialFixturesServlet.PASSWORD);
            if (p.statusCode() == 429) {
                seen.add(LoginForm.seen(429, "", p.body()));
                break;
            }
            assertThat(p.body()).as("attempt %d", i + 1).contains("code:code");
            HttpResponse<String> wrong = c.post("/login.xhtml", "code", "submit", Map.of("code", wrongCode(secret)));
            seen.add(
                    wrong.body().contains(LoginForm.ZH.getString("access.login.codeFailed"))
                            ? LoginForm.Seen.FAILED
                            : LoginForm.seen(wrong.statusCode(), "", wrong.body()));
            // wait out the delay the failure set (1, 2, 4, 8 s), as a patient guesser would
            Thread.sleep(1_100L << i);
        }
        assertThat(seen).as("%s", seen).endsWith(LoginForm.Seen.LOCKED);
        assertThat(seen.subList(0, 4)).containsOnly(LoginForm.Seen.FAILED);
        HttpResponse<String> locked = login(c, user, CredentialFixturesServlet.PASSWORD);
        assertThat(locked.statusCode())
                .as("the right password is refused while locked")
                .isEqualTo(429);
        assertThat(audit(user)).anyMatch(l -> l.contains("|LOGIN_LOCKED|"));
    }

    @Test
    void onlyTheSecurityAdministratorOpensThePolicyPageWhichRefusesValuesOutOfBounds() throws Exception {
        String security = post("/it-fixtures/credentials/user?role=SECURITY_ADMIN")
                .lines()
                .findFirst()
                .orElseThrow();
        FacesClient c = new FacesClient(base, LoginFailuresIT.address());
        assertThat(FacesClient.location(login(c, security, CredentialFixturesServlet.PASSWORD)))
                .endsWith("/access/users.xhtml");
        HttpResponse<String> page = c.get("/access/policy.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("policyForm:minLength");
        HttpResponse<String> refused = c.post(
                "/access/policy.xhtml", "policyForm", "save", Map.of("minLength_input", "4", "minLength_hinput", "4"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains(LoginForm.prefix("access.policy.error.range"));
        assertThat(audit("security")).noneMatch(l -> l.startsWith(security + "|SECURITY_POLICY_CHANGED|"));

        FacesClient admin = new FacesClient(base, LoginFailuresIT.address());
        login(admin, "admin", "Demo@2026");
        assertThat(admin.get("/access/policy.xhtml").statusCode())
                .as("the administrator")
                .isEqualTo(403);
    }

    static String wrongCode(String secret) {
        String right = CredentialFixturesServlet.code(secret, 0);
        return String.format("%06d", (Integer.parseInt(right) + 500_000) % 1_000_000);
    }

    private static String secret(FacesClient c) {
        Matcher m = SECRET.matcher(c.page());
        return m.find() ? m.group(1) : "";
    }

    private String post(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(LoginForm.loopback(base) + path))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body().trim();
    }

    private List<String> audit(String user) throws IOException, InterruptedException {
        return audit("user", user);
    }

    private List<String> audit(String type, String id) throws IOException, InterruptedException {
        return http.send(
                        HttpRequest.newBuilder(URI.create(LoginForm.loopback(base) + "/it-fixtures/audit?type=" + type
                                        + "&id=" + URLEncoder.encode(id, StandardCharsets.UTF_8)))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .body()
                .lines()
                .toList();
    }
}
