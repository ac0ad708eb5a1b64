package org.innocomplex.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.util.Locale;
import java.util.Map;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.Role;
import org.innocomplex.registry.api.Level;
import org.innocomplex.reporting.KnownCity;
import org.innocomplex.reporting.api.DashboardFilter;
import org.innocomplex.reporting.api.Labels;
import org.innocomplex.reporting.infrastructure.DashboardQueries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The city summary from the known data set (the 2022 article's figures), through the service as the page calls it. */
class SummaryTest {

    static DefaultSummaryService service;
    static final Actor MUNICIPAL = new Actor("municipal", "市科技局", Role.MUNICIPAL_OFFICIAL, "331100", null);
    static final Actor JINYUN = new Actor("county-jinyun", "缙云县科技局", Role.COUNTY_OFFICIAL, KnownCity.JINYUN, null);
    static final DashboardFilter YEAR = new DashboardFilter(2021, null, null, true);
    static final Map<String, String> ZH_LABELS = Map.of(
            "reporting.summary.pdf.title",
            "{1}{0}年度产业创新服务综合体汇总",
            "reporting.summary.pdf.totals",
            "指标合计",
            "reporting.summary.pdf.indicator",
            "指标",
            "reporting.summary.pdf.value",
            "合计");
    static final Map<String, String> EN_LABELS = Map.of(
            "reporting.summary.pdf.title",
            "{1}: complexes in {0}",
            "reporting.summary.pdf.totals",
            "Totals",
            "reporting.summary.pdf.indicator",
            "Indicator",
            "reporting.summary.pdf.value",
            "Total");

    @BeforeAll
    static void data() throws Exception {
        service = new DefaultSummaryService(new DashboardQueries(KnownCity.create("summary"), () -> KnownCity.STEPS));
    }

    @Test
    void chineseParagraphInTheArticlesStyle() {
        assertThat(service.text(MUNICIPAL, YEAR, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("2021年度，丽水市纳入统计的省级产业创新服务综合体9家、市级产业创新服务综合体7家，综合体建设投入7.55亿元。"
                        + "综合体覆盖的产业集群产值764.41亿元、研发投入12.735亿元，集群企业4791家，其中规上企业391家、"
                        + "国家高新技术企业201家、省科技型中小企业564家。综合体集聚研发、成果转化、创业孵化、人才培训、"
                        + "科技金融等创新服务机构191家、合作院士66名，服务企业12557次，解决企业技术难题1251项。"
                        + "（数据来自通过审核的年度报告。）");
    }

    @Test
    void englishParagraphInTheArticlesStyle() {
        assertThat(service.text(MUNICIPAL, YEAR, Locale.ENGLISH))
                .isEqualTo(
                        "In 2021, Lishui counted 9 provincial and 7 municipal industrial innovation service complexes, with "
                                + "755 million yuan invested in their construction. The industrial clusters they serve have an output "
                                + "value of 76.441 billion yuan and an R&D investment of 1.2735 billion yuan; they involve 4,791 "
                                + "enterprises, including 391 above designated size, 201 national high-tech enterprises and 564 "
                                + "provincial science and technology SMEs. The complexes have gathered 191 institutions providing R&D, "
                                + "transfer of achievements, business incubation, talent training and technology finance services, "
                                + "and work with 66 academicians; they served enterprises 12,557 times and solved 1,251 enterprise "
                                + "technical problems. (Figures from the annual reports approved in review.)");
    }

    @Test
    void aCountysSummaryNamesTheCountyAndOneLevelOnlyThatLevel() {
        String jinyun = service.text(JINYUN, new DashboardFilter(2021, Level.PROVINCIAL, null, false), Locale.ENGLISH);
        // complex 2 only: each figure's even share, e.g. 75500/16 → 4718 (10k yuan)
        assertThat(jinyun)
                .startsWith("In 2021, Jinyun County counted 1 provincial industrial innovation service "
                        + "complex, with 47.18 million yuan invested in their construction.")
                .endsWith("(Figures from all submitted annual reports, including those under review.)");
        assertThat(service.text(JINYUN, new DashboardFilter(2021, null, null, true), Locale.SIMPLIFIED_CHINESE))
                .startsWith("2021年度，缙云县纳入统计的省级产业创新服务综合体1家、市级产业创新服务综合体1家，综合体建设投入9436万元。");
    }

    @Test
    void pdfTextContainsTheFigures() throws Exception {
        byte[] en = service.pdf(MUNICIPAL, YEAR, Locale.ENGLISH, EN_LABELS::get);
        String enText = text(en);
        assertThat(enText)
                .contains(
                        "Lishui: complexes in 2021",
                        "755 million yuan",
                        "76.441 billion yuan",
                        "12,557",
                        "1,251",
                        "7,644,100");
        byte[] zh = service.pdf(MUNICIPAL, YEAR, Locale.SIMPLIFIED_CHINESE, ((Labels) ZH_LABELS::get));
        String zhText = text(zh);
        assertThat(zhText).contains("7.55", "764.41", "12.735", "4791", "12557", "1251", "7644100");
        assertThat(zhText).contains("亿元");
    }

    private static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder sb = new StringBuilder();
        PdfTextExtractor ex = new PdfTextExtractor(reader);
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            sb.append(ex.getTextFromPage(p)).append('\n');
        }
        reader.close();
        return sb.toString().replaceAll("\\s+", " ");
    }
}
