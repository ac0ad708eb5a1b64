package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The annual report as its operator and the county reviewer live it, on the Longquan demo complex: a translated
 * validation error fixed, an anomaly against last year explained, a return with a comment, a changed figure
 * resubmitted, and the reviewer seeing that figure highlighted with its former value, in Chinese and English.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SubmissionJourneyIT {
    static final String PASSWORD = AppraisalJourneyIT.PASSWORD;
    static final String LONGQUAN = "龙泉汽车空调";

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    @Test
    @RunAsClient
    void theOperatorFixesExplainsAndRevisesAndTheReviewerSeesTheChange() {
        try (Browser b = new Browser(base, "submission")) {
            b.login("op-longquan", PASSWORD);
            openTask(b);
            Map<String, String> values = new HashMap<>(AppraisalJourneyIT.VALUES);
            values.put("service_institutions", "12.5");
            values.forEach((code, v) -> b.type(By.cssSelector("input[data-code='" + code + "']"), v));
            b.type("report:narrative", "龙泉汽车空调综合体2025年度自评：检测平台投入使用，服务企业大幅增加。（演示）");
            b.click(By.id("report:submit"));
            b.waitForText("请填写整数");
            b.scrollTo(By.cssSelector("input[data-code='service_institutions']"));
            b.screenshot("validation-error-zh");

            // fixed; and a figure far above last year's (1473) gets flagged for an explanation
            b.type(By.cssSelector("input[data-code='service_institutions']"), "21");
            b.type(By.cssSelector("input[data-code='enterprise_services']"), "3000");
            b.click(By.id("report:narrative"));
            b.waitForText("超过阈值");
            b.scrollTo(By.cssSelector("input[data-code='enterprise_services']"));
            b.screenshot("anomaly-flagged");
            b.click(By.id("report:submit"));
            b.waitForText("该指标有异常标记");
            b.type(By.cssSelector("textarea[data-explain='enterprise_services']"), "新建检测公共服务平台投入运行，全年服务企业次数翻倍。");
            b.click(By.id("report:narrative"));
            b.waitForText("草稿已自动保存");
            b.upload(By.cssSelector("input[type='file']"), pdf());
            b.waitForText("检测平台服务台账.pdf");
            b.scrollTo(By.cssSelector(".evidence-files"));
            b.screenshot("evidence-attached");
            b.click(By.id("report:submit"));
            b.waitForText("已办理完成并保存");
            b.logout();

            // the county returns it with a comment
            b.login("county-longquan", PASSWORD);
            openTask(b);
            b.waitForText("新建检测公共服务平台投入运行", "检测平台服务台账.pdf");
            b.type("review:comment", "请核实解决技术难题数量并补充明细。");
            b.click(By.id("review:return"));
            b.waitForText("已办理完成并保存");
            b.logout();

            // the operator reads the comment and changes one figure
            b.login("op-longquan", PASSWORD);
            openTask(b);
            assertThat(b.text(By.id("returnComment"))).contains("请核实解决技术难题数量并补充明细。");
            b.screenshot("returned-with-comment");
            b.type(By.cssSelector("input[data-code='technical_problems_solved']"), "105");
            b.click(By.id("report:submit"));
            b.waitForText("已办理完成并保存");
            b.logout();

            // the reviewer sees the changed value highlighted, with the former one
            b.login("county-longquan", PASSWORD);
            openTask(b);
            WebElement changed = b.waitFor(By.cssSelector("tr.changed[data-code='technical_problems_solved']"));
            assertThat(changed.getText()).contains("105", "原为 97");
            assertThat(b.driverFindAll(By.cssSelector("tr.changed"))).hasSize(1);
            b.scrollTo(By.cssSelector("tr.changed"));
            b.screenshot("reviewer-sees-change-zh");
            b.click(By.id("headerForm:lang"));
            b.waitForText("County review");
            assertThat(b.waitFor(By.cssSelector("tr.changed[data-code='technical_problems_solved']"))
                            .getText())
                    .contains("105", "was 97");
            b.scrollTo(By.cssSelector("tr.changed"));
            b.screenshot("reviewer-sees-change-en");
        }
    }

    /** a small but real PDF, as the operator's evidence */
    private static java.nio.file.Path pdf() {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("evidence");
            java.nio.file.Path file = dir.resolve("检测平台服务台账.pdf");
            String body = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                    + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
            java.nio.file.Files.writeString(file, body, java.nio.charset.StandardCharsets.US_ASCII);
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void openTask(Browser b) {
        b.click(By.id("navInbox"));
        b.click(By.partialLinkText(LONGQUAN));
        b.waitFor(By.className("task-grid"));
    }
}
