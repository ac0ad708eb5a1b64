package org.innocomplex.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every routing path through 年度绩效评价, step by step. */
class AnnualAppraisalRoutingTest extends FlowableProcessTestSupport {

    @Test
    @DisplayName("straight approval: report → county → municipal → 3 experts → decision → end")
    void straightApproval() {
        ProcessInstance instance = startAppraisal();
        assertThat(instance.getBusinessKey()).isEqualTo(String.valueOf(REPORT_ID));
        assertThat(runtimeService.getVariable(instance.getId(), "reportId")).isEqualTo(REPORT_ID);

        complete(assertReportTask(instance));
        review(assertCountyReviewTask(instance), "approve");
        review(assertMunicipalReviewTask(instance), "approve");
        complete(assertAssignExpertsTask(instance), "experts", List.of("e1", "e2", "e3"));

        List<Task> expertTasks = assertExpertTasks(instance, "e1", "e2", "e3");
        expertTasks.forEach(this::complete);

        complete(assertDecisionTask(instance));

        assertEnded(instance);
        assertThat(historicTaskKeys(instance))
                .containsExactlyInAnyOrder(
                        "report",
                        "countyReview",
                        "municipalReview",
                        "assignExperts",
                        "expertReview",
                        "expertReview",
                        "expertReview",
                        "decision");
    }

    @Test
    @DisplayName("county returns: a new report task for the complex, then county review again, then on to municipal")
    void countyReturnThenResubmission() {
        ProcessInstance instance = startAppraisal();

        Task firstReport = assertReportTask(instance);
        complete(firstReport);
        review(assertCountyReviewTask(instance), "return");

        Task secondReport = assertReportTask(instance);
        assertThat(secondReport.getId()).as("a new report task").isNotEqualTo(firstReport.getId());
        complete(secondReport);

        review(assertCountyReviewTask(instance), "approve");
        review(assertMunicipalReviewTask(instance), "approve");
        complete(assertAssignExpertsTask(instance), "experts", List.of("e1"));
        assertExpertTasks(instance, "e1").forEach(this::complete);
        complete(assertDecisionTask(instance));

        assertEnded(instance);
        assertThat(historicTaskKeys(instance))
                .containsExactlyInAnyOrder(
                        "report",
                        "countyReview",
                        "report",
                        "countyReview",
                        "municipalReview",
                        "assignExperts",
                        "expertReview",
                        "decision");
    }

    @Test
    @DisplayName("municipal returns: back to report, and the resubmission passes county review again")
    void municipalReturnThenResubmission() {
        ProcessInstance instance = startAppraisal();

        complete(assertReportTask(instance));
        review(assertCountyReviewTask(instance), "approve");
        review(assertMunicipalReviewTask(instance), "return");

        // back at the complex, not at the county
        complete(assertReportTask(instance));
        // the resubmission is not fast-tracked to the city: the county reviews it again
        review(assertCountyReviewTask(instance), "approve");
        review(assertMunicipalReviewTask(instance), "approve");

        complete(assertAssignExpertsTask(instance), "experts", List.of("e1", "e2"));
        assertExpertTasks(instance, "e1", "e2").forEach(this::complete);
        complete(assertDecisionTask(instance));

        assertEnded(instance);
        assertThat(historicTaskKeys(instance))
                .containsExactlyInAnyOrder(
                        "report",
                        "countyReview",
                        "municipalReview",
                        "report",
                        "countyReview",
                        "municipalReview",
                        "assignExperts",
                        "expertReview",
                        "expertReview",
                        "decision");
    }

    @Test
    @DisplayName("returns can repeat: county returns twice, municipal once")
    void repeatedReturns() {
        ProcessInstance instance = startAppraisal();

        complete(assertReportTask(instance));
        review(assertCountyReviewTask(instance), "return");
        complete(assertReportTask(instance));
        review(assertCountyReviewTask(instance), "return");
        complete(assertReportTask(instance));
        review(assertCountyReviewTask(instance), "approve");
        review(assertMunicipalReviewTask(instance), "return");
        complete(assertReportTask(instance));
        review(assertCountyReviewTask(instance), "approve");
        review(assertMunicipalReviewTask(instance), "approve");

        assertAssignExpertsTask(instance);
        assertThat(historicTaskKeys(instance)).filteredOn("report"::equals).hasSize(4);
        assertThat(historicTaskKeys(instance))
                .filteredOn("countyReview"::equals)
                .hasSize(4);
        runtimeService.deleteProcessInstance(instance.getId(), "test done");
    }
}
