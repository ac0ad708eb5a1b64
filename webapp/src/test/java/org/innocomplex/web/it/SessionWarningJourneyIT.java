package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The idle warning in a real browser. The session's last activity is moved back (as 28 minutes without a request
 * would) and the user comes back to the tab: the page asks the server, which says a minute is left, and the dialog
 * counts down; "stay logged in" keeps the session (its activity written again) and closes the dialog; in English the
 * same. Then the idle end comes a few seconds after the warning: the countdown ends, the server has ended the session,
 * and the browser is on the login page, which says why.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionWarningJourneyIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theWarningShowsBeforeTheIdleEndAndStayingLoggedInKeepsTheSession() throws Exception {
        String user = fixture("POST", "/login/user");
        try (Browser b = new Browser(base, "session-warning")) {
            b.login(user, LoginFixturesServlet.PASSWORD);
            b.open("/account/sessions.xhtml");
            b.waitForText("我的会话", "当前会话");
            assertThat(b.present(By.id("session-stay"))
                            && b.waitFor(By.id("headerForm:who")).isDisplayed())
                    .isTrue();
            assertThat(b.script("return document.getElementById('session-stay').offsetParent !== null;"))
                    .as("no warning while the session has time")
                    .isEqualTo(false);

            // a minute before the idle end; the user comes back to the tab
            assertThat(fixture("POST", "/sessions/idle-in?user=" + user + "&seconds=60"))
                    .isEqualTo("1");
            b.script("document.dispatchEvent(new Event('visibilitychange'));");
            b.waitFor(By.id("session-stay"));
            b.waitForText("会话即将结束", "您已有一段时间未操作", "剩余时间");
            assertThat(b.text(By.id("session-warning-count"))).matches("[01]:\\d\\d");
            b.screenshot("warning-zh");

            b.click(By.id("session-stay"));
            b.waitForGone(By.id("session-stay"));
            // the click was activity: the session's last activity is now, not 29 minutes ago
            String lastSeen = fixture("GET", "/sessions/rows?user=" + user).split("\\|")[2];
            assertThat(Duration.between(LocalDateTime.parse(lastSeen), LocalDateTime.now(ZoneOffset.UTC))
                            .abs())
                    .isLessThan(Duration.ofMinutes(1));
            b.open("/account/sessions.xhtml");
            b.waitForText("我的会话", "当前会话");

            b.click(By.id("headerForm:lang"));
            b.waitForText("My sessions", "This session");
            assertThat(fixture("POST", "/sessions/idle-in?user=" + user + "&seconds=60"))
                    .isEqualTo("1");
            b.script("document.dispatchEvent(new Event('visibilitychange'));");
            b.waitFor(By.id("session-stay"));
            b.waitForText("Your session is about to end", "Stay logged in", "Time left:");
            b.screenshot("warning-en");
            b.click(By.id("session-stay"));
            b.waitForGone(By.id("session-stay"));

            // "log out" in the dialog logs out as the header's link does
            assertThat(fixture("POST", "/sessions/idle-in?user=" + user + "&seconds=60"))
                    .isEqualTo("1");
            b.script("document.dispatchEvent(new Event('visibilitychange'));");
            b.click(By.id("session-logout"));
            b.waitFor(By.id("login:username"));
            assertThat(fixture("GET", "/sessions/rows?user=" + user).lines().findFirst())
                    .hasValueSatisfying(newest -> assertThat(newest).contains("|LOGOUT|"));
            b.login(user, LoginFixturesServlet.PASSWORD);

            // the idle end a few seconds away: the countdown runs out, and the server ends the session
            assertThat(fixture("POST", "/sessions/idle-in?user=" + user + "&seconds=4"))
                    .isEqualTo("1");
            b.script("document.dispatchEvent(new Event('visibilitychange'));");
            b.waitFor(By.id("session-stay"));
            b.waitFor(By.id("login:username"));
            assertThat(b.script("return window.location.search;")).isEqualTo("?ended=IDLE");
            // in the language the user chose in the session that ended (the browser remembers it)
            b.waitForText("Your session ended after a time without activity: please log in again");
            b.screenshot("ended-en");
            b.click(By.id("login:lang"));
            b.waitForText("您长时间未操作，会话已结束，请重新登录");
            b.screenshot("ended-zh");
            assertThat(fixture("GET", "/sessions/rows?user=" + user).lines().findFirst())
                    .hasValueSatisfying(newest -> assertThat(newest).contains("|IDLE|"));
        }
    }

    private String fixture(String method, String path) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(LoginForm.loopback(base) + "/it-fixtures" + path));
        b = "POST".equals(method) ? b.POST(HttpRequest.BodyPublishers.noBody()) : b.GET();
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("%s %s", method, path).isEqualTo(200);
        return r.body().strip();
    }
}
