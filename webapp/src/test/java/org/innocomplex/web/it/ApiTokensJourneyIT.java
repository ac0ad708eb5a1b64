package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A user's own API tokens in a real browser: "My API tokens" in the menu, a token created with a name and a lifetime
 * and shown once, used by a script, listed with its last use, gone from the page after the next action, revoked (and
 * refused from then on); a deactivated user's token is refused at once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiTokensJourneyIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aUserCreatesUsesAndRevokesTheirOwnToken() throws Exception {
        String user = post("/it-fixtures/login/user");
        String name = "统计脚本 " + System.nanoTime();
        try (Browser b = new Browser(base, "api-tokens")) {
            b.login(user, LoginFixturesServlet.PASSWORD);
            b.click(By.id("navTokens"));
            b.waitForText(LoginForm.ZH.getString("access.tokens.title"), LoginForm.ZH.getString("access.tokens.empty"));
            b.type("tokenForm:name", name);
            b.type("tokenForm:days_input", "30");
            b.click(By.id("tokenForm:create"));
            b.waitForText(LoginForm.ZH.getString("access.tokens.copyNow"), name);
            String token = b.value("tokenForm:newToken");
            assertThat(token).matches("ic_[A-Za-z0-9_-]{43}");
            b.screenshot("created");

            // the script's call; the page then shows when the token was last used
            assertThat(tasks(token)).isEqualTo(200);
            b.open("/account/tokens.xhtml");
            String page = b.waitForText(name, token.substring(0, 8));
            assertThat(page).doesNotContain(token).doesNotContain(LoginForm.ZH.getString("access.tokens.never"));
            b.screenshot("listed");

            b.click(By.id("tokens:list:0:revoke"));
            b.click(By.cssSelector(".ui-confirmdialog-yes"));
            b.waitForText(
                    LoginForm.ZH.getString("access.tokens.revoked"), LoginForm.ZH.getString("access.tokens.empty"));
            assertThat(tasks(token)).isEqualTo(401);
        }
        List<String> audit = audit(user);
        assertThat(audit)
                .anyMatch(l -> l.startsWith(user + "|API_TOKEN_CREATED|") && l.contains(name))
                .anyMatch(l -> l.startsWith(user + "|API_TOKEN_REVOKED|"))
                .noneMatch(l -> l.contains(name) && l.matches(".*ic_[A-Za-z0-9_-]{43}.*"));
    }

    @Test
    void aDeactivatedUsersTokenIsRefusedAtOnce() throws Exception {
        String user = post("/it-fixtures/login/user");
        String token = ApiTokens.create(base, user);
        assertThat(tasks(token)).isEqualTo(200);
        post("/it-fixtures/login/deactivate?user=" + user);
        assertThat(tasks(token)).isEqualTo(401);
        assertThat(audit(user)).anyMatch(l -> l.contains("|API_TOKEN_REFUSED|") && l.contains("deactivated"));
    }

    private int tasks(String token) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create(base + "api/v1/tasks"))
                                .header("Authorization", "Bearer " + token)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private String post(String path) throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(LoginForm.loopback(base) + path))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body().trim();
    }

    private List<String> audit(String user) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create(base + "it-fixtures/audit?type=user&id=" + user))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .body()
                .lines()
                .toList();
    }
}
