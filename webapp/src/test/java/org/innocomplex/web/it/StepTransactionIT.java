package org.innocomplex.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import org.innocomplex.access.api.Actor;
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
        assertEquals("countyReview", review.definitionKey());
        Actor official = Fixtures.county("331122");

        failAfterWrite.arm(true);
        assertThrows(RuntimeException.class,
                () -> appraisals.complete(review.id(), official, new StepInput.Review(false, "请补充研发投入明细")));

        assertEquals(0, fixtures.events(c.appraisal().id(), "RETURNED"), "the history line was rolled back");
        assertEquals(ReportStatus.SUBMITTED, submissions.report(c.report().id()).orElseThrow().status(),
                "the report's return was rolled back");
        List<TaskInfo> open = workflow.openTasks(c.appraisal().processInstanceId());
        assertEquals(1, open.size());
        assertEquals(review.id(), open.get(0).id(), "the same county review task is still open");
    }

    @Test
    void successCommitsTheRecordAndTheTaskCompletionTogether() {
        Fixtures.Case c = fixtures.atCountyReview("331122");
        TaskInfo review = fixtures.onlyTask(c.appraisal());

        appraisals.complete(review.id(), Fixtures.county("331122"), new StepInput.Review(false, "请补充研发投入明细"));

        assertEquals(1, fixtures.events(c.appraisal().id(), "RETURNED"));
        assertEquals(ReportStatus.RETURNED, submissions.report(c.report().id()).orElseThrow().status());
        TaskInfo next = fixtures.onlyTask(c.appraisal());
        assertEquals("report", next.definitionKey(), "returned to the operator");
        assertTrue(workflow.openTask(review.id()).isEmpty(), "the review task is completed");
    }

    @Test
    void aRefusedInputWritesNothing() {
        Fixtures.Case c = fixtures.atCountyReview("331122");
        TaskInfo review = fixtures.onlyTask(c.appraisal());

        var e = assertThrows(org.innocomplex.access.api.DomainException.class, () -> appraisals.complete(
                review.id(), Fixtures.county("331122"), new StepInput.Review(false, "  ")));

        assertEquals("appraisal.error.commentRequired", e.key());
        assertEquals(ReportStatus.SUBMITTED, submissions.report(c.report().id()).orElseThrow().status());
        assertEquals(review.id(), fixtures.onlyTask(c.appraisal()).id());
    }
}
