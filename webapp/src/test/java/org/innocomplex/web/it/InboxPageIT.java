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
 * The inbox screen as the Jinyun county official sees it: the step counts in the header, the table, a claim, a bulk
 * approval of two reviews with its results, the handled tab, in Chinese and in English. The test makes its three
 * reviews itself (the demo data has none yet): as the newest tasks of the county they head its inbox.
 */
@ExtendWith(ArquillianExtension.class)
class InboxPageIT {
    static final String PASSWORD = "Demo@2026";

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    @Test
    @RunAsClient
    void theCountyOfficialClaimsAndApprovesInBulk() {
        assertThat(CaseFixturesServlet.post(base, "county-reviews?county=331122&n=3")
                        .lines())
                .hasSize(3);
        try (Browser b = new Browser(base, "inbox")) {
            b.login("county-jinyun", PASSWORD);
            b.click(By.id("navInbox"));
            b.waitForText("县级审核", "办理期限", "认领人", "批量通过");
            b.screenshot("inbox-zh");

            // the header's step count opens the inbox filtered by that step
            b.click(By.cssSelector("a.nav-step"));
            b.waitForText("县级审核");

            b.click(By.id("tabs:inbox:tasks:0:claim"));
            b.waitForText("已认领该任务");
            // colleagues see who holds it by name
            assertThat(b.text(By.id("tabs:inbox:tasks:0:claimedBy"))).isEqualTo("缙云县科技局审核员");

            b.click(By.cssSelector("#tabs\\:inbox\\:tasks tbody tr:nth-child(2) .ui-chkbox-box"));
            b.click(By.cssSelector("#tabs\\:inbox\\:tasks tbody tr:nth-child(3) .ui-chkbox-box"));
            b.waitForText("批量通过 (2)");
            b.click(By.id("tabs:inbox:bulkOpen"));
            b.type("tabs:bulkForm:comment", "材料齐全，同意上报。");
            b.screenshot("inbox-bulk-dialog");
            b.click(By.id("tabs:bulkForm:bulkGo"));
            b.waitForText("批量通过完成：2 条通过，0 条未通过", "批量通过结果", "已通过");
            b.screenshot("inbox-bulk-results");

            b.click(By.xpath("//a[contains(., '已办')]"));
            b.waitForText("办理时间");
            b.screenshot("inbox-handled-zh");

            b.click(By.id("headerForm:lang"));
            b.click(By.id("navInbox"));
            b.waitForText("To do", "Handled by me", "Claimed by", "Approve selected", "County review");
            b.screenshot("inbox-en");
        }
    }
}
