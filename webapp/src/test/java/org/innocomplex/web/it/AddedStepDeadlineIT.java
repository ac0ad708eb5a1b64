package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.Role;
import org.innocomplex.appraisal.api.AppraisalService;
import org.innocomplex.appraisal.api.NotificationData;
import org.innocomplex.appraisal.api.NotificationService;
import org.innocomplex.appraisal.api.ProcessAdministrationService;
import org.innocomplex.appraisal.api.StepInput;
import org.innocomplex.submission.api.CycleData;
import org.innocomplex.workflow.api.DeployOutcome;
import org.innocomplex.workflow.api.ProcessVersion;
import org.innocomplex.workflow.api.TaskInfo;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A step an administrator added is chased like the bundled ones: its reminder reaches the step's own candidate group
 * (here the province's officials) and its escalation goes one level up the scheme, not to whoever the bundled step
 * ids would have named.
 */
@ExtendWith(ArquillianExtension.class)
class AddedStepDeadlineIT {
    static final String JINYUN = "331122";
    /** A past year of Lishui that no other test uses, so that its due dates are this test's own. */
    static final int YEAR = 2018;

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    ProcessAdministrationService admin;

    @Inject
    AppraisalService appraisals;

    @Inject
    NotificationService notifications;

    @Test
    void anOverdueProvincialReviewRemindsTheProvinceAndEscalatesToTheAdministrators() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Actor province = fixtures.user("it-as-prov", Role.PROVINCIAL_OFFICIAL, "330000", null);
        Actor administrator = fixtures.user("it-as-admin", Role.ADMIN, null, null);
        Actor city = fixtures.user("it-as-city", Role.MUNICIPAL_OFFICIAL, "331100", null);
        DeployOutcome out = admin.deploy(Fixtures.admin(), WorkflowVariants.withProvincialReviewAndDeadlines("330000"));
        ProcessVersion v = out.deployed()
                .orElseThrow(() -> new AssertionError(out.report().problems().toString()));
        try {
            // every step's day is past, in order: the provincial review's timers are due when it opens
            CycleData cycle =
                    fixtures.cycleWithDeadlines(YEAR, today.minusDays(3), today.minusDays(2), today.minusDays(1));
            var complex = fixtures.complexIn(JINYUN);
            Actor operator = fixtures.user("it-as-op", Role.OPERATOR, JINYUN, complex.id());
            Fixtures.Case c = fixtures.submit(fixtures.atReportStepIn(cycle, complex, operator));
            appraisals.complete(
                    fixtures.onlyTask(c.appraisal()).id(), Fixtures.county(JINYUN), new StepInput.Review(true, null));
            notifications.markAllRead(city);
            notifications.markAllRead(administrator);
            appraisals.complete(
                    fixtures.onlyTask(c.appraisal()).id(), Fixtures.municipal(), new StepInput.Review(true, null));
            TaskInfo provincial = fixtures.onlyTask(c.appraisal());
            assertThat(provincial.definitionKey()).isEqualTo("provincialReview");
            long remindedBefore = fixtures.events(c.appraisal().id(), "REMINDED");
            long escalatedBefore = fixtures.events(c.appraisal().id(), "ESCALATED");

            fixtures.waitUntil(
                    Duration.ofSeconds(60),
                    () -> fixtures.events(c.appraisal().id(), "REMINDED") > remindedBefore
                            && fixtures.events(c.appraisal().id(), "ESCALATED") > escalatedBefore);

            List<NotificationData> toProvince = notifications.latest(province, 10);
            assertThat(toProvince.stream().map(NotificationData::kind).toList())
                    .as("the added step's own group is reminded")
                    .isEqualTo(List.of("REMIND"));
            assertThat(toProvince.get(0).taskId()).isEqualTo(provincial.id());
            assertThat(toProvince.get(0).args().contains("#workflow.step.provincialReview"))
                    .as(toProvince.get(0).args().toString())
                    .isTrue();
            assertThat(notifications.latest(administrator, 10).stream()
                            .anyMatch(n -> n.kind().equals("ESCALATE")
                                    && c.report().id().equals(n.reportId())))
                    .as("above the province there are the administrators")
                    .isTrue();
            assertThat(notifications.latest(city, 10).stream()
                            .noneMatch(n -> c.report().id().equals(n.reportId())
                                    && n.kind().equals("ESCALATE")))
                    .as("the city is not the province's next level")
                    .isTrue();
        } finally {
            admin.suspend(Fixtures.admin(), v.definitionId());
        }
    }
}
