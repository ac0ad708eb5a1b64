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
 * A report's page draws the BPMN of its process version with the bpmn-js viewer served from the WAR, marks the
 * current step, keeps the bpmn.io watermark, and shows the timeline; in Chinese and in English. Uses the demo
 * Longquan report, whose operator's report step is open.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RecordDiagramIT {
    static final String PASSWORD = "Demo@2026";

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    @Test
    void theRecordShowsTheProcessDiagramWithTheCurrentStepMarked() {
        try (Browser b = new Browser(base, "record-diagram")) {
            b.login("op-longquan", PASSWORD);
            b.click(By.id("navReports"));
            b.click(By.partialLinkText("龙泉"));
            b.waitForText("流程图", "办理记录", "启动评价");
            // other tests may have moved the demo report on: the mark must sit on whatever user task is open now
            var current = b.waitFor(By.cssSelector("#bpmn-diagram svg g.djs-element.current"));
            String step = current.getAttribute("data-element-id");
            assertThat(step)
                    .isIn("report", "countyReview", "municipalReview", "assignExperts", "expertReview", "decision");
            assertThat(b.driverFindAll(By.cssSelector("#bpmn-diagram svg g.djs-element.current")))
                    .hasSize(1);
            assertThat(b.driverFindAll(By.cssSelector("#bpmn-diagram svg g.djs-element.completed")))
                    .isNotEmpty();
            assertThat(b.waitFor(By.cssSelector("#bpmn-diagram .bjs-powered-by"))
                            .isDisplayed())
                    .as("the bpmn.io watermark stays visible")
                    .isTrue();
            b.scrollTo(By.id("bpmn-diagram"));
            b.screenshot("record-diagram-zh");

            b.click(By.id("headerForm:lang"));
            b.waitForText("Process diagram", "Timeline");
            b.waitFor(By.cssSelector("#bpmn-diagram svg g.djs-element.current[data-element-id='" + step + "']"));
            b.scrollTo(By.id("bpmn-diagram"));
            b.screenshot("record-diagram-en");
        }
    }
}
