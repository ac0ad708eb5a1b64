package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * One report's whole appraisal through the screens, by every role, on the demo data: the Jinyun operator submits,
 * the county and the city approve, three experts score, the city decides and publishes, and the report page shows the
 * grade and the history.
 */
@ExtendWith(ArquillianExtension.class)
class AppraisalJourneyIT {
    static final String PASSWORD = "Demo@2026";
    static final String JINYUN = "缙云锯床";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    static final Map<String, String> VALUES = Map.ofEntries(
            Map.entry("construction_investment", "1380.5"),
            Map.entry("cluster_output_value", "1250000"),
            Map.entry("cluster_rd_investment", "38000"),
            Map.entry("cluster_enterprises", "560"),
            Map.entry("above_scale_enterprises", "210"),
            Map.entry("national_high_tech_enterprises", "62"),
            Map.entry("provincial_sme_tech_enterprises", "150"),
            Map.entry("service_institutions", "21"),
            Map.entry("academicians", "3"),
            Map.entry("enterprise_services", "1650"),
            Map.entry("technical_problems_solved", "97"));

    @Test
    void everyRoleDrivesOneAppraisalToAPublishedGrade() {
        try (Browser b = new Browser(base, "journey")) {
            // the operator fills the report and submits it
            b.login("op-jinyun", PASSWORD);
            b.screenshot("operator-inbox");
            openTaskOf(b, JINYUN);
            VALUES.forEach((code, v) -> b.type(By.cssSelector("input[data-code='" + code + "']"), v));
            b.type("report:narrative", "2025年综合体围绕锯床产业链建设公共服务平台，服务企业1650次，解决技术难题97项。（演示）");
            b.screenshot("operator-report-filled");
            b.click(By.id("report:submit"));
            b.waitForText("已办理完成并保存");
            b.screenshot("operator-submitted");
            b.logout();

            // the county official approves
            b.login("county-jinyun", PASSWORD);
            openTaskOf(b, JINYUN);
            b.waitForText("县级审核", "1380.5");
            b.screenshot("county-review");
            b.type("review:comment", "材料齐全，同意上报。");
            b.click(By.id("review:approve"));
            b.waitForText("已办理完成并保存");
            b.logout();

            // the municipal official approves, then assigns three experts
            b.login("municipal", PASSWORD);
            openTaskOf(b, JINYUN);
            b.waitForText("市级审核");
            b.click(By.id("review:approve"));
            b.waitForText("已办理完成并保存");
            openTaskOf(b, JINYUN);
            assertThat(b.waitForText("指派专家")).doesNotContain("赵主任");
            for (String expert : new String[] {"王教授", "李研究员", "陈高工"}) {
                b.click(By.xpath("//label[contains(., '" + expert + "')]"));
            }
            b.screenshot("municipal-assign-experts");
            b.click(By.id("assign:assignButton"));
            b.waitForText("已办理完成并保存");
            b.logout();

            // each expert scores
            String[][] scores = {{"expert1", "86"}, {"expert2", "90"}, {"expert3", "88"}};
            for (String[] s : scores) {
                b.login(s[0], PASSWORD);
                openTaskOf(b, JINYUN);
                b.type("expert:score", s[1]);
                b.type("expert:comment", "平台建设扎实，建议加强成果转化。");
                b.screenshot("expert-" + s[0]);
                b.click(By.id("expert:submitScore"));
                b.waitForText("已办理完成并保存");
                b.logout();
            }

            // the municipal official decides: mean 88.00 proposes 良好
            b.login("municipal", PASSWORD);
            openTaskOf(b, JINYUN);
            assertThat(b.text(By.id("decision:mean"))).isEqualTo("88.00");
            assertThat(b.text(By.id("decision:proposed"))).isEqualTo("良好");
            b.screenshot("municipal-decision");
            b.click(By.id("decision:decide"));
            b.waitForText("已办理完成并保存");
            // decided is not yet published: the bureau publishes the cycle's results together
            b.click(By.id("navCycles"));
            b.click(By.linkText("2025"));
            b.scrollTo(By.id("publication:publish"));
            b.screenshot("municipal-publish");
            b.click(By.id("publication:publish"));
            b.click(By.cssSelector(".ui-confirmdialog-yes"));
            b.waitForText("已发布 1 个评价结果");
            b.logout();

            // the operator sees the grade and the whole history
            b.login("op-jinyun", PASSWORD);
            b.click(By.id("navReports"));
            b.click(By.partialLinkText(JINYUN));
            assertThat(b.text(By.id("grade"))).isEqualTo("良好");
            b.waitForText("提交报告", "审核通过", "指派专家", "专家评分", "评定等级", "发布结果",
                    "评价已完成", "材料齐全，同意上报。");
            b.screenshot("operator-record-zh");
            b.click(By.id("headerForm:lang"));
            b.waitForText("Report submitted", "Graded", "Results published");
            assertThat(b.text(By.id("grade"))).isEqualTo("Good");
            b.screenshot("operator-record-en");
            b.scrollTo(By.id("timeline"));
            b.screenshot("operator-record-timeline-en");
        }
    }

    private static void openTaskOf(Browser b, String complex) {
        b.click(By.id("navInbox"));
        b.click(By.partialLinkText(complex));
        b.waitFor(By.className("task-grid"));
    }
}
