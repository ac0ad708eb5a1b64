package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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
 * One report's whole appraisal through the inbox, by every role, on the demo data: the Jinyun operator submits,
 * the county returns it with a comment and the operator resubmits, the county and the city approve, the city
 * assigns two experts, one declares a conflict and the city gives the review to a third, the experts score item by item (one writes an on-site guidance note, which the operator answers),
 * the city decides and publishes, and the report page shows the grade, the follow-up and the history.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AppraisalJourneyIT {
    static final String PASSWORD = "Demo@2026";
    static final String JINYUN = "缙云锯床";

    @Deployment
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

            // the county official returns it once: the operator finds it in the inbox again with the comment
            b.login("county-jinyun", PASSWORD);
            openTaskOf(b, JINYUN);
            b.waitForText("县级审核", "1380.5");
            b.type("review:comment", "请补充锯床产业集群研发投入的统计口径说明。");
            b.screenshot("county-return");
            b.click(By.id("review:return"));
            b.waitForText("已办理完成并保存");
            b.logout();

            b.login("op-jinyun", PASSWORD);
            openTaskOf(b, JINYUN);
            assertThat(b.text(By.id("returnComment"))).contains("请补充锯床产业集群研发投入的统计口径说明。");
            b.type("report:narrative", "2025年综合体围绕锯床产业链建设公共服务平台，服务企业1650次，解决技术难题97项；" + "集群研发投入按规上企业研发费用加计扣除口径统计。（演示）");
            b.screenshot("operator-returned");
            b.click(By.id("report:submit"));
            b.waitForText("已办理完成并保存");
            b.logout();

            // the county official approves the revised report
            b.login("county-jinyun", PASSWORD);
            openTaskOf(b, JINYUN);
            b.waitForText("县级审核", "1380.5");
            b.screenshot("county-review");
            b.type("review:comment", "材料齐全，同意上报。");
            b.click(By.id("review:approve"));
            b.waitForText("已办理完成并保存");
            b.logout();

            // the municipal official approves, then assigns two experts
            b.login("municipal", PASSWORD);
            openTaskOf(b, JINYUN);
            b.waitForText("市级审核");
            b.click(By.id("review:approve"));
            b.waitForText("已办理完成并保存");
            openTaskOf(b, JINYUN);
            assertThat(b.waitForText("指派专家")).doesNotContain("赵主任");
            for (String expert : new String[] {"王教授", "李研究员"}) {
                b.click(By.xpath("//label[contains(., '" + expert + "')]"));
            }
            b.screenshot("municipal-assign-experts");
            b.click(By.id("assign:assignButton"));
            b.waitForText("已办理完成并保存");
            b.logout();

            // the second expert declares a conflict of interest: the task goes back to the city
            b.login("expert2", PASSWORD);
            openTaskOf(b, JINYUN);
            b.type("conflict:reason", "本人近两年为该综合体运营单位提供过技术咨询。");
            b.scrollTo(By.id("conflict:declare"));
            b.screenshot("expert-declare-conflict");
            b.click(By.id("conflict:declare"));
            b.waitForText("已申报利益冲突");
            assertThat(b.text()).doesNotContain("缙云锯床");
            b.logout();

            // the city gives the handed-back review to another eligible expert (赵主任 has a conflict, 李研究员
            // declared one, 王教授 is assigned: only 陈高工 is offered)
            b.login("municipal", PASSWORD);
            openTaskOf(b, JINYUN);
            b.waitForText("原指派专家申报了利益冲突");
            var replacement = new org.openqa.selenium.support.ui.Select(b.waitFor(By.id("replace:replacement")));
            assertThat(replacement.getOptions())
                    .extracting(o -> o.getAttribute("value"))
                    .containsExactly("", "expert3");
            replacement.selectByValue("expert3");
            b.screenshot("municipal-reassign");
            b.click(By.id("replace:reassign"));
            b.waitForText("已改派专家");
            b.logout();

            // each expert confirms having no conflict, then scores the rubric item by item; the first also writes
            // an on-site guidance note with a photo and saves a draft first; the last works in English
            String[][] scores = {{"expert1", "86"}, {"expert3", "90"}};
            for (String[] s : scores) {
                boolean english = s[0].equals("expert3");
                b.login(s[0], PASSWORD);
                openTaskOf(b, JINYUN);
                if (english) {
                    b.click(By.id("headerForm:lang"));
                    b.waitForText("Inbox", "I have no conflict of interest");
                }
                b.waitFor(By.id("confirm:confirmButton"));
                b.screenshot("expert-confirm-" + (english ? "en" : "zh"));
                b.click(By.id("confirm:confirmButton"));
                b.waitForText(english ? "you may now score" : "已确认无利益冲突");
                if (s[0].equals("expert1")) {
                    writeGuidanceNote(b);
                }
                scoreItems(b, new BigDecimal(s[1]));
                assertThat(b.text(By.id("expert:total")))
                        .as("the total as typed")
                        .isEqualTo(s[1]);
                b.type(
                        "expert:comment",
                        english ? "Solid platform; strengthen technology transfer." : "平台建设扎实，建议加强成果转化。");
                if (s[0].equals("expert1")) {
                    // an item above its maximum is refused by name, and what was typed stays
                    By plan = By.cssSelector("input.rubric-points[data-item='plan']");
                    b.type(plan, "3");
                    b.click(By.id("expert:saveDraft"));
                    b.waitForText("“建设方案”的得分须在 0 至 2 分之间");
                    assertThat(b.waitFor(By.id("expert:comment")).getAttribute("value"))
                            .contains("成果转化");
                    b.scrollTo(plan);
                    b.screenshot("expert-item-refused");
                    b.type(plan, "0");
                    b.click(By.id("expert:saveDraft"));
                    b.waitForText("评分草稿已保存");
                    assertThat(b.text(By.id("expert:total"))).isEqualTo("86");
                }
                b.scrollTo(By.id("expert:total"));
                b.screenshot("expert-sheet-" + s[0] + (english ? "-en" : "-zh"));
                b.click(By.id("expert:submitScore"));
                b.waitForText(english ? "Done and saved" : "已办理完成并保存");
                if (english) {
                    b.click(By.id("headerForm:lang"));
                    b.waitForText("待办任务");
                }
                b.logout();
            }

            // the operator answers the recommendation on the complex's page, in Chinese, then sees it in English
            b.login("op-jinyun", PASSWORD);
            b.click(By.id("navMine"));
            b.waitForText("展示厅内容陈旧", "更新展示厅内容", "尚未公布");
            assertThat(b.text(By.id("followUp:recommendation"))).contains("更新展示厅内容");
            b.type("followUp:actionTaken", "已更新展示厅内容，补充近三年成果展板。");
            b.type(
                    "followUp:doneOn",
                    java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                            .toString());
            b.upload(
                    By.cssSelector("#followUp input[type=file]"),
                    file(
                            "evidence.pdf",
                            "%PDF-1.4\n% follow-up evidence\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
            b.scrollTo(By.id("followUp:saveFollowUp"));
            b.screenshot("operator-followup-form");
            b.click(By.id("followUp:saveFollowUp"));
            b.waitForText("整改反馈已提交", "已更新展示厅内容，补充近三年成果展板。", "evidence.pdf");
            b.scrollTo(By.cssSelector(".followup"));
            b.screenshot("operator-followup-zh");
            b.click(By.id("headerForm:lang"));
            b.waitForText("Follow-up:", "Not published yet");
            b.scrollTo(By.cssSelector(".followup"));
            b.screenshot("operator-followup-en");
            b.click(By.id("headerForm:lang"));
            b.waitForText("待办任务");
            b.logout();

            // the municipal official decides: mean (86 + 90) / 2 = 88.00 proposes 良好
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
            // other container tests on the shared database may have decided reports of this cycle too
            b.waitForPattern("已发布 [1-9][0-9]* 个评价结果");
            b.logout();

            // the operator sees the grade and the whole history
            b.login("op-jinyun", PASSWORD);
            b.click(By.id("navReports"));
            b.click(By.partialLinkText(JINYUN));
            assertThat(b.text(By.id("grade"))).isEqualTo("良好");
            b.waitForText(
                    "提交报告",
                    "审核通过",
                    "指派专家",
                    "专家评分",
                    "评定等级",
                    "发布结果",
                    "评价已完成",
                    "退回修改",
                    "材料齐全，同意上报。",
                    "请补充锯床产业集群研发投入的统计口径说明。",
                    "确认无利益冲突",
                    "申报利益冲突",
                    "改派专家",
                    "已更新展示厅内容，补充近三年成果展板。");
            b.screenshot("operator-record-zh");
            b.click(By.id("headerForm:lang"));
            b.waitForText("Report submitted", "Graded", "Results published");
            assertThat(b.text(By.id("grade"))).isEqualTo("Good");
            b.screenshot("operator-record-en");
            b.scrollTo(By.id("timeline"));
            b.screenshot("operator-record-timeline-en");
        }
    }

    /** An on-site guidance note with a photo, from the expert's task page. */
    private static void writeGuidanceNote(Browser b) {
        b.type(
                "note:visitDate",
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                        .minusDays(1)
                        .toString());
        b.type("note:place", "缙云县综合体服务大厅");
        b.type("note:participants", "王教授、运营单位负责人");
        b.type("note:problems", "展示厅内容陈旧，服务台账不全。");
        b.type("note:recommendations", "更新展示厅内容\n建立服务台账");
        b.upload(By.cssSelector("#note input[type=file]"), photo());
        b.scrollTo(By.id("note:saveNote"));
        b.screenshot("expert-note-form");
        b.click(By.id("note:saveNote"));
        b.waitForText("现场指导记录已保存", "建立服务台账");
        b.scrollTo(By.cssSelector(".guidance-note"));
        b.screenshot("expert-note-saved");
    }

    /**
     * Types points into every rubric item so that they add up to the total: each item at its maximum, then the
     * shortfall taken from the first items.
     */
    private static void scoreItems(Browser b, BigDecimal total) {
        var inputs = b.driverFindAll(By.cssSelector("input.rubric-points"));
        assertThat(inputs).hasSizeGreaterThan(10);
        BigDecimal max = inputs.stream()
                .map(i -> new BigDecimal(i.getAttribute("data-max")))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal shortfall = max.subtract(total);
        for (var input : inputs) {
            BigDecimal itemMax = new BigDecimal(input.getAttribute("data-max"));
            BigDecimal taken = shortfall.min(itemMax);
            shortfall = shortfall.subtract(taken);
            input.clear();
            input.sendKeys(itemMax.subtract(taken).stripTrailingZeros().toPlainString());
        }
    }

    private static java.nio.file.Path photo() {
        java.awt.image.BufferedImage img =
                new java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(new java.awt.Color(0x2f, 0x6f, 0xb5));
        g.fillRect(0, 0, 64, 48);
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(8, 20, 48, 8);
        g.dispose();
        var out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(img, "png", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return file("hall.png", out.toByteArray());
    }

    private static java.nio.file.Path file(String name, byte[] content) {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "upload"));
            return java.nio.file.Files.write(dir.resolve(name), content);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void openTaskOf(Browser b, String complex) {
        b.click(By.id("navInbox"));
        b.click(By.partialLinkText(complex));
        b.waitFor(By.className("task-grid"));
    }
}
