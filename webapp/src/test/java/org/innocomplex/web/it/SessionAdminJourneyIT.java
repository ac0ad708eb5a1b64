package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.innocomplex.web.demo.DemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The security administrator ends a user's sessions from the users page: the user's next request lands on the login
 * page, which says a security administrator ended it; the trail names the security administrator.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionAdminJourneyIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theSecurityAdministratorEndsAUsersSessionsFromTheUsersPage() throws Exception {
        String user = fixture("POST", "/login/user");
        LoginForm official = new LoginForm(base, "198.51.100.120");
        assertThat(official.attempt(user, LoginFixturesServlet.PASSWORD).seen()).isEqualTo(LoginForm.Seen.SUCCEEDED);
        assertThat(official.get("/account/sessions.xhtml").statusCode()).isEqualTo(200);

        try (Browser b = new Browser(base, "session-admin")) {
            b.login("security", DemoData.PASSWORD);
            b.open("/access/users.xhtml");
            b.type("users:list:globalFilter", user);
            b.waitForText(user);
            b.click(By.id("users:list:0:endSessions"));
            b.click(By.cssSelector(".ui-confirmdialog-yes"));
            b.waitForText("已结束用户 " + user + " 的 1 个会话");
            b.screenshot("sessions-ended-zh");
        }

        HttpResponse<String> r = official.get("/account/sessions.xhtml");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElseThrow())
                .endsWith("/login.xhtml?ended=ENDED_BY_SECURITY_ADMIN");
        assertThat(official.get("/login.xhtml?ended=ENDED_BY_SECURITY_ADMIN").body())
                .contains(LoginForm.ZH.getString("access.login.ended.bySecurityAdmin"));
        assertThat(fixture("GET", "/audit?type=user&id=" + user))
                .contains("security|SESSION_ENDED|")
                .contains("reason: ENDED_BY_SECURITY_ADMIN");
    }

    private String fixture(String method, String path) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(LoginForm.loopback(base) + "/it-fixtures" + path));
        b = "POST".equals(method) ? b.POST(HttpRequest.BodyPublishers.noBody()) : b.GET();
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("%s %s", method, path).isEqualTo(200);
        return r.body().strip();
    }
}
