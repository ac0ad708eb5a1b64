package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.innocomplex.access.api.Actor;
import org.innocomplex.appraisal.api.ProcessAdministration;
import org.innocomplex.workflow.api.DeployOutcome;
import org.innocomplex.workflow.api.ProcessVersion;
import org.innocomplex.workflow.api.RunningInstance;
import org.innocomplex.workflow.api.WorkflowService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Suspend, activate and migrate in the browser, on a process of the test's own ({@value #KEY}: the bundled route
 * under another key, so that no appraisal of the other tests moves): in the container, two versions and an instance
 * started on the older; in the browser, the definitions page shows the older version's running instance, suspends
 * and re-activates it; the migration page previews the instance (its current step maps onto the newer version, it can
 * move), migrates it and shows the result; afterwards the older version has no running instance left and the newer
 * has it. Screenshots in Chinese and English.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkflowMigrationJourneyIT {
    static final String KEY = "wfweb-migration";
    static final String PASSWORD = "Demo@2026";
    private static final Actor ADMIN = Fixtures.admin();

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    ProcessAdministration admin;
    @Inject
    WorkflowService workflow;

    @ArquillianResource
    URL base;

    static String xml(String name) {
        return WorkflowVariants.renamed(name).replace("id=\"annual-appraisal\"", "id=\"" + KEY + "\"");
    }

    private ProcessVersion deploy(String xml) {
        DeployOutcome out = admin.deploy(ADMIN, xml);
        return out.deployed().orElseThrow(() -> new AssertionError(out.report().problems().toString()));
    }

    @Test
    @Order(1)
    void twoVersionsAndAnInstanceOnTheOlder() {
        ProcessVersion older = deploy(xml("迁移演示 " + System.nanoTime()));
        // no report behind it (reportId -1): the inbox projection ignores it, the engine runs it all the same
        workflow.startMany(KEY, Map.of("wfweb-" + System.nanoTime(), Map.of("reportId", -1L, "complexId", -1L,
                "countyCode", "331122", "cityCode", "331100")));
        ProcessVersion newer = deploy(xml("迁移演示 " + System.nanoTime()));
        // JUnit's assertions here: this method runs in the container, which has no AssertJ
        assertTrue(newer.version() > older.version());
        List<RunningInstance> running = admin.runningInstances(ADMIN, older.definitionId());
        assertFalse(running.isEmpty());
        assertTrue(running.get(0).currentActivityIds().contains("report"));
    }

    @Test
    @Order(2)
    @RunAsClient
    void theAdministratorSuspendsActivatesPreviewsAndMigrates() {
        try (Browser b = new Browser(base, "workflow-migration")) {
            b.login("admin", PASSWORD);
            b.open("/workflow/definitions.xhtml?key=" + KEY);
            b.waitForText(KEY, "第 2 版", "第 1 版");
            // the newest is first; the one before it holds the instance started in the container
            String olderVersion = b.text(By.id("definitions:versions:1:version"));
            assertThat(Integer.parseInt(b.text(By.id("definitions:versions:1:running")))).isGreaterThan(0);

            b.click(By.id("definitions:versions:1:suspend"));
            b.click(By.cssSelector(".ui-confirmdialog-yes"));
            b.waitFor(By.id("definitions:versions:1:activate"));
            assertThat(b.text(By.id("definitions:versions:1:state"))).isEqualTo("已挂起");
            b.screenshot("definitions-suspended-zh");
            b.click(By.id("definitions:versions:1:activate"));
            b.waitFor(By.id("definitions:versions:1:suspend"));
            assertThat(b.text(By.id("definitions:versions:1:state"))).isEqualTo("启用");

            b.click(By.id("definitions:versions:1:migrateFrom"));
            b.waitForText("迁移进行中的评价", "填报年度报告");
            b.screenshot("migration-instances-zh");
            b.click(By.cssSelector("[id='migration:instances_data'] tr:first-child .ui-chkbox-box"));
            b.click(By.id("migration:preview"));
            b.waitForText("迁移预览", "可以迁移");
            assertThat(b.text(By.id("migration:previews"))).contains("report");
            b.screenshot("migration-preview-zh");

            b.click(By.id("migration:migrate"));
            b.click(By.cssSelector(".ui-confirmdialog-yes"));
            b.waitForText("迁移结果", "已迁移");
            assertThat(b.text(By.id("migration:results"))).doesNotContain("未迁移");
            b.screenshot("migration-done-zh");

            b.open("/workflow/definitions.xhtml?key=" + KEY);
            b.waitForText(KEY);
            assertThat(b.text(By.id("definitions:versions:1:version"))).isEqualTo(olderVersion);
            assertThat(b.text(By.id("definitions:versions:1:running"))).isEqualTo("0");
            assertThat(Integer.parseInt(b.text(By.id("definitions:versions:0:running")))).isGreaterThan(0);

            b.click(By.id("headerForm:lang"));
            b.waitForText("Process definitions", "Running");
            b.screenshot("definitions-en");
            b.click(By.id("definitions:openMigration"));
            b.waitForText("Migrate running appraisals");
            b.screenshot("migration-en");
        }
    }
}
