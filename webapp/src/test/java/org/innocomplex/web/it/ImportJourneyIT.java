package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The administrator's import page: a registry file with a bad line is refused with the line named (that nothing is
 * saved then is ImportIT's point); corrected, it is saved, and the complexes are in the registry's list.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportJourneyIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    @Test
    void anAdministratorImportsTheRegistryAfterCorrectingABadLine() throws IOException {
        String tag = "页面导入" + System.nanoTime() % 100000;
        String header = "nameZh,nameEn,countyCode,level,listStatus,established\n";
        Path bad = csv(
                "bad",
                header + tag + "甲,Page import A,331122,省级,培育,2019\n" + tag + "乙,Page import B,331122,国家级,培育,2020\n");
        Path good = csv(
                "good",
                header + tag + "甲,Page import A,331122,省级,培育,2019\n" + tag + "乙,Page import B,331122,市级,培育,2020\n");
        try (Browser b = new Browser(base, "import")) {
            b.login("admin", "Demo@2026");
            b.click(By.id("navImport"));
            b.waitForText("导入历史数据", "综合体名录");
            b.upload(By.cssSelector("#import\\:complexes input[type=file], input[id='import:complexes_input']"), bad);
            b.waitForText("未保存任何数据", "国家级");
            assertThat(b.text(By.id("import:errors"))).contains("3").contains("level");
            b.screenshot("import-refused-zh");

            b.open("/import/index.xhtml");
            b.upload(By.cssSelector("#import\\:complexes input[type=file], input[id='import:complexes_input']"), good);
            b.waitForText("已导入 2 个综合体");
            b.screenshot("import-saved-zh");
            // the page in English, refusing the bad file again
            b.click(By.id("headerForm:lang"));
            b.waitForText("Import history", "Registry of complexes");
            b.upload(By.cssSelector("input[id='import:complexes_input']"), bad);
            b.waitForText("Nothing was saved", "is not one of");
            b.screenshot("import-refused-en");
            b.open("/registry/complexes.xhtml");
            b.type(By.cssSelector("input[id$='globalFilter']"), tag);
            // the list is in English now: it shows the English names of the complexes the filter found
            b.waitForText("Page import A", "Page import B");
        }
    }

    static Path csv(String name, String text) throws IOException {
        Path dir = Path.of(System.getProperty("innocomplex.buildDir", "target"), "import-journey");
        Files.createDirectories(dir);
        Path f = dir.resolve(name + "-" + System.nanoTime() + ".csv");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }
}
