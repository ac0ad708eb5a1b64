package org.innocomplex.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.access.api.Role;
import org.innocomplex.appraisal.api.AppraisalService;
import org.innocomplex.appraisal.api.AppraisalStatus;
import org.innocomplex.appraisal.api.AppraisalView;
import org.innocomplex.appraisal.api.CycleOpeningService;
import org.innocomplex.appraisal.api.DecisionProposal;
import org.innocomplex.appraisal.api.Grade;
import org.innocomplex.appraisal.api.PublicationPreview;
import org.innocomplex.appraisal.api.PublicationService;
import org.innocomplex.appraisal.api.ReportRecord;
import org.innocomplex.appraisal.api.StepInput;
import org.innocomplex.submission.api.CycleSettings;
import org.innocomplex.submission.api.CycleView;
import org.innocomplex.submission.api.ScoreAggregation;
import org.innocomplex.submission.api.SubmissionService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The decision across a whole cycle of 10 appraisals of a city of the test's own, graded by the trimmed mean with a
 * 15 % cap (one 优秀): the proposal, the override rules, and publication with who sees the grade when.
 */
@ExtendWith(ArquillianExtension.class)
class DecisionIT {
    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    Fixtures fixtures;
    @Inject
    SubmissionService submissions;
    @Inject
    CycleOpeningService opening;
    @Inject
    AppraisalService appraisals;
    @Inject
    PublicationService publication;
    @Inject
    PublishedGrades published;

    @Test
    void aCycleIsProposedByTrimmedMeanWithinTheCapOverriddenWithReasonsAndPublishedByItsBureau() {
        Fixtures.Area area = fixtures.newCity();
        Actor municipal = Fixtures.municipalOf(area.city());
        fixtures.complexes(area.county(), 10);
        CycleView cycle = submissions.createCycle(2025, area.city(), municipal);
        submissions.updateSettings(cycle.id(), new CycleSettings(null, null, null, null, null,
                BigDecimal.valueOf(30), ScoreAggregation.TRIMMED_MEAN, 15), municipal);
        opening.openNow(cycle.id(), Set.of(), Set.of(), municipal);
        List<Long> reports = new ArrayList<>(submissions.reportIds(cycle.id()).values());
        assertEquals(10, reports.size());
        reports.sort(null);

        // top by trimmed mean: 93 (its mean would be 82.67); second: 91 (its mean 94 would have been first)
        String[][] scores = {{"95", "93", "60"}, {"91", "91", "100"}, {"50", "88", "89"}, {"70", "75", "80"},
                {"60", "62", "64"}};
        List<AppraisalView> decidable = new ArrayList<>();
        for (String[] s : scores) {
            decidable.add(fixtures.driveToDecision(reports.get(decidable.size()), area.city(),
                    Arrays.stream(s).map(BigDecimal::new).toArray(BigDecimal[]::new)));
        }
        AppraisalView top = decidable.get(0);
        AppraisalView second = decidable.get(1);
        AppraisalView third = decidable.get(2);

        DecisionProposal p1 = proposal(top, municipal);
        assertDecimal("93.00", p1.score());
        assertEquals("TRIMMED_MEAN", p1.applied());
        assertEquals(10, p1.appraisalsInCycle());
        assertEquals(1, p1.cap());
        assertEquals(Grade.EXCELLENT, p1.proposed());
        DecisionProposal p2 = proposal(second, municipal);
        assertDecimal("91.00", p2.score());
        assertEquals(Grade.EXCELLENT, p2.byBands());
        assertEquals(Grade.GOOD, p2.proposed(), "second in a cycle with one 优秀 place");
        assertDecimal("88.00", proposal(third, municipal).score());

        // an override without a reason is refused and writes nothing
        assertKey("appraisal.error.overrideReasonRequired",
                () -> decide(second, municipal, Grade.EXCELLENT, "  "));
        assertEquals(AppraisalStatus.RUNNING, record(second, municipal).appraisal().status());
        assertEquals(0, fixtures.events(second.id(), "DECIDED"));

        decide(top, municipal, Grade.EXCELLENT, null);
        // the one place is taken: an override to 优秀 is refused even with a reason
        assertKey("decision.error.excellentCapReached",
                () -> decide(second, municipal, Grade.EXCELLENT, "现场考察成效突出"));
        decide(second, municipal, Grade.GOOD, null);
        decide(third, municipal, Grade.PASS, "成果转化材料不足");

        AppraisalView thirdDecided = record(third, municipal).appraisal();
        assertEquals(AppraisalStatus.DECIDED, thirdDecided.status());
        assertEquals(Grade.GOOD, thirdDecided.proposedGrade());
        assertEquals(Grade.PASS, thirdDecided.grade());
        assertDecimal("88.00", thirdDecided.score());
        assertEquals("TRIMMED_MEAN", thirdDecided.aggregation());
        assertEquals("成果转化材料不足", thirdDecided.gradeReason());
        assertEquals(municipal.username(), thirdDecided.decidedBy());
        assertNotNull(thirdDecided.decidedAt());
        assertNull(thirdDecided.publishedAt());
        assertTrue(record(third, municipal).history().stream()
                .anyMatch(e -> "DECIDED".equals(e.action()) && "成果转化材料不足".equals(e.comment())));

        // decided but unpublished: the complex sees neither grade nor score nor the reason; officials see it
        Actor operator = operatorOf(top);
        ReportRecord before = record(top, operator);
        assertEquals(AppraisalStatus.DECIDED, before.appraisal().status());
        assertNull(before.appraisal().grade());
        assertNull(before.appraisal().score());
        assertTrue(before.scores().isEmpty());
        assertEquals(1, appraisals.reports(operator).size());
        assertNull(appraisals.reports(operator).get(0).grade());
        assertEquals(Grade.EXCELLENT, record(top, Fixtures.county(area.county())).appraisal().grade());
        assertTrue(record(third, operatorOf(third)).history().stream()
                .filter(e -> "DECIDED".equals(e.action()) || "SCORED".equals(e.action()))
                .allMatch(e -> e.comment() == null), "no totals, no reason before publication");
        assertTrue(record(third, municipal).history().stream()
                .anyMatch(e -> "SCORED".equals(e.action()) && e.comment() != null));
        assertTrue(record(third, municipal).history().stream().anyMatch(e -> "EXPERTS_ASSIGNED".equals(e.action())
                && e.comment().contains("王教授") && !e.comment().contains("expert1")), "experts by name");

        // only the city's municipal bureau publishes
        assertThrows(NotAuthorizedException.class, () -> publication.publish(cycle.id(), Fixtures.county(area.county())));
        assertThrows(NotAuthorizedException.class, () -> publication.publish(cycle.id(), Fixtures.municipal()));
        assertThrows(NotAuthorizedException.class, () -> publication.preview(cycle.id(), operator));

        PublicationPreview preview = publication.preview(cycle.id(), municipal);
        assertEquals(3, preview.toPublish());
        assertEquals(Map.of("EXCELLENT", 1L, "GOOD", 1L, "PASS", 1L, "FAIL", 0L), preview.distribution());
        assertEquals(1, preview.cap());
        assertFalse(preview.capExceeded());

        // a 优秀 slipped in behind the services' back: publication refuses rather than exceed the cap
        AppraisalView fourth = decidable.get(3);
        fixtures.forceDecided(fourth.id(), "EXCELLENT", "DECIDED");
        assertTrue(publication.preview(cycle.id(), municipal).capExceeded());
        assertKey("publish.error.capExceeded", () -> publication.publish(cycle.id(), municipal));
        assertNull(record(top, municipal).appraisal().publishedAt());
        fixtures.forceDecided(fourth.id(), null, "RUNNING");

        int seenBefore = published.seen().size();
        assertEquals(3, publication.publish(cycle.id(), municipal));

        ReportRecord after = record(top, operator);
        assertEquals(AppraisalStatus.PUBLISHED, after.appraisal().status());
        assertEquals(Grade.EXCELLENT, after.appraisal().grade());
        assertDecimal("93.00", after.appraisal().score());
        assertNotNull(after.appraisal().publishedAt());
        assertEquals(3, after.scores().size());
        assertEquals(Grade.EXCELLENT, appraisals.reports(operator).get(0).grade());
        assertEquals(1, fixtures.events(top.id(), "PUBLISHED"));
        assertEquals(seenBefore + 1, published.seen().size());
        assertEquals(Set.of(top.id(), second.id(), third.id()),
                Set.copyOf(published.seen().get(seenBefore).appraisalIds()));
        assertEquals(municipal.username(), published.seen().get(seenBefore).by());

        // nothing left to publish
        assertKey("publish.error.nothingToPublish", () -> publication.publish(cycle.id(), municipal));
    }

    private static void assertDecimal(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), expected + " expected, was " + actual);
    }

    private static void assertKey(String key, org.junit.jupiter.api.function.Executable call) {
        DomainException e = assertThrows(DomainException.class, call);
        assertEquals(key, e.key());
    }

    private DecisionProposal proposal(AppraisalView a, Actor municipal) {
        return appraisals.openTask(fixtures.onlyTask(a).id(), municipal).decision();
    }

    private void decide(AppraisalView a, Actor municipal, Grade grade, String reason) {
        appraisals.complete(fixtures.onlyTask(a).id(), municipal, new StepInput.Decide(grade, reason));
    }

    private ReportRecord record(AppraisalView a, Actor actor) {
        return appraisals.record(a.reportId(), actor);
    }

    private static Actor operatorOf(AppraisalView a) {
        return new Actor("it-op-c" + a.complexId(), "IT operator", Role.OPERATOR, a.countyCode(), a.complexId());
    }
}
