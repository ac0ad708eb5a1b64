package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The credentials in a browser, in Chinese and English: the security administrator creates a municipal official on the
 * users page (a weak password refused beside its field, then a good one); the official's first login leads to the
 * password change; the official turns on two-step verification by the QR code's secret (the test computes the code
 * from the secret shown, as an authenticator app would), notes the recovery codes, logs out and logs in with the
 * password and a code. The change at first login is the production policy's, turned on for the test and back after.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CredentialsJourneyIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anOfficialIsCreatedChangesThePasswordEnrolsAndLogsInWithACode() throws Exception {
        String username = "it-journey-" + Long.toString(System.nanoTime(), 36);
        String[] before =
                post("/it-fixtures/credentials/policy?roles=none&forced=true").split("\n");
        try (Browser b = new Browser(base, "credentials")) {
            // the security administrator keeps the accounts
            b.login("security", "Demo@2026");
            b.click(By.id("navUsers"));
            b.click(By.id("users:list:new"));
            b.waitFor(By.id("userForm:username"));
            b.type("userForm:username", username);
            b.type("userForm:displayName", "市局审核员（测试）");
            b.choose("userForm:role", "市级审核员");
            b.choose("userForm:cityCode", "丽水市");
            b.type("userForm:password", "abcdefgh1");
            b.click(By.id("userForm:save"));
            b.waitForText(LoginForm.prefix("access.error.passwordTooSimple"));
            b.screenshot("zh-weak-password-refused");
            b.type("userForm:password", "Lishui@2026");
            b.click(By.id("userForm:save"));
            b.waitForText("已创建用户 " + username);
            b.screenshot("zh-official-created");
            b.logout();

            // the first login: the password change first, nothing else
            b.login(username, "Lishui@2026");
            b.waitForText(LoginForm.ZH.getString("access.password.mustChange"));
            b.screenshot("zh-must-change");
            b.open("/appraisal/inbox.xhtml");
            b.waitForText(LoginForm.ZH.getString("access.password.mustChange"));
            b.type("passwordForm:currentPassword", "Lishui@2026");
            b.type("passwordForm:newPassword", "Mine@Own-2026");
            b.type("passwordForm:confirmation", "Mine@Own-2026");
            b.click(By.id("passwordForm:save"));
            b.waitForText(LoginForm.ZH.getString("access.password.changed"));
            b.waitFor(By.id("navInbox"));
            b.screenshot("zh-password-changed");

            // two-step verification on the user's own page
            b.click(By.id("navFactor"));
            b.click(By.id("factorForm:start"));
            b.waitFor(By.id("factorQr"));
            String secret = b.text(By.id("factorForm:secret")).strip();
            b.screenshot("zh-enrol-qr");
            b.type("factorForm:code", CredentialFixturesServlet.code(secret, 0));
            b.click(By.id("factorForm:confirm"));
            b.waitForText(LoginForm.ZH.getString("access.factor.recoveryIntro"));
            assertThat(b.driverFindAll(By.cssSelector("[id$=':recoveryCode']"))).hasSize(10);
            b.screenshot("zh-recovery-codes");
            b.click(By.id("factorForm:proceed"));
            b.waitFor(By.id("navInbox"));

            // the next login: password, then the code
            b.logout();
            b.type("login:username", username);
            b.type("login:password", "Mine@Own-2026");
            b.click(By.id("login:submit"));
            b.waitFor(By.id("code:code"));
            b.screenshot("zh-code-asked");
            b.type("code:code", CredentialFixturesServlet.code(secret, 1));
            b.click(By.id("code:submit"));
            b.waitFor(By.id("headerForm:who"));
            b.screenshot("zh-logged-in-with-code");

            // the same pages in English
            b.click(By.id("headerForm:lang"));
            b.waitForText("Log out");
            b.click(By.id("navFactor"));
            b.waitForText("Two-step verification is on");
            b.screenshot("en-factor-on");
            b.click(By.id("navPassword"));
            b.waitForText("Change password");
            b.screenshot("en-change-password");
            b.logout();
            // the login page after the logout speaks the language the user chose
            b.waitForText("Log in", "Username");
            b.type("login:username", username);
            b.type("login:password", "Mine@Own-2026");
            b.click(By.id("login:submit"));
            b.waitFor(By.id("code:code"));
            b.waitForText("Enter the 6-digit code");
            b.screenshot("en-code-asked");
            b.type("code:code", "000000".equals(CredentialFixturesServlet.code(secret, 0)) ? "111111" : "000000");
            b.click(By.id("code:submit"));
            b.waitForText("The code is not right");
            b.screenshot("en-code-refused");
            assertThat(b.takeViolations()).as("CSP refusals and script errors").isEmpty();
        } finally {
            post("/it-fixtures/credentials/policy?roles=" + before[0] + "&forced=" + before[1]);
        }
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
}
