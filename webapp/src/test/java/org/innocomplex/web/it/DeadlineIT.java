package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.Role;
import org.innocomplex.appraisal.api.AppraisalService;
import org.innocomplex.appraisal.api.GradesPublished;
import org.innocomplex.appraisal.api.NotificationData;
import org.innocomplex.appraisal.api.NotificationService;
import org.innocomplex.appraisal.api.StepInput;
import org.innocomplex.submission.api.CycleData;
import org.innocomplex.workflow.api.DeadlineReached;
import org.innocomplex.workflow.api.TaskInfo;
import org.innocomplex.workflow.api.WorkflowService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Deadlines for real: a cycle whose county review was due yesterday, the report submitted, and the engine's own
 * async executor firing the county review's timers as Flowable jobs; the county officials are reminded, the city
 * is told it is overdue, the history says so, and the bell counts and clears. Then the bell in a browser, on a reminder
 * of its own.
 */
@ExtendWith(ArquillianExtension.class)
class DeadlineIT {
    static final String JINYUN = "331122";
    /** A past year of Lishui that no other test uses, so that its due dates are this test's own. */
    static final int YEAR = 2019;

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    NotificationService notifications;

    @Inject
    AppraisalService appraisals;

    @Inject
    WorkflowService workflow;

    @Inject
    Event<DeadlineReached> deadlines;

    @Inject
    Event<GradesPublished> published;

    @ArquillianResource
    URL base;

    @Test
    void anOverdueCountyReviewRemindsTheCountyAndEscalatesToTheCityOnce() {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        // the report was due two days ago, the county review yesterday (days in order, as the cycle demands)
        CycleData cycle = fixtures.cycleWithDeadlines(YEAR, today.minusDays(2), today.minusDays(1));
        Actor county = fixtures.user("it-dl-county", Role.COUNTY_OFFICIAL, JINYUN, null);
        Actor city = fixtures.user("it-dl-city", Role.MUNICIPAL_OFFICIAL, "331100", null);
        var complex = fixtures.complexIn(JINYUN);
        Actor operator = fixtures.user("it-dl-op", Role.OPERATOR, JINYUN, complex.id());
        Fixtures.Case c = fixtures.atReportStepIn(cycle, complex, operator);

        TaskInfo report = fixtures.onlyTask(c.appraisal());
        assertThat(report.due())
                .as("due at the end of the report day in Lishui")
                .isEqualTo(cycle.reportDue()
                        .atTime(23, 59, 59)
                        .atZone(java.time.ZoneId.of("Asia/Shanghai"))
                        .toInstant());
        // the report's timers were due when its task opened; the async executor picks them up on its next round
        fixtures.waitUntil(
                Duration.ofSeconds(60),
                () -> fixtures.events(c.appraisal().id(), "REMINDED") == 1
                        && fixtures.events(c.appraisal().id(), "ESCALATED") == 1);
        List<NotificationData> toOperator = notifications.latest(operator, 10);
        assertThat(kinds(toOperator)).isEqualTo(List.of("REMIND"));
        assertThat(toOperator.get(0).taskId()).isEqualTo(report.id());
        assertThat(kinds(notifications.latest(county, 10)))
                .as("a late report goes up to the county")
                .isEqualTo(List.of("ESCALATE"));
        notifications.markAllRead(county);

        fixtures.submit(c);
        TaskInfo review = fixtures.onlyTask(c.appraisal());
        assertThat(review.definitionKey()).isEqualTo("countyReview");
        assertThat(review.due().isBefore(java.time.Instant.now())).isTrue();
        fixtures.waitUntil(
                Duration.ofSeconds(60),
                () -> fixtures.events(c.appraisal().id(), "REMINDED") == 2
                        && fixtures.events(c.appraisal().id(), "ESCALATED") == 2);

        assertThat(notifications.unreadCount(county)).isEqualTo(1);
        NotificationData mine = notifications.latest(county, 1).get(0);
        assertThat(mine.kind()).isEqualTo("REMIND");
        assertThat(mine.messageKey()).isEqualTo("appraisal.notify.remind");
        assertThat(mine.taskId()).isEqualTo(review.id());
        assertThat(mine.reportId()).isEqualTo(c.report().id());
        assertThat(mine.args().contains("#workflow.step.countyReview"))
                .as(mine.args().toString())
                .isTrue();
        assertThat(mine.unread()).isTrue();
        List<NotificationData> toCity = notifications.latest(city, 10);
        assertThat(kinds(toCity)).as("a late county review goes up to the city").isEqualTo(List.of("ESCALATE"));
        assertThat(toCity.get(0).reportId()).isEqualTo(c.report().id());
        assertThat(fixtures.onlyTask(c.appraisal()).id())
                .as("the task is still open, the same one")
                .isEqualTo(review.id());

        // the same task's reminder again (a retried job, a second node) is not sent twice
        deadlines.fire(new DeadlineReached(
                DeadlineReached.Kind.REMIND,
                c.appraisal().processInstanceId(),
                "countyReview",
                List.of(review.id()),
                review.due()));
        assertThat(notifications.unreadCount(county)).isEqualTo(1);
        assertThat(fixtures.events(c.appraisal().id(), "REMINDED")).isEqualTo(2);

        // the bell: read one, the count drops; someone else's id is ignored
        notifications.markRead(county, mine.id());
        assertThat(notifications.unreadCount(county)).isEqualTo(0);
        notifications.markRead(operator, toCity.get(0).id());
        assertThat(notifications.unreadCount(city)).isEqualTo(1);
        assertThat(notifications.markAllRead(city)).isEqualTo(1);
        assertThat(notifications.unreadCount(city)).isEqualTo(0);

        // a return tells the operators; the re-opened report step is a new task with fresh (already due) timers
        notifications.markAllRead(operator);
        appraisals.complete(review.id(), county, new StepInput.Review(false, "请补充证明材料"));
        String again = fixtures.onlyTask(c.appraisal()).id();
        assertThat(again).isNotEqualTo(report.id());
        fixtures.waitUntil(
                Duration.ofSeconds(60),
                () -> fixtures.events(c.appraisal().id(), "REMINDED") == 3
                        && fixtures.events(c.appraisal().id(), "ESCALATED") == 3);
        List<NotificationData> back = notifications.latest(operator, 10);
        List<NotificationData> returned =
                back.stream().filter(n -> n.kind().equals("RETURNED")).toList();
        assertThat(returned.size()).as(back.toString()).isEqualTo(1);
        assertThat(returned.get(0).args().containsAll(List.of("#workflow.step.countyReview", "请补充证明材料")))
                .isTrue();
        assertThat(returned.get(0).taskId()).isEqualTo(again);
        assertThat(back.stream()
                        .filter(n -> n.kind().equals("REMIND"))
                        .map(NotificationData::taskId)
                        .collect(java.util.stream.Collectors.toSet()))
                .isEqualTo(java.util.Set.of(report.id(), again));

        // publication tells the complex's operators
        published.fire(new GradesPublished(cycle.id(), List.of(c.appraisal().id()), "it"));
        assertThat(kinds(notifications.latest(operator, 1))).isEqualTo(List.of("GRADE_PUBLISHED"));
        assertThat(notifications.unreadCount(operator)).isEqualTo(3);
    }

    private static List<String> kinds(List<NotificationData> list) {
        return list.stream().map(NotificationData::kind).toList();
    }

    @Test
    @RunAsClient
    void theBellShowsTheCountTheLatestAndClears() {
        // county-jinyun belongs to the county group, so this overdue county review's reminder reached them as well
        CaseFixturesServlet.post(base, "bell-reminder?county=" + JINYUN + "&year=" + YEAR);
        try (Browser b = new Browser(base, "deadlines")) {
            b.login("county-jinyun", AppraisalJourneyIT.PASSWORD);
            b.waitFor(By.cssSelector("[id='headerForm:bell'] .ui-badge"));
            b.click(By.id("headerForm:bell"));
            b.waitForText("提醒：", "县级审核", "全部标为已读");
            b.screenshot("bell-open-zh");

            b.click(By.id("headerForm:lang"));
            b.waitForText("Log out");
            b.click(By.id("headerForm:bell"));
            b.waitForText("Reminder:", "County review", "Mark all read");
            b.screenshot("bell-open-en");

            b.click(By.id("headerForm:markAll"));
            // the badge goes with the ajax answer; checked before leaving the page, because a timer job of another
            // test may notify this county official again at any moment afterwards
            b.waitForAbsent(
                    By.cssSelector("[id='headerForm:bell'] .ui-badge"),
                    "unread notifications left after 'mark all read'");
            b.open("/appraisal/notifications.xhtml");
            b.waitForText("Reminder:", "Mark all read");
            b.screenshot("notifications-page-en");
        }
    }
}
