package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

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
import org.innocomplex.appraisal.api.AppraisalData;
import org.innocomplex.appraisal.api.AppraisalService;
import org.innocomplex.appraisal.api.AppraisalStatus;
import org.innocomplex.appraisal.api.CycleOpeningService;
import org.innocomplex.appraisal.api.DecisionProposal;
import org.innocomplex.appraisal.api.Grade;
import org.innocomplex.appraisal.api.PublicationPreview;
import org.innocomplex.appraisal.api.PublicationService;
import org.innocomplex.appraisal.api.ReportRecord;
import org.innocomplex.appraisal.api.StepInput;
import org.innocomplex.submission.api.CycleData;
import org.innocomplex.submission.api.CycleService;
import org.innocomplex.submission.api.CycleSettings;
import org.innocomplex.submission.api.ReportService;
import org.innocomplex.submission.api.ScoreAggregation;
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
    ReportService submissions;

    @Inject
    CycleService cycles;

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
        CycleData cycle = cycles.createCycle(2025, area.city(), municipal);
        cycles.updateSettings(
                cycle.id(),
                new CycleSettings(
                        null, null, null, null, null, BigDecimal.valueOf(30), ScoreAggregation.TRIMMED_MEAN, 15),
                municipal);
        opening.openNow(cycle.id(), Set.of(), Set.of(), municipal);
        List<Long> reports = new ArrayList<>(submissions.reportIds(cycle.id()).values());
        assertThat(reports.size()).isEqualTo(10);
        reports.sort(null);

        // top by trimmed mean: 93 (its mean would be 82.67); second: 91 (its mean 94 would have been first)
        String[][] scores = {
            {"95", "93", "60"}, {"91", "91", "100"}, {"50", "88", "89"}, {"70", "75", "80"}, {"60", "62", "64"}
        };
        List<AppraisalData> decidable = new ArrayList<>();
        for (String[] s : scores) {
            decidable.add(fixtures.driveToDecision(
                    reports.get(decidable.size()),
                    area.city(),
                    Arrays.stream(s).map(BigDecimal::new).toArray(BigDecimal[]::new)));
        }
        AppraisalData top = decidable.get(0);
        AppraisalData second = decidable.get(1);
        AppraisalData third = decidable.get(2);

        DecisionProposal p1 = proposal(top, municipal);
        assertDecimal("93.00", p1.score());
        assertThat(p1.applied()).isEqualTo("TRIMMED_MEAN");
        assertThat(p1.appraisalsInCycle()).isEqualTo(10);
        assertThat(p1.cap()).isEqualTo(1);
        assertThat(p1.proposed()).isEqualTo(Grade.EXCELLENT);
        DecisionProposal p2 = proposal(second, municipal);
        assertDecimal("91.00", p2.score());
        assertThat(p2.byBands()).isEqualTo(Grade.EXCELLENT);
        assertThat(p2.proposed()).as("second in a cycle with one 优秀 place").isEqualTo(Grade.GOOD);
        assertDecimal("88.00", proposal(third, municipal).score());

        // an override without a reason is refused and writes nothing
        assertKey("appraisal.error.overrideReasonRequired", () -> decide(second, municipal, Grade.EXCELLENT, "  "));
        assertThat(record(second, municipal).appraisal().status()).isEqualTo(AppraisalStatus.RUNNING);
        assertThat(fixtures.events(second.id(), "DECIDED")).isEqualTo(0);

        decide(top, municipal, Grade.EXCELLENT, null);
        // the one place is taken: an override to 优秀 is refused even with a reason
        assertKey(
                "appraisal.decision.error.excellentCapReached",
                () -> decide(second, municipal, Grade.EXCELLENT, "现场考察成效突出"));
        decide(second, municipal, Grade.GOOD, null);
        decide(third, municipal, Grade.PASS, "成果转化材料不足");

        AppraisalData thirdDecided = record(third, municipal).appraisal();
        assertThat(thirdDecided.status()).isEqualTo(AppraisalStatus.DECIDED);
        assertThat(thirdDecided.proposedGrade()).isEqualTo(Grade.GOOD);
        assertThat(thirdDecided.grade()).isEqualTo(Grade.PASS);
        assertDecimal("88.00", thirdDecided.score());
        assertThat(thirdDecided.aggregation()).isEqualTo("TRIMMED_MEAN");
        assertThat(thirdDecided.gradeReason()).isEqualTo("成果转化材料不足");
        assertThat(thirdDecided.decidedBy()).isEqualTo(municipal.username());
        assertThat(thirdDecided.decidedAt()).isNotNull();
        assertThat(thirdDecided.publishedAt()).isNull();
        assertThat(record(third, municipal).history().stream()
                        .anyMatch(e -> "DECIDED".equals(e.action()) && "成果转化材料不足".equals(e.comment())))
                .isTrue();

        // decided but unpublished: the complex sees neither grade nor score nor the reason; officials see it
        Actor operator = operatorOf(top);
        ReportRecord before = record(top, operator);
        assertThat(before.appraisal().status()).isEqualTo(AppraisalStatus.DECIDED);
        assertThat(before.appraisal().grade()).isNull();
        assertThat(before.appraisal().score()).isNull();
        assertThat(before.scores().isEmpty()).isTrue();
        assertThat(appraisals.reports(operator).size()).isEqualTo(1);
        assertThat(appraisals.reports(operator).get(0).grade()).isNull();
        assertThat(record(top, Fixtures.county(area.county())).appraisal().grade())
                .isEqualTo(Grade.EXCELLENT);
        assertThat(record(third, operatorOf(third)).history().stream()
                        .filter(e -> "DECIDED".equals(e.action()) || "SCORED".equals(e.action()))
                        .allMatch(e -> e.comment() == null))
                .as("no totals, no reason before publication")
                .isTrue();
        assertThat(record(third, municipal).history().stream()
                        .anyMatch(e -> "SCORED".equals(e.action()) && e.comment() != null))
                .isTrue();
        assertThat(record(third, municipal).history().stream()
                        .anyMatch(e -> "EXPERTS_ASSIGNED".equals(e.action())
                                && e.comment().contains("王教授")
                                && !e.comment().contains("expert1")))
                .as("experts by name")
                .isTrue();

        // only the city's municipal bureau publishes
        assertThatExceptionOfType(NotAuthorizedException.class)
                .isThrownBy(() -> publication.publish(cycle.id(), Fixtures.county(area.county())));
        assertThatExceptionOfType(NotAuthorizedException.class)
                .isThrownBy(() -> publication.publish(cycle.id(), Fixtures.municipal()));
        assertThatExceptionOfType(NotAuthorizedException.class)
                .isThrownBy(() -> publication.preview(cycle.id(), operator));

        PublicationPreview preview = publication.preview(cycle.id(), municipal);
        assertThat(preview.toPublish()).isEqualTo(3);
        assertThat(preview.distribution()).isEqualTo(Map.of("EXCELLENT", 1L, "GOOD", 1L, "PASS", 1L, "FAIL", 0L));
        assertThat(preview.cap()).isEqualTo(1);
        assertThat(preview.capExceeded()).isFalse();

        // a 优秀 slipped in behind the services' back: publication refuses rather than exceed the cap
        AppraisalData fourth = decidable.get(3);
        fixtures.forceDecided(fourth.id(), "EXCELLENT", "DECIDED");
        assertThat(publication.preview(cycle.id(), municipal).capExceeded()).isTrue();
        assertKey("appraisal.publish.error.capExceeded", () -> publication.publish(cycle.id(), municipal));
        assertThat(record(top, municipal).appraisal().publishedAt()).isNull();
        fixtures.forceDecided(fourth.id(), null, "RUNNING");

        int seenBefore = published.seen().size();
        assertThat(publication.publish(cycle.id(), municipal)).isEqualTo(3);

        ReportRecord after = record(top, operator);
        assertThat(after.appraisal().status()).isEqualTo(AppraisalStatus.PUBLISHED);
        assertThat(after.appraisal().grade()).isEqualTo(Grade.EXCELLENT);
        assertDecimal("93.00", after.appraisal().score());
        assertThat(after.appraisal().publishedAt()).isNotNull();
        assertThat(after.scores().size()).isEqualTo(3);
        assertThat(appraisals.reports(operator).get(0).grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(fixtures.events(top.id(), "PUBLISHED")).isEqualTo(1);
        assertThat(published.seen().size()).isEqualTo(seenBefore + 1);
        assertThat(Set.copyOf(published.seen().get(seenBefore).appraisalIds()))
                .isEqualTo(Set.of(top.id(), second.id(), third.id()));
        assertThat(published.seen().get(seenBefore).by()).isEqualTo(municipal.username());

        // nothing left to publish
        assertKey("appraisal.publish.error.nothingToPublish", () -> publication.publish(cycle.id(), municipal));
    }

    private static void assertDecimal(String expected, BigDecimal actual) {
        assertThat(new BigDecimal(expected).compareTo(actual))
                .as(expected + " expected, was " + actual)
                .isEqualTo(0);
    }

    private static void assertKey(String key, org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        DomainException e = assertThatExceptionOfType(DomainException.class)
                .isThrownBy(call)
                .actual();
        assertThat(e.key()).isEqualTo(key);
    }

    private DecisionProposal proposal(AppraisalData a, Actor municipal) {
        return appraisals.openTask(fixtures.onlyTask(a).id(), municipal).decision();
    }

    private void decide(AppraisalData a, Actor municipal, Grade grade, String reason) {
        appraisals.complete(fixtures.onlyTask(a).id(), municipal, new StepInput.Decide(grade, reason));
    }

    private ReportRecord record(AppraisalData a, Actor actor) {
        return appraisals.record(a.reportId(), actor);
    }

    private static Actor operatorOf(AppraisalData a) {
        return new Actor("it-op-c" + a.complexId(), "IT operator", Role.OPERATOR, a.countyCode(), a.complexId());
    }
}
