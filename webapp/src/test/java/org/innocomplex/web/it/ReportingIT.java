package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.appraisal.api.AppraisalData;
import org.innocomplex.appraisal.api.AppraisalService;
import org.innocomplex.appraisal.api.Grade;
import org.innocomplex.appraisal.api.GuidanceNoteInput;
import org.innocomplex.appraisal.api.GuidanceService;
import org.innocomplex.appraisal.api.StepInput;
import org.innocomplex.reporting.api.DashboardFilter;
import org.innocomplex.reporting.api.DashboardService;
import org.innocomplex.reporting.api.Drill;
import org.innocomplex.reporting.api.ExportService;
import org.innocomplex.reporting.api.Labels;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reporting in the container on the shared database: the dashboard follows a report as it is submitted (figures
 * compared before and after, so other tests' reports do not matter), a county official is held to their county,
 * and one complex's appraisal record comes out as a PDF with its figures, scores, guidance and decision.
 */
@ExtendWith(ArquillianExtension.class)
class ReportingIT {
    static final String JINYUN = "331122";

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    DashboardService dashboards;

    @Inject
    ExportService exports;

    @Inject
    AppraisalService appraisals;

    @Inject
    GuidanceService guidance;

    static Labels labels(Locale locale) {
        ResourceBundle b = ResourceBundle.getBundle("org.innocomplex.web.messages", locale);
        return b::getString;
    }

    @Test
    void aSubmittedReportCountsAtOnceAndOnlyWithAllSubmitted() {
        Actor municipal = Fixtures.municipal();
        DashboardFilter submitted = new DashboardFilter(2025, null, JINYUN, false);
        DashboardFilter approved = new DashboardFilter(2025, null, JINYUN, true);
        var before = dashboards.dashboard(municipal, submitted);
        var approvedBefore = dashboards.dashboard(municipal, approved);

        Fixtures.Case c = fixtures.atCountyReview(JINYUN);

        var after = dashboards.dashboard(municipal, submitted);
        assertThat(after.reports()).isEqualTo(before.reports() + 1);
        assertThat(before.total("cluster_output_value")
                        .value()
                        .add(new BigDecimal("850000"))
                        .compareTo(after.total("cluster_output_value").value()))
                .isEqualTo(0);
        assertThat(dashboards.dashboard(municipal, approved).reports()).isEqualTo(approvedBefore.reports());
        assertThat(after.progress().stream().anyMatch(p -> p.stepKey().equals("countyReview") && p.appraisals() >= 1))
                .isTrue();
        assertThat(dashboards.complexes(municipal, submitted, new Drill(Drill.Kind.STEP, "countyReview")).stream()
                        .anyMatch(r -> r.complexId().equals(c.complex().id())))
                .isTrue();

        // the county official sees the same county, and no other
        Actor county = Fixtures.county(JINYUN);
        assertThat(dashboards
                        .dashboard(county, new DashboardFilter(2025, null, null, false))
                        .reports())
                .isEqualTo(after.reports());
        assertThatExceptionOfType(NotAuthorizedException.class)
                .isThrownBy(() -> dashboards.dashboard(county, new DashboardFilter(2025, null, "331181", false)));
        assertThatExceptionOfType(NotAuthorizedException.class)
                .isThrownBy(() -> dashboards.dashboard(c.operator(), submitted));
    }

    @Test
    void theAppraisalRecordAsPdfHasTheFiguresScoresGuidanceAndDecision() throws Exception {
        Fixtures.Case c = fixtures.atReportStep(JINYUN);
        AppraisalData a = fixtures.driveToDecision(
                c.report().id(), "331100", new BigDecimal("84"), new BigDecimal("86"), new BigDecimal("88"));
        guidance.addNote(
                Fixtures.expert("expert1"),
                new GuidanceNoteInput(
                        c.complex().id(),
                        a.id(),
                        LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1),
                        "综合体检测中心",
                        "专家组、运营团队",
                        "检测设备利用率偏低",
                        List.of("对外开放检测设备预约")),
                List.of());
        appraisals.complete(
                fixtures.onlyTask(a).id(), Fixtures.municipalOf("331100"), new StepInput.Decide(Grade.GOOD, null));

        String en =
                text(exports.recordPdf(Fixtures.municipal(), c.report().id(), Locale.ENGLISH, labels(Locale.ENGLISH)));
        contains(
                en,
                "Appraisal record of " + c.complex().nameEn() + ", 2025",
                "850,000",
                "1,250.5",
                "Experts' scores",
                "84",
                "86",
                "88",
                "检测设备利用率偏低",
                "对外开放检测设备预约",
                "Grade: Good",
                "Not yet published.");
        String zh = text(exports.recordPdf(
                Fixtures.municipal(), c.report().id(), Locale.SIMPLIFIED_CHINESE, labels(Locale.SIMPLIFIED_CHINESE)));
        contains(zh, "年度绩效评价档案", "850000", "现场指导记录", "等次: 良好", "结果尚未公布。");
        // the operator reads their own record; another county's official may not
        contains(
                text(exports.recordPdf(c.operator(), c.report().id(), Locale.ENGLISH, labels(Locale.ENGLISH))),
                "850,000",
                "No decision yet.");
        assertThatExceptionOfType(NotAuthorizedException.class)
                .isThrownBy(() -> exports.recordPdf(
                        Fixtures.county("331181"), c.report().id(), Locale.ENGLISH, labels(Locale.ENGLISH)));
    }

    private static void contains(String text, String... parts) {
        for (String p : parts) {
            assertThat(text.contains(p))
                    .as(() -> "\"" + p + "\" not in: " + text)
                    .isTrue();
        }
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
