package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
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
    static final String CITY = "339600";
    static final String COUNTY = "339601";

    @Deployment
    static WebArchive deployment() {
        return Deployments.app(DecisionIT.class, Fixtures.class, Fixtures.Case.class, PublishedGrades.class);
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
        Actor municipal = Fixtures.municipalOf(CITY);
        fixtures.county(COUNTY, CITY);
        fixtures.complexes(COUNTY, 10);
        CycleView cycle = submissions.createCycle(2025, CITY, municipal);
        submissions.updateSettings(cycle.id(), new CycleSettings(null, null, null, null, null,
                BigDecimal.valueOf(30), ScoreAggregation.TRIMMED_MEAN, 15), municipal);
        opening.openNow(cycle.id(), Set.of(), Set.of(), municipal);
        List<Long> reports = new ArrayList<>(submissions.reportIds(cycle.id()).values());
        assertThat(reports).hasSize(10);
        reports.sort(null);

        // top by trimmed mean: 93 (its mean would be 82.67); second: 91 (its mean 94 would have been first)
        String[][] scores = {{"95", "93", "60"}, {"91", "91", "100"}, {"50", "88", "89"}, {"70", "75", "80"},
                {"60", "62", "64"}};
        List<AppraisalView> decidable = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            decidable.add(fixtures.driveToDecision(reports.get(i), CITY,
                    java.util.Arrays.stream(scores[i]).map(BigDecimal::new).toArray(BigDecimal[]::new)));
        }
        AppraisalView top = decidable.get(0);
        AppraisalView second = decidable.get(1);
        AppraisalView third = decidable.get(2);

        DecisionProposal p1 = proposal(top, municipal);
        assertThat(p1.score()).isEqualByComparingTo("93.00");
        assertThat(p1.applied()).isEqualTo("TRIMMED_MEAN");
        assertThat(p1.appraisalsInCycle()).isEqualTo(10);
        assertThat(p1.cap()).isEqualTo(1);
        assertThat(p1.proposed()).isEqualTo(Grade.EXCELLENT);
        DecisionProposal p2 = proposal(second, municipal);
        assertThat(p2.score()).isEqualByComparingTo("91.00");
        assertThat(p2.byBands()).isEqualTo(Grade.EXCELLENT);
        assertThat(p2.proposed()).as("second in a cycle with one 优秀 place").isEqualTo(Grade.GOOD);
        assertThat(proposal(third, municipal).score()).isEqualByComparingTo("88.00");

        // an override without a reason is refused and writes nothing
        assertThatThrownBy(() -> decide(second, municipal, Grade.EXCELLENT, "  "))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).key()).isEqualTo("appraisal.error.overrideReasonRequired");
        assertThat(record(second, municipal).appraisal().status()).isEqualTo(AppraisalStatus.RUNNING);
        assertThat(fixtures.events(second.id(), "DECIDED")).isZero();

        decide(top, municipal, Grade.EXCELLENT, null);
        // the one place is taken: an override to 优秀 is refused even with a reason
        assertThatThrownBy(() -> decide(second, municipal, Grade.EXCELLENT, "现场考察成效突出"))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).key()).isEqualTo("decision.error.excellentCapReached");
        decide(second, municipal, Grade.GOOD, null);
        decide(third, municipal, Grade.PASS, "成果转化材料不足");

        AppraisalView thirdDecided = record(third, municipal).appraisal();
        assertThat(thirdDecided.status()).isEqualTo(AppraisalStatus.DECIDED);
        assertThat(thirdDecided.proposedGrade()).isEqualTo(Grade.GOOD);
        assertThat(thirdDecided.grade()).isEqualTo(Grade.PASS);
        assertThat(thirdDecided.score()).isEqualByComparingTo("88.00");
        assertThat(thirdDecided.aggregation()).isEqualTo("TRIMMED_MEAN");
        assertThat(thirdDecided.gradeReason()).isEqualTo("成果转化材料不足");
        assertThat(thirdDecided.decidedBy()).isEqualTo(municipal.username());
        assertThat(thirdDecided.decidedAt()).isNotNull();
        assertThat(thirdDecided.publishedAt()).isNull();
        assertThat(record(third, municipal).history()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("DECIDED");
            assertThat(e.comment()).isEqualTo("成果转化材料不足");
        });

        // decided but unpublished: the complex sees neither grade nor score nor the reason; officials see it
        Actor operator = operatorOf(top);
        ReportRecord before = record(top, operator);
        assertThat(before.appraisal().status()).isEqualTo(AppraisalStatus.DECIDED);
        assertThat(before.appraisal().grade()).isNull();
        assertThat(before.appraisal().score()).isNull();
        assertThat(before.scores()).isEmpty();
        assertThat(appraisals.reports(operator)).singleElement().satisfies(r -> assertThat(r.grade()).isNull());
        assertThat(record(top, Fixtures.county(COUNTY)).appraisal().grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(record(third, operatorOf(third)).history())
                .filteredOn(e -> "DECIDED".equals(e.action())).allSatisfy(e -> assertThat(e.comment()).isNull());

        // only the city's municipal bureau publishes
        assertThatThrownBy(() -> publication.publish(cycle.id(), Fixtures.county(COUNTY)))
                .isInstanceOf(NotAuthorizedException.class);
        assertThatThrownBy(() -> publication.publish(cycle.id(), Fixtures.municipal()))
                .isInstanceOf(NotAuthorizedException.class);
        assertThatThrownBy(() -> publication.preview(cycle.id(), operator))
                .isInstanceOf(NotAuthorizedException.class);

        PublicationPreview preview = publication.preview(cycle.id(), municipal);
        assertThat(preview.toPublish()).isEqualTo(3);
        assertThat(preview.distribution()).containsExactlyInAnyOrderEntriesOf(
                Map.of("EXCELLENT", 1L, "GOOD", 1L, "PASS", 1L, "FAIL", 0L));
        assertThat(preview.cap()).isEqualTo(1);
        assertThat(preview.capExceeded()).isFalse();

        // a 优秀 slipped in behind the services' back: publication refuses rather than exceed the cap
        AppraisalView fourth = decidable.get(3);
        fixtures.forceDecided(fourth.id(), "EXCELLENT", "DECIDED");
        assertThat(publication.preview(cycle.id(), municipal).capExceeded()).isTrue();
        assertThatThrownBy(() -> publication.publish(cycle.id(), municipal))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).key()).isEqualTo("publish.error.capExceeded");
        assertThat(record(top, municipal).appraisal().publishedAt()).isNull();
        fixtures.forceDecided(fourth.id(), null, "RUNNING");

        int before2 = published.seen().size();
        assertThat(publication.publish(cycle.id(), municipal)).isEqualTo(3);

        ReportRecord after = record(top, operator);
        assertThat(after.appraisal().status()).isEqualTo(AppraisalStatus.PUBLISHED);
        assertThat(after.appraisal().grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(after.appraisal().score()).isEqualByComparingTo("93.00");
        assertThat(after.appraisal().publishedAt()).isNotNull();
        assertThat(after.scores()).hasSize(3);
        assertThat(appraisals.reports(operator)).singleElement()
                .satisfies(r -> assertThat(r.grade()).isEqualTo(Grade.EXCELLENT));
        assertThat(fixtures.events(top.id(), "PUBLISHED")).isEqualTo(1);
        assertThat(published.seen()).hasSize(before2 + 1);
        assertThat(published.seen().get(before2).appraisalIds())
                .containsExactlyInAnyOrder(top.id(), second.id(), third.id());
        assertThat(published.seen().get(before2).by()).isEqualTo(municipal.username());

        // nothing left to publish
        assertThatThrownBy(() -> publication.publish(cycle.id(), municipal))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).key()).isEqualTo("publish.error.nothingToPublish");
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
