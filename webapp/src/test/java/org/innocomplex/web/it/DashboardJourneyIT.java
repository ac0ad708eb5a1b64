package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * The dashboard as the municipal bureau and a county official use it, on the demo's 2024 reports (recorded as the
 * bureau collected them, ACCEPTED): the charts are drawn, filtering by a county changes the figures to what the
 * by-county table said for it, a total clicks through to the complexes whose values add up to it, the exports
 * download and open, and a county official sees only their county. The figures are compared with each other, not
 * with constants, so that other tests' data in the same database does not matter.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardJourneyIT {
    static final String PASSWORD = AppraisalJourneyIT.PASSWORD;
    static final String LONGQUAN = "331181";
    static final By CITY_OUTPUT = By.cssSelector("a.dash-total[data-code='cluster_output_value']");

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    @Test
    @RunAsClient
    void theBureauFiltersDrillsDownAndExports() throws Exception {
        try (Browser b = new Browser(base, "dashboard")) {
            b.login("municipal", PASSWORD);
            b.open("/reporting/dashboard.xhtml?year=2024");
            b.waitForText("年度汇总", "各县（市、区）", "历年趋势", "评价等次分布");
            waitForCharts(b);
            String cityOutput = b.text(CITY_OUTPUT);
            String longquanOutput = b.text(By.cssSelector("span[data-county='" + LONGQUAN + "']"));
            String longquanComplexes = b.text(By.cssSelector("a[data-county='" + LONGQUAN + "']"));
            assertThat(new BigDecimal(longquanOutput)).isPositive().isLessThan(new BigDecimal(cityOutput));
            assertThat(b.text(By.id("summaryText")))
                    .startsWith("2024年度，丽水市纳入统计的")
                    .contains("亿元");
            b.screenshot("city-2024-zh");
            b.scrollTo(By.id("dash:countyChart"));
            b.screenshot("city-charts-zh");

            // a bar of the by-county chart opens that county's complexes, as its number in the table does
            b.clickChartItem("dash:countyChart", 0, "龙泉市");
            b.waitForText("数据明细", "返回看板");
            assertThat(b.text(By.id("drill:caption"))).contains("龙泉市", "2024", "共 " + longquanComplexes + " 家");
            b.screenshot("chart-drill-longquan");
            b.open("/reporting/dashboard.xhtml?year=2024");
            b.waitForText("年度汇总", "各县（市、区）");
            waitForCharts(b);

            b.choose("dash:county", "龙泉市");
            b.waitForTextOf(CITY_OUTPUT, longquanOutput);
            assertThat(b.text(By.cssSelector("a.dash-num[id$='reports']"))).isEqualTo(longquanComplexes);
            assertThat(b.text(By.id("summaryText"))).startsWith("2024年度，龙泉市纳入统计的");
            waitForCharts(b);
            b.screenshot("longquan-2024-zh");

            // the exports of the filtered dashboard download and open
            Path downloads = b.allowDownloads("municipal");
            b.click(By.id("dash:exportDashboard"));
            Path xlsx = b.waitForDownload(downloads, ".xlsx");
            try (InputStream in = Files.newInputStream(xlsx);
                    XSSFWorkbook wb = new XSSFWorkbook(in)) {
                assertThat(wb.getNumberOfSheets()).isEqualTo(6);
                Sheet totals = wb.getSheet("指标合计");
                Row output = null;
                for (Row r : totals) {
                    if ("cluster_output_value".equals(r.getCell(0).getStringCellValue())) {
                        output = r;
                    }
                }
                assertThat(output).isNotNull();
                assertThat(BigDecimal.valueOf(output.getCell(3).getNumericCellValue()))
                        .isEqualByComparingTo(new BigDecimal(longquanOutput));
            }
            Files.delete(xlsx);
            b.click(By.id("dash:summaryPdf"));
            Path pdf = b.waitForDownload(downloads, ".pdf");
            PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
            assertThat(new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", ""))
                    .contains("龙泉市", "亿元");
            reader.close();

            // a total clicks through to the complexes behind it; their values add up to it
            b.click(CITY_OUTPUT);
            b.waitForText("数据明细", "返回看板");
            List<WebElement> values = b.driverFindAll(By.cssSelector("span[id$=':value']"));
            BigDecimal sum =
                    values.stream().map(v -> new BigDecimal(v.getText())).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).isEqualByComparingTo(new BigDecimal(longquanOutput));
            assertThat(b.text(By.id("drill:caption"))).contains("产业集群产值", "2024", "共 " + values.size() + " 家");
            assertThat(String.valueOf(values.size())).isEqualTo(longquanComplexes);
            b.screenshot("drill-down-longquan-output");
            b.click(By.id("drill:export"));
            Path list = b.waitForDownload(downloads, ".xlsx");
            try (InputStream in = Files.newInputStream(list);
                    XSSFWorkbook wb = new XSSFWorkbook(in)) {
                assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(values.size());
            }

            // English
            b.click(By.id("drill:back"));
            b.waitForText("年度汇总");
            b.click(By.id("headerForm:lang"));
            b.waitForText("Annual summary");
            assertThat(b.text(By.id("summaryText")))
                    .startsWith("In 2024, Longquan counted")
                    .contains("yuan");
            waitForCharts(b);
            b.screenshot("longquan-2024-en");
            b.click(By.id("headerForm:lang"));
            b.waitForText("年度汇总");
            b.logout();

            // a county official: their county only, the county menu fixed
            b.login("county-jinyun", PASSWORD);
            b.open("/reporting/dashboard.xhtml?year=2024");
            b.waitForText("年度汇总", "缙云县");
            assertThat(b.text(By.id("summaryText"))).startsWith("2024年度，缙云县纳入统计的");
            assertThat(b.driverFindAll(By.cssSelector("a[data-county]"))).hasSize(1);
            assertThat(b.waitFor(By.id("dash:county")).getAttribute("class")).contains("ui-state-disabled");
            waitForCharts(b);
            b.screenshot("county-official-jinyun");
        }
    }

    /** every chart's canvas exists and Chart.js has drawn on it */
    private static void waitForCharts(Browser b) {
        b.waitForScript(
                "charts not drawn",
                "var c = document.querySelectorAll('canvas'); if (c.length < 3) return false;"
                        + "for (var k = 0; k < c.length; k++) { if (!window.Chart || !Chart.getChart(c[k])) return false; }"
                        + "return true;");
    }
}
