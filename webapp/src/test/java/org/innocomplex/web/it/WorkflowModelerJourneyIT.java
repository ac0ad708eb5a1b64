package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * The administrator's journey through the workflow screens, in a real browser: open the modeler on the appraisal's
 * current version, save it under a process key of the test's own (so that the appraisal every other test runs keeps
 * its route), deploy that as version 1; append a task after the decision, see the validator refuse it while it has no
 * step type (problem listed, element marked on the canvas), give it the review step type, a name in both languages
 * and a candidate group, validate, deploy version 2; the definitions page lists version 2 as the latest, deployed by
 * admin; the diff of 1 → 2 marks the added task on the newer diagram and lists it. Screenshots in Chinese and English.
 *
 * <p>And the way a diagram travels: a hostile one of 3 MiB (above the web server's 2 MB form limit, inside the
 * product's 4 MiB) reaches the validator and is refused for its script task; one of 5 MiB and a body of 50 MB get the
 * product's own size message; each refusal is in the audit trail.
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
    void anAdministratorAddsAStepValidatesDeploysAndSeesItInTheVersionsAndTheDiff() {
        String key = "journey-" + System.currentTimeMillis();
        try (Browser b = new Browser(base, "workflow-modeler")) {
            b.login("admin", PASSWORD);
            b.click(By.id("navWorkflow"));
            b.waitForText("流程管理", "annual-appraisal");
            b.screenshot("definitions-zh");

            b.open("/workflow/modeler.xhtml?key=annual-appraisal&open=version");
            b.waitFor(By.cssSelector("#wf-canvas[data-rendered='true']"));
            assertThat(b.waitFor(By.cssSelector("#wf-canvas .bjs-powered-by")).isDisplayed())
                    .as("the bpmn.io watermark stays visible")
                    .isTrue();
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
            // a problem in the list shows its element (the page's script listens; no inline handler runs under the
            // Content-Security-Policy)
            b.click(By.cssSelector("#wf-canvas g.djs-shape[data-element-id='decision']"));
            selectedId(b, "decision");
            b.click(By.cssSelector(".wf-problem[data-element-id='" + task + "']"));
            selectedId(b, task);

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
            assertThat(b.present(By.cssSelector("#wf-canvas g.wf-invalid")))
                    .as("no element marked any more")
                    .isFalse();
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
                    .as("the older version has no such task")
                    .isFalse();
            String changes = b.text(By.id("changes"));
            assertThat(changes).contains(task, "新增", "省级审核");
            assertThat(b.waitFor(By.cssSelector("#wf-diff-to .bjs-powered-by")).isDisplayed())
                    .isTrue();
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

    @Test
    void aLargeDiagramReachesTheValidatorAndAnOversizeOneGetsTheSizeMessageEachAudited() throws Exception {
        String key = "upload-" + System.currentTimeMillis();
        try (Browser b = new Browser(base, "workflow-modeler-upload")) {
            b.login("admin", PASSWORD);
            b.open("/workflow/modeler.xhtml?key=annual-appraisal&open=version");
            b.waitFor(By.cssSelector("#wf-canvas[data-rendered='true']"));

            // 3 MiB of Chinese text: some 9 MB as the url-encoded form field it used to be
            open(b, WorkflowVariants.bundledWithScriptTask(key, 3 * 1024 * 1024));
            b.click(By.id("modeler:deploy"));
            b.click(By.id("modeler:deployYes"));
            b.waitFor(By.cssSelector(".wf-problem[data-element-id='evil']"));
            assertThat(b.text(By.id("modeler:problems"))).contains("脚本 (evil)：不允许使用脚本任务");
            b.waitFor(By.cssSelector("#wf-canvas g.djs-shape.wf-invalid[data-element-id='evil']"));
            b.screenshot("large-refused-for-its-script-task-zh");
            assertThat(lastAudit(key))
                    .startsWith("admin|WORKFLOW_DEPLOY_REFUSED|")
                    .contains("evil: workflow.validation.scriptTask");

            // above the limit: the product's size message, in the problem list as a refusal of the whole file
            int before = audit("?").size();
            open(b, WorkflowVariants.bundledWithScriptTask(key, 5 * 1024 * 1024));
            b.click(By.id("modeler:deploy"));
            b.click(By.id("modeler:deployYes"));
            String page = b.waitForText("文件过大：", "KB，上限为 4096 KB；未作解析。");
            assertThat(page).doesNotContain("IllegalStateException");
            assertThat(b.text(By.id("modeler:problems"))).contains("整个文件");
            b.screenshot("oversize-refused-zh");
            List<String> lines = audit("?");
            assertThat(lines).hasSize(before + 1);
            assertThat(lines.get(lines.size() - 1))
                    .startsWith("admin|WORKFLOW_DEPLOY_REFUSED|")
                    .contains("(file): workflow.validation.tooLarge [")
                    .endsWith(", 4096]");

            // 50 MB sent as the page sends a diagram, then validated: refused by its size, exactly as large as it is
            Object token = b.script("""
                    return fetch(document.getElementById('wf-canvas').getAttribute('data-upload'), {method: 'POST',
                        headers: {'Content-Type': 'application/xml', 'X-Requested-With': 'InnoModeler'},
                        body: new Blob(['x'.repeat(50 * 1024 * 1024)])})
                      .then(r => r.json().then(j => r.status + ' ' + j.upload));""");
            assertThat(String.valueOf(token)).matches("413 [0-9a-f]{32}");
            b.script(
                    "wfValidate([{name: 'upload', value: arguments[0]}]);",
                    String.valueOf(token).substring(4));
            b.waitForText("文件过大：51200 KB，上限为 4096 KB");
            lines = audit("?");
            assertThat(lines).hasSize(before + 2);
            assertThat(lines.get(lines.size() - 1))
                    .isEqualTo("admin|WORKFLOW_VALIDATION_REFUSED|(file): workflow.validation.tooLarge [51200, 4096]");

            // what a page of another site could send is refused before anything is read
            assertThat(b.script("""
                    return Promise.all([
                      fetch('bpmn-upload', {method: 'POST', headers: {'Content-Type': 'application/xml'}, body: '<x/>'}),
                      fetch('bpmn-upload', {method: 'POST', headers: {'X-Requested-With': 'InnoModeler'}, body: '<x/>'})
                    ]).then(rs => rs.map(r => r.status).join(' '));""")).isEqualTo("400 400");

            b.click(By.id("headerForm:lang"));
            b.waitFor(By.cssSelector("#wf-canvas[data-rendered='true']"));
            open(b, WorkflowVariants.bundledWithScriptTask(key, 5 * 1024 * 1024));
            b.click(By.id("modeler:validate"));
            b.waitForText("The file is too large: ", " KB, the limit is 4096 KB; it was not parsed.");
            b.screenshot("oversize-refused-en");

            // the session ends while the modeler is open: the upload is refused, and the page says so
            b.forgetSession();
            b.click(By.id("modeler:validate"));
            b.waitFor(By.id("page-refusal"));
            assertThat(b.text(By.id("page-refusal"))).contains("The diagram did not reach the server");
            b.screenshot("upload-after-session-ended-en");
        }
    }

    /** Opens a diagram in the modeler as if the administrator had drawn it. */
    private static void open(Browser b, String xml) {
        Object done = b.script(
                "const m = InnoModeler.modeler(); return m.importXML(arguments[0])"
                        + ".then(() => { m.get('canvas').zoom('fit-viewport'); return 'imported'; },"
                        + " e => String(e && e.message || e));",
                xml);
        assertThat(done).isEqualTo("imported");
    }

    private List<String> audit(String objectId) throws IOException, InterruptedException {
        String url = base.toString().replaceFirst("//[^/:]+", "//localhost");
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        url + (url.endsWith("/") ? "" : "/") + "it-fixtures/audit?type=PROCESS&id="
                                                + java.net.URLEncoder.encode(
                                                        objectId, java.nio.charset.StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body().lines().toList();
    }

    private String lastAudit(String objectId) throws IOException, InterruptedException {
        List<String> lines = audit(objectId);
        assertThat(lines).isNotEmpty();
        return lines.get(lines.size() - 1);
    }

    /** The id the properties panel shows once the selection has become an element whose id starts so. */
    private static String selectedId(Browser b, String prefix) {
        return b.waitForValueStartingWith("wf-prop-id", prefix);
    }
}
