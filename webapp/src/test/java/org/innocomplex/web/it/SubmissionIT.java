package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.access.api.ValidationException;
import org.innocomplex.access.api.Violation;
import org.innocomplex.appraisal.api.AppraisalService;
import org.innocomplex.appraisal.api.StepInput;
import org.innocomplex.registry.api.ComplexData;
import org.innocomplex.submission.api.CycleData;
import org.innocomplex.submission.api.ReportData;
import org.innocomplex.submission.api.ReportInput;
import org.innocomplex.submission.api.ReportService;
import org.innocomplex.submission.api.ReportVersionData;
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
        appraisals.complete(
                fixtures.onlyTask(c.appraisal()).id(),
                Fixtures.county("331123"),
                new StepInput.Review(false, "请核实服务企业次数"));
        Map<String, BigDecimal> values = new java.util.HashMap<>(Fixtures.completeValues());
        values.put("enterprise_services", new BigDecimal("1350"));
        values.put("academicians", null);
        submissions.saveDraft(
                c.report().id(),
                c.operator(),
                new ReportInput(values, Map.of(), "本年度综合体建设稳步推进，服务企业成效明显，已核实服务次数。", Map.of()));
        appraisals.complete(fixtures.onlyTask(c.appraisal()).id(), c.operator(), new StepInput.SubmitReport());

        List<ReportVersionData> versions = submissions.versions(c.report().id());
        assertThat(versions.size()).isEqualTo(2);
        assertThat(versions.get(0).versionNo()).isEqualTo(1);
        assertThat(new BigDecimal("1300").compareTo(versions.get(0).values().get("enterprise_services")))
                .isEqualTo(0);
        assertThat(submissions.report(c.report().id()).orElseThrow().version()).isEqualTo(2);

        List<ValueChange> diff = submissions.diff(c.report().id(), 1, 2);
        assertThat(diff.stream().map(ValueChange::code).sorted().toList())
                .isEqualTo(List.of("academicians", "enterprise_services", "narrative"));
        ValueChange services = diff.stream()
                .filter(d -> d.code().equals("enterprise_services"))
                .findFirst()
                .orElseThrow();
        assertThat(services.before()).isEqualTo("1300");
        assertThat(services.after()).isEqualTo("1350");
        ValueChange academicians = diff.stream()
                .filter(d -> d.code().equals("academicians"))
                .findFirst()
                .orElseThrow();
        assertThat(academicians.before()).isEqualTo("2");
        assertThat(academicians.after()).isNull();
    }

    @Test
    void aFigureFarFromLastYearBlocksSubmissionUntilExplained() {
        Fixtures.Case c = fixtures.atCountyReview("331124");
        // last year's report of the same complex, then a new cycle's report far above it
        ReportData past = submissions.recordPastReport(
                2024, "331100", c.complex().id(), Fixtures.completeValues(), "（测试）上年度报告", Fixtures.admin());
        assertThat(past.year()).isEqualTo(2024);
        appraisals.complete(
                fixtures.onlyTask(c.appraisal()).id(), Fixtures.county("331124"), new StepInput.Review(false, "请更新数据"));
        Map<String, BigDecimal> values = new java.util.HashMap<>(Fixtures.completeValues());
        values.put("technical_problems_solved", new BigDecimal("300"));
        String narrative = "本年度综合体建设稳步推进，服务企业成效明显，详见附件。";
        submissions.saveDraft(c.report().id(), c.operator(), new ReportInput(values, Map.of(), narrative, Map.of()));

        assertThat(submissions.compare(c.report().id()).flagged("technical_problems_solved"))
                .isTrue();
        var refused = assertThatExceptionOfType(ValidationException.class)
                .isThrownBy(() -> appraisals.complete(
                        fixtures.onlyTask(c.appraisal()).id(), c.operator(), new StepInput.SubmitReport()))
                .actual();
        assertThat(refused.violations().stream().map(Violation::field).toList())
                .isEqualTo(List.of("technical_problems_solved"));
        assertThat(refused.violations().get(0).key()).isEqualTo("submission.error.explanationRequired");
        assertThat(submissions.versions(c.report().id()).size())
                .as("nothing was submitted")
                .isEqualTo(1);

        submissions.saveDraft(
                c.report().id(),
                c.operator(),
                new ReportInput(
                        values, Map.of(), narrative, Map.of("technical_problems_solved", "新增中试基地，集中攻关共性技术难题。")));
        appraisals.complete(fixtures.onlyTask(c.appraisal()).id(), c.operator(), new StepInput.SubmitReport());

        assertThat(submissions.versions(c.report().id()).size()).isEqualTo(2);
        assertThat(submissions
                        .report(c.report().id())
                        .orElseThrow()
                        .explanations()
                        .get("technical_problems_solved"))
                .isEqualTo("新增中试基地，集中攻关共性技术难题。");
    }

    @Test
    void onlyAnAdministratorRecordsAPastReport() {
        Fixtures.Case c = fixtures.atReportStep("331125");

        assertThatExceptionOfType(NotAuthorizedException.class)
                .isThrownBy(() -> submissions.recordPastReport(
                        2023, "331100", c.complex().id(), Fixtures.completeValues(), "（测试）上年度报告", Fixtures.municipal()))
                .satisfies(e -> assertThat(e.key()).isEqualTo("submission.import.error.adminOnly"));
        assertThat(submissions.reportsOfComplex(c.complex().id()))
                .as("nothing was recorded")
                .noneMatch(r -> r.year() == 2023);
    }

    @Test
    void onlyTheCitysMunicipalOfficialOrAnAdministratorAddsAComplexsReportToACycle() {
        CycleData cycle = fixtures.openCycle(2025, "331100");
        ComplexData complex = fixtures.complexIn("331125");

        assertThatExceptionOfType(NotAuthorizedException.class)
                .as("a county official")
                .isThrownBy(() -> submissions.reportFor(cycle.id(), complex.id(), Fixtures.county("331125")));
        assertThatExceptionOfType(NotAuthorizedException.class)
                .as("another city's official")
                .isThrownBy(() -> submissions.reportFor(
                        cycle.id(),
                        complex.id(),
                        Fixtures.municipalOf(fixtures.newCity().city())));
        assertThat(submissions.reportsOfComplex(complex.id()))
                .as("nothing was created")
                .isEmpty();

        assertThat(submissions
                        .reportFor(cycle.id(), complex.id(), Fixtures.municipal())
                        .complexId())
                .isEqualTo(complex.id());
        assertThat(submissions.reportsOfComplex(complex.id())).hasSize(1);
    }
}
