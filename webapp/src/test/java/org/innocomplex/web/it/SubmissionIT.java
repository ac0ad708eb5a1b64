package org.innocomplex.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.innocomplex.appraisal.api.AppraisalService;
import org.innocomplex.appraisal.api.StepInput;
import org.innocomplex.access.api.Violation;
import org.innocomplex.registry.api.ComplexView;
import org.innocomplex.submission.api.CycleView;
import org.innocomplex.submission.api.ReportInput;
import org.innocomplex.access.api.ValidationException;
import org.innocomplex.submission.api.ReportVersionView;
import org.innocomplex.submission.api.ReportView;
import org.innocomplex.submission.api.ReportService;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.submission.api.ValueChange;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Versions and their differences, and anomalies that block a submission until explained, in the container. */
@ExtendWith(ArquillianExtension.class)
class SubmissionIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    Fixtures fixtures;
    @Inject
    ReportService submissions;
    @Inject
    AppraisalService appraisals;

    @Test
    void eachSubmissionIsAVersionAndTheDiffNamesWhatChanged() {
        Fixtures.Case c = fixtures.atCountyReview("331123");
        appraisals.complete(fixtures.onlyTask(c.appraisal()).id(), Fixtures.county("331123"),
                new StepInput.Review(false, "请核实服务企业次数"));
        Map<String, BigDecimal> values = new java.util.HashMap<>(Fixtures.completeValues());
        values.put("enterprise_services", new BigDecimal("1350"));
        values.put("academicians", null);
        submissions.saveDraft(c.report().id(), c.operator(), new ReportInput(values, Map.of(),
                "本年度综合体建设稳步推进，服务企业成效明显，已核实服务次数。", Map.of()));
        appraisals.complete(fixtures.onlyTask(c.appraisal()).id(), c.operator(), new StepInput.SubmitReport());

        List<ReportVersionView> versions = submissions.versions(c.report().id());
        assertEquals(2, versions.size());
        assertEquals(1, versions.get(0).versionNo());
        assertEquals(0, new BigDecimal("1300").compareTo(versions.get(0).values().get("enterprise_services")));
        assertEquals(2, submissions.report(c.report().id()).orElseThrow().version());

        List<ValueChange> diff = submissions.diff(c.report().id(), 1, 2);
        assertEquals(List.of("academicians", "enterprise_services", "narrative"),
                diff.stream().map(ValueChange::code).sorted().toList());
        ValueChange services = diff.stream().filter(d -> d.code().equals("enterprise_services")).findFirst()
                .orElseThrow();
        assertEquals("1300", services.before());
        assertEquals("1350", services.after());
        ValueChange academicians = diff.stream().filter(d -> d.code().equals("academicians")).findFirst()
                .orElseThrow();
        assertEquals("2", academicians.before());
        assertEquals(null, academicians.after());
    }

    @Test
    void aFigureFarFromLastYearBlocksSubmissionUntilExplained() {
        Fixtures.Case c = fixtures.atCountyReview("331124");
        // last year's report of the same complex, then a new cycle's report far above it
        ReportView past = submissions.recordPastReport(2024, "331100", c.complex().id(), Fixtures.completeValues(),
                "（测试）上年度报告", Fixtures.admin());
        assertEquals(2024, past.year());
        appraisals.complete(fixtures.onlyTask(c.appraisal()).id(), Fixtures.county("331124"),
                new StepInput.Review(false, "请更新数据"));
        Map<String, BigDecimal> values = new java.util.HashMap<>(Fixtures.completeValues());
        values.put("technical_problems_solved", new BigDecimal("300"));
        String narrative = "本年度综合体建设稳步推进，服务企业成效明显，详见附件。";
        submissions.saveDraft(c.report().id(), c.operator(), new ReportInput(values, Map.of(), narrative, Map.of()));

        assertTrue(submissions.compare(c.report().id()).flagged("technical_problems_solved"));
        var refused = assertThrows(ValidationException.class, () -> appraisals.complete(
                fixtures.onlyTask(c.appraisal()).id(), c.operator(), new StepInput.SubmitReport()));
        assertEquals(List.of("technical_problems_solved"), refused.violations().stream().map(Violation::field).toList());
        assertEquals("submission.error.explanationRequired", refused.violations().get(0).key());
        assertEquals(1, submissions.versions(c.report().id()).size(), "nothing was submitted");

        submissions.saveDraft(c.report().id(), c.operator(), new ReportInput(values, Map.of(), narrative,
                Map.of("technical_problems_solved", "新增中试基地，集中攻关共性技术难题。")));
        appraisals.complete(fixtures.onlyTask(c.appraisal()).id(), c.operator(), new StepInput.SubmitReport());

        assertEquals(2, submissions.versions(c.report().id()).size());
        assertEquals("新增中试基地，集中攻关共性技术难题。",
                submissions.report(c.report().id()).orElseThrow().explanations().get("technical_problems_solved"));
    }

    @Test
    void onlyAnAdministratorRecordsAPastReport() {
        Fixtures.Case c = fixtures.atReportStep("331125");

        NotAuthorizedException refused = assertThrows(NotAuthorizedException.class,
                () -> submissions.recordPastReport(2023, "331100", c.complex().id(), Fixtures.completeValues(),
                        "（测试）上年度报告", Fixtures.municipal()));

        assertEquals("import.error.adminOnly", refused.key());
        assertTrue(submissions.reportsOfComplex(c.complex().id()).stream().noneMatch(r -> r.year() == 2023),
                "nothing was recorded");
    }

    @Test
    void onlyTheCitysMunicipalOfficialOrAnAdministratorAddsAComplexsReportToACycle() {
        CycleView cycle = fixtures.openCycle(2025, "331100");
        ComplexView complex = fixtures.complexIn("331125");

        assertThrows(NotAuthorizedException.class,
                () -> submissions.reportFor(cycle.id(), complex.id(), Fixtures.county("331125")));
        assertThrows(NotAuthorizedException.class,
                () -> submissions.reportFor(cycle.id(), complex.id(), Fixtures.municipalOf("339600")));
        assertTrue(submissions.reportsOfComplex(complex.id()).isEmpty(), "nothing was created");

        assertEquals(complex.id(), submissions.reportFor(cycle.id(), complex.id(), Fixtures.municipal()).complexId());
        assertEquals(1, submissions.reportsOfComplex(complex.id()).size());
    }
}
