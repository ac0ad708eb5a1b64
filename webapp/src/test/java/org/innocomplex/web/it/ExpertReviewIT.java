package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.access.api.ValidationException;
import org.innocomplex.access.api.Violation;
import org.innocomplex.appraisal.api.AppraisalService;
import org.innocomplex.appraisal.api.ExpertReviewService;
import org.innocomplex.appraisal.api.HistoryEntry;
import org.innocomplex.appraisal.api.InboxItem;
import org.innocomplex.appraisal.api.InboxQuery;
import org.innocomplex.appraisal.api.InboxService;
import org.innocomplex.appraisal.api.ScoreData;
import org.innocomplex.appraisal.api.ScoreSheetData;
import org.innocomplex.appraisal.api.StepInput;
import org.innocomplex.registry.api.ExpertData;
import org.innocomplex.workflow.api.TaskInfo;
import org.innocomplex.workflow.api.WorkflowService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The expert's side of the review on the real services and engine: the no-conflict confirmation gates scoring, the
 * rubric is scored item by item within bounds, drafts stay the expert's own, and a declared conflict hands the task
 * back to the city, which gives it to another eligible expert whose score lets the decision open.
 */
@ExtendWith(ArquillianExtension.class)
class ExpertReviewIT {
    static final String COUNTY = "331122";

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    AppraisalService appraisals;

    @Inject
    ExpertReviewService reviews;

    @Inject
    WorkflowService workflow;

    @Inject
    InboxService inboxes;

    private StepInput.ExpertScore full(Fixtures.Case c, String share) {
        return new StepInput.ExpertScore(fixtures.sheet(c.report(), share), Map.of("construction", "建设扎实"), "总体良好");
    }

    private static Set<String> fields(ValidationException e) {
        return e.violations().stream().map(Violation::field).collect(Collectors.toSet());
    }

    private static Set<String> keys(ValidationException e) {
        return e.violations().stream().map(Violation::key).collect(Collectors.toSet());
    }

    private Set<String> inbox(Actor a) {
        // the inbox as the screens read it: a handed-back or reassigned task must move between inboxes
        return inboxes.page(a, InboxQuery.all(), 0, 10_000).stream()
                .map(InboxItem::taskId)
                .collect(Collectors.toSet());
    }

    @Test
    void scoringIsRefusedUntilTheExpertConfirmsHavingNoConflict() {
        Fixtures.Case c = fixtures.atExpertReview(COUNTY, "expert1");
        Actor expert1 = Fixtures.expert("expert1");
        TaskInfo task = fixtures.taskOf(c.appraisal(), "expert1");

        DomainException refused = assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> appraisals.complete(task.id(), expert1, full(c, "0.8")))
                .actual();
        assertThat(refused.key()).isEqualTo("appraisal.expert.error.confirmFirst");
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> reviews.saveDraft(task.id(), expert1, full(c, "0.8")));
        assertThat(reviews.sheet(task.id(), expert1).confirmed()).isFalse();
        assertThat(fixtures.rows(
                        "apr_expert_score", "appraisal_id", c.appraisal().id()))
                .isEqualTo(0);

        reviews.confirmNoConflict(task.id(), expert1);
        reviews.confirmNoConflict(task.id(), expert1);

        assertThat(reviews.sheet(task.id(), expert1).confirmed()).isTrue();
        assertThat(fixtures.events(c.appraisal().id(), "NO_CONFLICT_CONFIRMED"))
                .as("one line, however often")
                .isEqualTo(1);
        HistoryEntry line = appraisals.openTask(task.id(), expert1).history().stream()
                .filter(h -> h.action().equals("NO_CONFLICT_CONFIRMED"))
                .findFirst()
                .orElseThrow();
        assertThat(line.actor()).isEqualTo("expert1");
        assertThat(line.at()).isNotNull();

        appraisals.complete(task.id(), expert1, full(c, "0.8"));
        assertThat(fixtures.rows(
                        "apr_expert_score", "appraisal_id", c.appraisal().id()))
                .isEqualTo(1);
    }

    @Test
    void anItemAboveItsMaximumIsRefusedByNameAndNothingIsSaved() {
        Fixtures.Case c = fixtures.atExpertReview(COUNTY, "expert1");
        Actor expert1 = Fixtures.expert("expert1");
        TaskInfo task = fixtures.taskOf(c.appraisal(), "expert1");
        reviews.confirmNoConflict(task.id(), expert1);
        Map<String, BigDecimal> points = new HashMap<>(fixtures.sheet(c.report(), "1"));
        points.put("plan", new BigDecimal("2.5"));
        points.remove("video");

        ValidationException e = assertThatExceptionOfType(ValidationException.class)
                .isThrownBy(() ->
                        appraisals.complete(task.id(), expert1, new StepInput.ExpertScore(points, Map.of(), null)))
                .actual();

        assertThat(fields(e)).isEqualTo(Set.of("plan", "video"));
        assertThat(keys(e))
                .isEqualTo(Set.of("appraisal.expert.error.itemRange", "appraisal.expert.error.itemRequired"));
        assertThat(fixtures.rows(
                        "apr_expert_score", "appraisal_id", c.appraisal().id()))
                .isEqualTo(0);
        assertThat(fixtures.rows(
                        "apr_score_sheet", "appraisal_id", c.appraisal().id()))
                .isEqualTo(0);
        assertThat(fixtures.taskOf(c.appraisal(), "expert1").id())
                .as("the task is still open")
                .isEqualTo(task.id());
    }

    @Test
    void aDraftIsKeptForItsExpertOnlyAndTheSubmittedTotalIsTheExactSum() {
        Fixtures.Case c = fixtures.atExpertReview(COUNTY, "expert1", "expert2");
        Actor expert1 = Fixtures.expert("expert1");
        TaskInfo task = fixtures.taskOf(c.appraisal(), "expert1");
        reviews.confirmNoConflict(task.id(), expert1);

        reviews.saveDraft(
                task.id(),
                expert1,
                new StepInput.ExpertScore(Map.of("plan", new BigDecimal("1.5")), Map.of("construction", "方案可行"), "初评"));

        ScoreSheetData draft = reviews.sheet(task.id(), expert1);
        assertThat(draft.points().keySet()).isEqualTo(Set.of("plan"));
        assertThat(draft.points().get("plan").compareTo(new BigDecimal("1.5"))).isEqualTo(0);
        assertThat(draft.groupComments().get("construction")).isEqualTo("方案可行");
        assertThat(draft.savedAt()).isNotNull();
        assertThatExceptionOfType(NotAuthorizedException.class)
                .isThrownBy(() -> reviews.sheet(task.id(), Fixtures.expert("expert2")));
        assertThatExceptionOfType(NotAuthorizedException.class)
                .isThrownBy(() -> reviews.sheet(task.id(), Fixtures.municipal()));
        assertThat(fixtures.rows(
                        "apr_expert_score", "appraisal_id", c.appraisal().id()))
                .as("a draft is no score")
                .isEqualTo(0);

        Map<String, BigDecimal> points = fixtures.sheet(c.report(), "0.87");
        BigDecimal sum = points.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        appraisals.complete(task.id(), expert1, new StepInput.ExpertScore(points, Map.of(), null));

        List<ScoreData> scores =
                appraisals.record(c.report().id(), Fixtures.municipal()).scores();
        ScoreData first = scores.stream()
                .filter(s -> s.expert().equals("expert1"))
                .findFirst()
                .orElseThrow();
        assertThat(first.score().compareTo(sum))
                .as(first.score() + " is the sum " + sum)
                .isEqualTo(0);
    }

    @Test
    void aDeclaredConflictHandsTheTaskBackAndTheCityGivesItToAnotherExpertWhoseScoreOpensTheDecision() {
        Fixtures.Case c = fixtures.atExpertReview(COUNTY, "expert1", "expert2", "expert3");
        Actor expert2 = Fixtures.expert("expert2");
        Actor city = Fixtures.municipal();
        TaskInfo task = fixtures.taskOf(c.appraisal(), "expert2");

        ValidationException noReason = assertThatExceptionOfType(ValidationException.class)
                .isThrownBy(() -> reviews.declareConflict(task.id(), expert2, "  "))
                .actual();
        assertThat(keys(noReason)).isEqualTo(Set.of("appraisal.expert.error.reasonRequired"));
        assertThat(workflow.openTask(task.id()).orElseThrow().assignee())
                .as("nothing changed")
                .isEqualTo("expert2");

        reviews.declareConflict(task.id(), expert2, "本人曾为该运营单位提供咨询服务");

        assertThat(workflow.openTask(task.id()).orElseThrow().assignee()).isNull();
        assertThat(inbox(city).contains(task.id()))
                .as("handed back to the city")
                .isTrue();
        assertThat(inbox(expert2).contains(task.id())).isFalse();
        assertThat(appraisals.record(c.report().id(), city).appraisal().experts())
                .isEqualTo(List.of("expert1", "expert3"));
        assertThat(fixtures.rows(
                        "apr_conflict_declaration",
                        "appraisal_id",
                        c.appraisal().id()))
                .isEqualTo(1);
        assertThat(fixtures.events(c.appraisal().id(), "CONFLICT_DECLARED")).isEqualTo(1);
        assertThatExceptionOfType(NotAuthorizedException.class)
                .isThrownBy(() -> appraisals.openTask(task.id(), expert2));
        assertThatExceptionOfType(NotAuthorizedException.class)
                .isThrownBy(() -> reviews.replacements(task.id(), Fixtures.county(COUNTY)));

        List<String> offered = reviews.replacements(task.id(), city).stream()
                .map(ExpertData::username)
                .toList();
        assertThat(offered.contains("expert4")).as(offered::toString).isTrue();
        assertThat(offered.contains("expert1") || offered.contains("expert2") || offered.contains("expert3"))
                .as(offered::toString)
                .isFalse();
        ValidationException declaredAgain = assertThatExceptionOfType(ValidationException.class)
                .isThrownBy(() -> reviews.reassign(task.id(), city, "expert2"))
                .actual();
        assertThat(keys(declaredAgain)).isEqualTo(Set.of("appraisal.expert.error.notEligible"));
        assertThatExceptionOfType(ValidationException.class)
                .isThrownBy(() -> reviews.reassign(task.id(), city, "expert1"));

        reviews.reassign(task.id(), city, "expert4");

        assertThat(workflow.openTask(task.id()).orElseThrow().assignee()).isEqualTo("expert4");
        assertThat(inbox(city).contains(task.id()))
                .as("gone from the city's inbox")
                .isFalse();
        assertThat(appraisals.record(c.report().id(), city).appraisal().experts())
                .isEqualTo(List.of("expert1", "expert3", "expert4"));
        assertThat(fixtures.events(c.appraisal().id(), "EXPERT_REASSIGNED")).isEqualTo(1);

        for (String username : List.of("expert1", "expert3", "expert4")) {
            Actor e = Fixtures.expert(username);
            TaskInfo t = fixtures.taskOf(c.appraisal(), username);
            reviews.confirmNoConflict(t.id(), e);
            appraisals.complete(t.id(), e, full(c, "0.9"));
        }
        TaskInfo decision = fixtures.onlyTask(c.appraisal());
        assertThat(decision.definitionKey()).isEqualTo("decision");
        assertThat(appraisals.openTask(decision.id(), city).scores().stream()
                        .map(ScoreData::expert)
                        .collect(Collectors.toSet()))
                .isEqualTo(Set.of("expert1", "expert3", "expert4"));
    }
}
