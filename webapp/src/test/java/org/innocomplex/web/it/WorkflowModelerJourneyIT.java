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
 * The administrator's journey through the workflow screens, in a real browser: open the modeler on the appraisal's
 * current version, save it under a process key of the test's own (so that the appraisal every other test runs keeps
 * its route), deploy that as version 1; append a task after the decision, see the validator refuse it while it has no
 * step type (problem listed, element marked on the canvas), give it the review step type, a name in both languages
 * and a candidate group, validate, deploy version 2; the definitions page lists version 2 as the latest, deployed by
 * admin; the diff of 1 → 2 marks the added task on the newer diagram and lists it. Screenshots in Chinese and English.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkflowModelerJourneyIT {
    static final String PASSWORD = "Demo@2026";

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    @Test
    void anAdministratorAddsAStepValidatesDeploysAndSeesItInTheVersionsAndTheDiff() throws InterruptedException {
        String key = "journey-" + System.currentTimeMillis();
        try (Browser b = new Browser(base, "workflow-modeler")) {
            b.login("admin", PASSWORD);
            b.click(By.id("navWorkflow"));
            b.waitForText("流程管理", "annual-appraisal");
            b.screenshot("definitions-zh");

            b.open("/workflow/modeler.xhtml?key=annual-appraisal&open=version");
            b.waitFor(By.cssSelector("#wf-canvas[data-rendered='true']"));
            assertThat(b.waitFor(By.cssSelector("#wf-canvas .bjs-powered-by")).isDisplayed())
                    .as("the bpmn.io watermark stays visible").isTrue();
            // nothing selected: the panel edits the process, whose id is the key a deploy goes to
            assertThat(b.value("wf-prop-id")).isEqualTo("annual-appraisal");
            b.type("wf-prop-id", key);
            b.click(By.id("modeler:saveDraft"));
            b.waitForText("草稿已保存");
            b.click(By.id("modeler:deploy"));
            b.click(By.id("modeler:deployYes"));
            b.waitForText("已部署 " + key + " 第 1 版");

            // a task appended after the decision: a plain task without an outgoing flow is refused, named, and
            // marked on the canvas
            b.click(By.cssSelector("#wf-canvas g.djs-shape[data-element-id='decision']"));
            b.click(By.cssSelector(".djs-context-pad.open .entry[data-action='append.append-task']"));
            String task = selectedId(b, "Activity_");
            b.type("wf-prop-name", "省级审核");
            b.click(By.id("modeler:validate"));
            b.waitFor(By.cssSelector(".wf-problem[data-element-id='" + task + "']"));
            b.waitFor(By.cssSelector("#wf-canvas g.djs-shape.wf-invalid[data-element-id='" + task + "']"));
            assertThat(b.text(By.id("modeler:problems"))).contains(task, "省级审核");
            b.screenshot("modeler-refused-zh");

            // an end of its own, then the product's properties
            b.click(By.cssSelector(".djs-context-pad.open .entry[data-action='append.end-event']"));
            selectedId(b, "Event_");
            b.click(By.cssSelector("#wf-canvas g.djs-shape[data-element-id='" + task + "']"));
            selectedId(b, task);
            b.type("wf-prop-name-en", "Provincial review");
            b.selectValue("wf-prop-step", "review");
            b.type("wf-prop-groups", "municipal:${cityCode}");
            b.type("wf-prop-due", "${vars:get(municipalDue)}");
            b.click(By.id("wf-add-remind"));
            b.waitFor(By.cssSelector("#wf-prop-timers input"));
            b.click(By.id("modeler:validate"));
            b.waitForText("校验通过");
            assertThat(b.present(By.cssSelector("#wf-canvas g.wf-invalid"))).as("no element marked any more").isFalse();
            b.screenshot("modeler-task-added-zh");
            b.click(By.id("modeler:deploy"));
            b.click(By.id("modeler:deployYes"));
            b.waitForText("已部署 " + key + " 第 2 版");

            // the version list: version 2 is the latest, deployed by admin
            b.click(By.id("modeler:toDefinitions"));
            b.waitForText(key, "第 2 版", "第 1 版");
            assertThat(b.text(By.id("definitions:versions:0:version"))).isEqualTo("第 2 版");
            assertThat(b.present(By.id("definitions:versions:0:latest"))).isTrue();
            assertThat(b.text(By.id("definitions:versions:0:deployedBy"))).isEqualTo("admin");
            assertThat(b.text(By.id("definitions:versions:1:version"))).isEqualTo("第 1 版");
            b.screenshot("definitions-new-version-zh");

            // the diff of 1 → 2 marks the added task on the newer diagram and lists it
            b.click(By.id("definitions:versions:0:diffPrevious"));
            b.waitFor(By.cssSelector("#wf-diff-to[data-rendered='true']"));
            b.waitFor(By.cssSelector("#wf-diff-to g.djs-shape.wf-added[data-element-id='" + task + "']"));
            assertThat(b.present(By.cssSelector("#wf-diff-from g[data-element-id='" + task + "']")))
                    .as("the older version has no such task").isFalse();
            String changes = b.text(By.id("changes"));
            assertThat(changes).contains(task, "新增", "省级审核");
            assertThat(b.waitFor(By.cssSelector("#wf-diff-to .bjs-powered-by")).isDisplayed()).isTrue();
            b.screenshot("diff-zh");

            b.click(By.id("headerForm:lang"));
            b.waitForText("Compare process versions", "Added");
            b.waitFor(By.cssSelector("#wf-diff-to g.djs-shape.wf-added[data-element-id='" + task + "']"));
            b.screenshot("diff-en");
            b.open("/workflow/definitions.xhtml?key=" + key);
            b.waitForText("Process definitions", "latest", "admin");
            b.screenshot("definitions-en");
            b.open("/workflow/modeler.xhtml?key=" + key);
            b.waitFor(By.cssSelector("#wf-canvas[data-rendered='true']"));
            b.click(By.cssSelector("#wf-canvas g.djs-shape[data-element-id='" + task + "']"));
            selectedId(b, task);
            assertThat(b.value("wf-prop-name-en")).isEqualTo("Provincial review");
            assertThat(b.value("wf-prop-step")).isEqualTo("review");
            b.screenshot("modeler-en");
        }
    }

    /** The id the properties panel shows once the selection has become an element whose id starts so. */
    private static String selectedId(Browser b, String prefix) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            String id = b.value("wf-prop-id");
            if (id != null && id.startsWith(prefix)) {
                return id;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the panel never showed an element " + prefix + "…; it shows " + b.value("wf-prop-id"));
    }
}
