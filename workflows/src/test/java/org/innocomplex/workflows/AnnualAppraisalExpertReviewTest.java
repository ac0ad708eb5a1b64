package org.innocomplex.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The parallel expert review, the decision, and who sees which task. */
class AnnualAppraisalExpertReviewTest extends FlowableProcessTestSupport {

    private ProcessInstance startAndReachAssignExperts() {
        ProcessInstance instance = startAppraisal();
        complete(assertReportTask(instance));
        review(assertCountyReviewTask(instance), "approve");
        review(assertMunicipalReviewTask(instance), "approve");
        return instance;
    }

    @Test
    @DisplayName("three experts review in parallel; the decision appears only after all three completed")
    void threeExpertsInParallel() {
        ProcessInstance instance = startAndReachAssignExperts();

        // a user in the wrong county sees nothing, at any step
        assertThat(taskService
                        .createTaskQuery()
                        .taskCandidateGroup("county:331121")
                        .list())
                .isEmpty();

        complete(assertAssignExpertsTask(instance), "experts", List.of("e1", "e2", "e3"));

        List<Task> expertTasks = assertExpertTasks(instance, "e1", "e2", "e3");
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceId(instance.getId())
                        .active()
                        .count())
                .isEqualTo(3);
        for (String expert : List.of("e1", "e2", "e3")) {
            assertThat(taskService
                            .createTaskQuery()
                            .processInstanceId(instance.getId())
                            .taskAssignee(expert)
                            .list())
                    .extracting(Task::getTaskDefinitionKey)
                    .containsExactly("expertReview");
        }
        // nobody else (no group, no other expert) gets expert tasks
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceId(instance.getId())
                        .taskAssignee("e4")
                        .count())
                .isZero();
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceId(instance.getId())
                        .taskCandidateGroup(MUNICIPAL_GROUP)
                        .count())
                .isZero();

        Task e1 = byAssignee(expertTasks, "e1");
        Task e2 = byAssignee(expertTasks, "e2");
        Task e3 = byAssignee(expertTasks, "e3");

        complete(e2);
        assertExpertTasks(instance, "e1", "e3");
        assertNoDecisionTask(instance);

        complete(e1);
        assertExpertTasks(instance, "e3");
        assertNoDecisionTask(instance);

        complete(e3);
        assertDecisionTask(instance);
        assertThat(historicTaskKeys(instance))
                .filteredOn("expertReview"::equals)
                .hasSize(3);

        runtimeService.deleteProcessInstance(instance.getId(), "test done");
    }

    @Test
    @DisplayName("candidate groups are scoped: another county, city or complex sees no task of this report")
    void wrongGroupSeesNoTask() {
        ProcessInstance instance = startAppraisal(7L, 43L, "331122", "331100");

        Task report = singleTask(instance);
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceId(instance.getId())
                        .taskCandidateGroup("complex:43")
                        .count())
                .isEqualTo(1);
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceId(instance.getId())
                        .taskCandidateGroup("complex:42")
                        .count())
                .isZero();
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceId(instance.getId())
                        .taskCandidateGroup("county:331122")
                        .count())
                .as("county before the report is filed")
                .isZero();
        complete(report);

        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceId(instance.getId())
                        .taskCandidateGroup("county:331122")
                        .count())
                .isEqualTo(1);
        assertThat(taskService
                        .createTaskQuery()
                        .taskCandidateGroup("county:331121")
                        .list())
                .isEmpty();
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceId(instance.getId())
                        .taskCandidateGroupIn(List.of("county:331121", "municipal:331000", "complex:43"))
                        .count())
                .isZero();
        review(singleTask(instance), "approve");

        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceId(instance.getId())
                        .taskCandidateGroup("municipal:331100")
                        .count())
                .isEqualTo(1);
        assertThat(taskService
                        .createTaskQuery()
                        .taskCandidateGroup("municipal:331000")
                        .list())
                .isEmpty();
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceId(instance.getId())
                        .taskCandidateGroup("county:331122")
                        .count())
                .as("county after its review")
                .isZero();

        runtimeService.deleteProcessInstance(instance.getId(), "test done");
    }

    @Test
    @DisplayName("completing the decision ends the process; the historic instance has an end time")
    void decisionEndsProcess() {
        ProcessInstance instance = startAndReachAssignExperts();
        complete(assertAssignExpertsTask(instance), "experts", List.of("e1", "e2", "e3"));
        assertExpertTasks(instance, "e1", "e2", "e3").forEach(this::complete);

        Task decision = assertDecisionTask(instance);
        var beforeDecision = historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceId(instance.getId())
                .singleResult();
        assertThat(beforeDecision.getEndTime()).isNull();

        complete(decision, "grade", "A");

        assertEnded(instance);
        var historic = historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceId(instance.getId())
                .finished()
                .singleResult();
        assertThat(historic.getEndTime()).isAfterOrEqualTo(historic.getStartTime());
        assertThat(historic.getBusinessKey()).isEqualTo(String.valueOf(REPORT_ID));
        assertThat(historic.getProcessDefinitionKey()).isEqualTo(PROCESS_KEY);
        assertThat(historyService
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(instance.getId())
                        .activityId("end")
                        .finished()
                        .count())
                .isEqualTo(1);
    }

    private static Task byAssignee(List<Task> tasks, String assignee) {
        return tasks.stream()
                .filter(t -> assignee.equals(t.getAssignee()))
                .findFirst()
                .orElseThrow();
    }

    private void assertNoDecisionTask(ProcessInstance instance) {
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceId(instance.getId())
                        .taskDefinitionKey("decision")
                        .count())
                .isZero();
    }
}
