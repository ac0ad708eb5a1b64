package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A page whose state the server no longer holds (as after a restart, or when the page was open too long), in a real
 * browser: its next AJAX request is refused with a 400, and the page says so in the user's language above its content
 * with a button that loads it again, instead of doing nothing (PrimeFaces drops a failed AJAX answer silently).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageExpiredJourneyIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    @Test
    void anExpiredDashboardSaysSoAndReloads() {
        try (Browser b = new Browser(base, "page-expired")) {
            b.login("municipal", AppraisalJourneyIT.PASSWORD);
            b.open("/reporting/dashboard.xhtml?year=2024");
            b.waitForText("各县（市、区）");
            // the server forgets the page: its view state no longer names one the session holds
            b.script("document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\")"
                    + ".forEach(function (i) { i.value = '-1:-1'; });");

            b.choose("dash:chartIndicator", "综合体建设投入（万元）");

            b.waitFor(By.id("page-refusal"));
            assertThat(b.text(By.id("page-refusal"))).contains("页面已过期", "未保存任何数据");
            b.screenshot("dashboard-expired-zh");

            b.click(By.id("page-refusal-reload"));
            b.waitForNoText("页面已过期");
            b.waitForText("各县（市、区）");
            assertThat(b.present(By.id("page-refusal"))).isFalse();
            // the reload is the page as it was opened, with its year
            assertThat(b.script("return window.location.search;")).isEqualTo("?year=2024");
        }
    }
}
