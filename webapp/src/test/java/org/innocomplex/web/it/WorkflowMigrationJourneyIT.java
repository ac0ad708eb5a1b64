package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import org.innocomplex.access.api.Actor;
import org.innocomplex.appraisal.api.ProcessAdministrationService;
import org.innocomplex.workflow.api.ProcessVersion;
import org.innocomplex.workflow.api.RunningInstance;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Suspend, activate and migrate in the browser, on a process of the test's own (a fresh key for the bundled route, so
 * that no appraisal of the other tests moves, and no earlier run's versions are listed): two versions and an instance
 * started on the older; in the browser, the definitions page shows the older version's running instance, suspends
 * and re-activates it; the migration page previews the instance (its current step maps onto the newer version, it can
 * move), migrates it and shows the result; afterwards the older version has no running instance left and the newer
 * has it. Screenshots in Chinese and English.
 */
@ExtendWith(ArquillianExtension.class)
class WorkflowMigrationJourneyIT {
    static final String PASSWORD = "Demo@2026";
    private static final Actor ADMIN = Fixtures.admin();

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    ProcessAdministrationService admin;

    @Inject
    Fixtures fixtures;

    @ArquillianResource
    URL base;

    @Test
    void twoVersionsAndAnInstanceOnTheOlder() {
        List<ProcessVersion> versions =
                fixtures.twoVersionsWithAnInstanceOnTheOlder(Fixtures.freshProcessKey("wfweb-migration"));
        ProcessVersion older = versions.get(0);
        ProcessVersion newer = versions.get(1);
        assertThat(newer.version()).isGreaterThan(older.version());
        List<RunningInstance> running = admin.runningInstances(ADMIN, older.definitionId());
        assertThat(running).isNotEmpty();
        assertThat(running.get(0).currentActivityIds()).contains("report");
    }

    @Test
    @RunAsClient
    void theAdministratorSuspendsActivatesPreviewsAndMigrates() {
        String key = CaseFixturesServlet.post(base, "migration");
        try (Browser b = new Browser(base, "workflow-migration")) {
            b.login("admin", PASSWORD);
            b.open("/workflow/definitions.xhtml?key=" + key);
            b.waitForText(key, "第 2 版", "第 1 版");
            // the newest is first; the one before it holds the instance the fixture started
            String olderVersion = b.text(By.id("definitions:versions:1:version"));
            assertThat(Integer.parseInt(b.text(By.id("definitions:versions:1:running"))))
                    .isGreaterThan(0);

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

            b.open("/workflow/definitions.xhtml?key=" + key);
            b.waitForText(key);
            assertThat(b.text(By.id("definitions:versions:1:version"))).isEqualTo(olderVersion);
            assertThat(b.text(By.id("definitions:versions:1:running"))).isEqualTo("0");
            assertThat(Integer.parseInt(b.text(By.id("definitions:versions:0:running"))))
                    .isGreaterThan(0);

            b.click(By.id("headerForm:lang"));
            b.waitForText("Process definitions", "Running");
            b.screenshot("definitions-en");
            b.click(By.id("definitions:openMigration"));
            b.waitForText("Migrate running appraisals");
            b.screenshot("migration-en");
        }
    }
}
