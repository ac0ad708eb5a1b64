package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Year;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The administrator keeps the registry through the screens, in Chinese and then in English: filters the complex
 * list by county, creates a complex (first refused, the reason next to the field, nothing typed lost), adds a service
 * institution, and reads the same page and its history translated.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistryAdminJourneyIT {
    static final String PASSWORD = "Demo@2026";

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    @Test
    void anAdministratorAddsAComplexAndAnInstitutionAndReadsThemInBothLanguages() {
        String suffix = Long.toString(System.nanoTime() % 1_000_000);
        String nameZh = "遂昌金属制品产业创新服务综合体（测试" + suffix + "）";
        String nameEn = "Suichang Metal Products Complex (test " + suffix + ")";
        int thisYear = Year.now(ZoneId.of("Asia/Shanghai")).getValue();
        try (Browser b = new Browser(base, "registry-admin")) {
            b.login("admin", PASSWORD);

            // the list, filtered to one county
            b.click(By.id("navComplexes"));
            b.waitForText("综合体名录");
            // other tests share this database and add complexes that sort before the demo ones: search for those
            b.type(By.id("complexes:list:globalFilter"), "演示");
            b.waitForText("缙云锯床", "龙泉汽车空调");
            b.choose("complexes:list:countyFilter", "缙云县");
            String jinyun = b.waitForNoText("龙泉汽车空调", "青田阀门");
            assertThat(jinyun).contains("缙云锯床和特色机械装备产业创新服务综合体（演示）");
            b.screenshot("complexes-filtered-jinyun");

            // a new complex, first with a founding year the registry refuses
            b.click(By.id("complexes:list:new"));
            b.type("complexForm:nameZh", nameZh);
            b.type("complexForm:nameEn", nameEn);
            b.choose("complexForm:countyCode", "遂昌县");
            b.choose("complexForm:level", "市级");
            b.choose("complexForm:listStatus", "培育");
            b.type("complexForm:industryZh", "金属制品");
            b.type("complexForm:industryEn", "metal products");
            b.type("complexForm:established", "1985");
            b.type("complexForm:contactPerson", "毛志远（测试）");
            b.type("complexForm:contactPhone", "0578-8123456");
            b.click(By.id("complexForm:save"));
            b.waitForText("成立年份须在 1990 至 " + thisYear + " 年之间");
            assertThat(b.text(By.id("complexForm:establishedMessage"))).isEqualTo("成立年份须在 1990 至 " + thisYear + " 年之间");
            assertThat(b.text(By.id("complexForm:dialogMessages"))).contains("有 1 处需要修改");
            assertThat(b.value("complexForm:established"))
                    .as("the refused entry stays to be corrected")
                    .isEqualTo("1985");
            assertThat(b.value("complexForm:nameZh"))
                    .as("nothing typed is lost")
                    .isEqualTo(nameZh);
            assertThat(b.value("complexForm:contactPhone")).isEqualTo("0578-8123456");
            b.screenshot("complex-refused-year");

            b.type("complexForm:established", "2021");
            b.click(By.id("complexForm:save"));
            String detail = b.waitForText("已新增综合体：" + nameZh, "遂昌县 · 市级 · 培育", "基本信息");
            assertThat(detail).contains("0578-8123456", "毛志远（测试）", "2021", "尚未登记服务机构");
            b.screenshot("complex-created");

            // a service institution
            b.click(By.id("complex:addInstitution"));
            b.choose("institutionForm:kind", "检验检测");
            b.type("institutionForm:name", "遂昌金属制品检测中心（测试）");
            b.type("institutionForm:partner", "浙江工业大学（测试）");
            b.click(By.id("institutionForm:save"));
            String withInstitution = b.waitForText("已保存服务机构：遂昌金属制品检测中心（测试）", "合作高校 / 科研院所：浙江工业大学（测试）");
            assertThat(b.text(By.id("complex:institutions"))).contains("检验检测", "遂昌金属制品检测中心（测试）", "浙江工业大学（测试）", "运行中");
            assertThat(b.text(By.id("complex:history")))
                    .contains("系统管理员", "新增服务机构", "新增综合体", "成立年份：2021", "联系电话：0578-8123456");
            assertThat(withInstitution).doesNotContain("registry.", "???");
            b.screenshot("complex-with-institution-zh");

            // the same page in English
            b.click(By.id("headerForm:lang"));
            String english = b.waitForText(nameEn, "Service institutions", "History of changes");
            assertThat(english)
                    .contains(
                            "Suichang County · Municipal · Cultivation",
                            "Testing",
                            "遂昌金属制品检测中心（测试）",
                            "In operation",
                            "Institution added",
                            "Complex added",
                            "Established: 2021",
                            "Contact phone: 0578-8123456",
                            "Edit complex",
                            "Retire")
                    .doesNotContain("服务机构", "基本信息", "变更记录", "registry.");
            b.screenshot("complex-with-institution-en");

            b.click(By.id("headerForm:lang"));
            b.waitForText("基本信息");
        }
    }
}
