package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import jakarta.inject.Inject;
import java.util.List;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.appraisal.api.AppraisalService;
import org.innocomplex.appraisal.api.StepInput;
import org.innocomplex.submission.api.ReportService;
import org.innocomplex.submission.api.ReportStatus;
import org.innocomplex.workflow.api.TaskInfo;
import org.innocomplex.workflow.api.WorkflowService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A step's domain record and its task completion are one JTA transaction: a failure after the handler wrote
 * undoes both, and success commits both.
 */
@ExtendWith(ArquillianExtension.class)
class StepTransactionIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    FailAfterWrite failAfterWrite;

    @Inject
    AppraisalService appraisals;

    @Inject
    ReportService submissions;

    @Inject
    WorkflowService workflow;

    @AfterEach
    void disarm() {
        failAfterWrite.arm(false);
    }

    @Test
    void failureAfterTheHandlerWroteLeavesNeitherTheRecordNorATaskChange() {
        Fixtures.Case c = fixtures.atCountyReview("331122");
        TaskInfo review = fixtures.onlyTask(c.appraisal());
        assertThat(review.definitionKey()).isEqualTo("countyReview");
        Actor official = Fixtures.county("331122");

        failAfterWrite.arm(true);
        assertThatExceptionOfType(RuntimeException.class)
                .isThrownBy(() -> appraisals.complete(review.id(), official, new StepInput.Review(false, "请补充研发投入明细")));

        assertThat(fixtures.events(c.appraisal().id(), "RETURNED"))
                .as("the history line was rolled back")
                .isEqualTo(0);
        assertThat(submissions.report(c.report().id()).orElseThrow().status())
                .as("the report's return was rolled back")
                .isEqualTo(ReportStatus.SUBMITTED);
        List<TaskInfo> open = workflow.openTasks(c.appraisal().processInstanceId());
        assertThat(open.size()).isEqualTo(1);
        assertThat(open.get(0).id())
                .as("the same county review task is still open")
                .isEqualTo(review.id());
    }

    @Test
    void successCommitsTheRecordAndTheTaskCompletionTogether() {
        Fixtures.Case c = fixtures.atCountyReview("331122");
        TaskInfo review = fixtures.onlyTask(c.appraisal());

        appraisals.complete(review.id(), Fixtures.county("331122"), new StepInput.Review(false, "请补充研发投入明细"));

        assertThat(fixtures.events(c.appraisal().id(), "RETURNED")).isEqualTo(1);
        assertThat(submissions.report(c.report().id()).orElseThrow().status()).isEqualTo(ReportStatus.RETURNED);
        TaskInfo next = fixtures.onlyTask(c.appraisal());
        assertThat(next.definitionKey()).as("returned to the operator").isEqualTo("report");
        assertThat(workflow.openTask(review.id()).isEmpty())
                .as("the review task is completed")
                .isTrue();
    }

    @Test
    void aRefusedInputWritesNothing() {
        Fixtures.Case c = fixtures.atCountyReview("331122");
        TaskInfo review = fixtures.onlyTask(c.appraisal());

        var e = assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() ->
                        appraisals.complete(review.id(), Fixtures.county("331122"), new StepInput.Review(false, "  ")))
                .actual();

        assertThat(e.key()).isEqualTo("appraisal.error.commentRequired");
        assertThat(submissions.report(c.report().id()).orElseThrow().status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(fixtures.onlyTask(c.appraisal()).id()).isEqualTo(review.id());
    }
}
