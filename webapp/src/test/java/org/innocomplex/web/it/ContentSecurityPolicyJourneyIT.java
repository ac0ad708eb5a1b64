package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
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
 * The Content-Security-Policy in a real browser: the application's pages and PrimeFaces' components work under it
 * without a single refusal (the browser's console is read by {@link Browser}, which fails on any), and it is
 * enforced: a script or an event handler put into the page by anyone but the server (as a stored XSS would) does not
 * run, nor does a script from another origin, while a script with the page's nonce does.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContentSecurityPolicyJourneyIT {
    static final String PASSWORD = AppraisalJourneyIT.PASSWORD;

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    @Test
    void theAdministratorsPagesRunUnderThePolicyWithoutARefusal() {
        try (Browser b = new Browser(base, "csp-tour")) {
            b.login("admin", PASSWORD);
            for (String page : List.of(
                    "/appraisal/inbox.xhtml",
                    "/appraisal/reports.xhtml",
                    "/appraisal/notifications.xhtml",
                    "/registry/complexes.xhtml",
                    "/registry/experts.xhtml",
                    "/registry/counties.xhtml",
                    "/import/index.xhtml",
                    "/workflow/definitions.xhtml",
                    "/submission/cycles.xhtml",
                    "/submission/reports.xhtml",
                    "/reporting/dashboard.xhtml?year=2024")) {
                b.open(page);
                b.waitFor(By.id("headerForm:who"));
                assertThat(b.takeViolations()).as(page).isEmpty();
            }
        }
        try (Browser b = new Browser(base, "csp-security")) {
            b.login("security", PASSWORD);
            b.open("/access/users.xhtml");
            b.waitFor(By.id("headerForm:who"));
            assertThat(b.takeViolations()).as("/access/users.xhtml").isEmpty();
            // PrimeFaces' handlers, moved out of the markup into its nonce'd script, still act: a dialog opened by a
            // button's oncomplete and closed by another's onclick, the header's language switch (Faces' own link)
            b.click(By.id("users:list:new"));
            b.waitFor(By.id("userForm:cancel"));
            b.click(By.id("userForm:cancel"));
            b.waitForGone(By.id("userDialog"));
            b.click(By.id("headerForm:lang"));
            b.waitForText("Users");
            b.screenshot("users-en");
            assertThat(b.takeViolations()).isEmpty();
        }
    }

    @Test
    void aScriptTheServerDidNotSendDoesNotRun() {
        try (Browser b = new Browser(base, "csp-enforced")) {
            b.open("/login.xhtml");
            b.waitFor(By.id("login:username"));

            // an inline script and an inline handler, as an injection would put them into the page
            b.script("var s = document.createElement('script'); s.textContent = 'window.injected = true;';"
                    + " document.body.appendChild(s);");
            b.script("var a = document.createElement('a'); a.id = 'bait'; a.href = '#'; a.textContent = 'bait';"
                    + " a.setAttribute('onclick', 'window.clicked = true; return false;');"
                    + " document.body.appendChild(a);");
            b.click(By.id("bait"));
            // a script from another origin
            b.script("var s = document.createElement('script'); s.src = 'http://127.0.0.1:9/evil.js';"
                    + " document.body.appendChild(s);");
            // and, for contrast, one the page itself adds with its nonce
            b.script("var own = document.querySelector('script[nonce]'); var s = document.createElement('script');"
                    + " s.nonce = own ? own.nonce : ''; s.textContent = 'window.trusted = true;';"
                    + " document.body.appendChild(s);");

            assertThat(b.script("return window.trusted === true;")).isEqualTo(true);
            assertThat(b.script("return window.injected === true;")).isEqualTo(false);
            assertThat(b.script("return window.clicked === true;")).isEqualTo(false);
            List<String> refused = b.takeViolations("inline script", "inline event handler", "evil.js");
            // Chromium's wording changes between versions ("Refused to execute inline script because it violates",
            // "Executing inline script violates"); what it refused and why stays
            assertThat(refused)
                    .allMatch(m -> m.contains("Content Security Policy"))
                    .anyMatch(m -> m.contains("inline script"))
                    .anyMatch(m -> m.contains("inline event handler"))
                    .anyMatch(m -> m.contains("script 'http://127.0.0.1:9/evil.js'"));
            b.screenshot("login-after-injection");
        }
    }
}
