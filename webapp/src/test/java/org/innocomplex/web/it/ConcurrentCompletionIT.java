package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.Role;
import org.innocomplex.appraisal.api.AppraisalService;
import org.innocomplex.appraisal.api.StepInput;
import org.innocomplex.workflow.api.TaskInfo;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two officials of one county approve the same county review at the same moment, 100 times over 100 reports: each
 * time exactly one decision is made, the other official is told the task was already handled, and nothing of the
 * loser's is written (one history line, one next task, the inbox row completed by the winner).
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrentCompletionIT {
    static final int ROUNDS = 100;

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    AppraisalService appraisals;

    @Resource
    ManagedExecutorService executor;

    /** what one official's attempt came to: null when it went through, else the refusal's key */
    private String attempt(String taskId, Actor official, CountDownLatch start) throws InterruptedException {
        start.await();
        try {
            appraisals.complete(taskId, official, new StepInput.Review(true, "同意（" + official.username() + "）"));
            return null;
        } catch (DomainException e) {
            return e.key();
        }
    }

    @Test
    void twoOfficialsOnTheSameTaskMakeExactlyOneDecision() throws Exception {
        Actor first = Fixtures.county("331122");
        Actor second = Fixtures.secondCounty("331122");
        int firstWon = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Fixtures.Case c = fixtures.atCountyReview("331122");
            TaskInfo review = fixtures.onlyTask(c.appraisal());
            CountDownLatch start = new CountDownLatch(1);
            Future<String> a = executor.submit(() -> attempt(review.id(), first, start));
            Future<String> b = executor.submit(() -> attempt(review.id(), second, start));
            start.countDown();
            String ra = a.get(60, TimeUnit.SECONDS);
            String rb = b.get(60, TimeUnit.SECONDS);

            List<String> outcomes = new ArrayList<>();
            outcomes.add(ra);
            outcomes.add(rb);
            assertThat(outcomes.stream().filter(o -> o == null).count())
                    .as("round " + round + ": " + outcomes)
                    .isEqualTo(1);
            assertThat(outcomes.contains("appraisal.error.alreadyHandled"))
                    .as("round " + round + ": " + outcomes)
                    .isTrue();
            assertThat(fixtures.events(c.appraisal().id(), "APPROVED"))
                    .as("round " + round + ": one history line")
                    .isEqualTo(1);
            TaskInfo next = fixtures.onlyTask(c.appraisal());
            assertThat(next.definitionKey())
                    .as("round " + round + ": one next task")
                    .isEqualTo("municipalReview");
            String winner = ra == null ? first.username() : second.username();
            assertThat(List.of(
                            fixtures.workItem(review.id()).get(0),
                            fixtures.workItem(review.id()).get(2),
                            fixtures.workItem(review.id()).get(3)))
                    .as("round " + round + ": the inbox row")
                    .isEqualTo(List.of("DONE", winner, "group:county:331122"));
            firstWon += ra == null ? 1 : 0;
        }
        Measurements.record(
                "ConcurrentCompletionIT",
                ROUNDS + " rounds, first official won " + firstWon + ", second " + (ROUNDS - firstWon));
    }

    /**
     * Three experts submit their scores on the same appraisal at the same moment: they complete different tasks, so
     * none is told "already handled"; their steps take turns on the appraisal and all three scores are kept.
     */
    @Test
    void expertsSubmittingTogetherAllGetThrough() throws Exception {
        for (int round = 0; round < 5; round++) {
            Fixtures.Case c = fixtures.atCountyReview("331122");
            appraisals.complete(
                    fixtures.onlyTask(c.appraisal()).id(), Fixtures.county("331122"), new StepInput.Review(true, null));
            appraisals.complete(
                    fixtures.onlyTask(c.appraisal()).id(), Fixtures.municipal(), new StepInput.Review(true, null));
            appraisals.complete(
                    fixtures.onlyTask(c.appraisal()).id(),
                    Fixtures.municipal(),
                    new StepInput.AssignExperts(List.of("expert1", "expert2", "expert3")));
            List<TaskInfo> scoring = fixtures.openTasks(c.appraisal());
            assertThat(scoring.size()).isEqualTo(3);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            for (TaskInfo t : scoring) {
                Actor expert = new Actor(t.assignee(), t.assignee(), Role.EXPERT, null, null);
                results.add(executor.submit(() -> {
                    start.await();
                    try {
                        fixtures.score(t, expert, new java.math.BigDecimal("85"));
                        return null;
                    } catch (DomainException e) {
                        return e.key();
                    }
                }));
            }
            start.countDown();
            for (Future<String> r : results) {
                assertThat(r.get(60, TimeUnit.SECONDS)).as("round " + round).isNull();
            }
            List<TaskInfo> after = fixtures.openTasks(c.appraisal());
            assertThat(after.size()).as("round " + round + ": " + after).isEqualTo(1);
            assertThat(after.get(0).definitionKey()).isEqualTo("decision");
        }
    }
}
