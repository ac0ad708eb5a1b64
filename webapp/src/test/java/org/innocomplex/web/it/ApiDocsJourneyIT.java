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

/** The API documentation page renders the OpenAPI document (operations listed) for a logged-in user. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiDocsJourneyIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    @Test
    void theApiPageListsTheOperations() {
        try (Browser b = new Browser(base, "apidocs")) {
            b.login("municipal", "Demo@2026");
            b.click(By.id("navApi"));
            b.waitForText("REST 接口", "/api/v1/reports/{id}/submit", "/api/v1/tasks/{id}/complete");
            assertThat(b.text(By.id("swagger-ui"))).contains("/api/v1/registry/complexes");
            b.screenshot("apidocs-zh");
        }
    }
}
