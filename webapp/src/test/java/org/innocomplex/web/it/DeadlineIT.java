package org.innocomplex.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.innocomplex.appraisal.api.NotificationService;
import org.innocomplex.appraisal.api.NotificationView;
import org.innocomplex.appraisal.api.StepInput;
import org.innocomplex.submission.api.CycleView;
import org.innocomplex.workflow.api.DeadlineReached;
import org.innocomplex.workflow.api.TaskInfo;
import org.innocomplex.workflow.api.WorkflowService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Deadlines for real: a cycle whose county review was due yesterday, the report submitted, and the engine's own
 * async executor firing the county review's timers as Flowable jobs; the county officials are reminded, the city
 * is told it is overdue, the history says so, and the bell counts and clears. Then the bell in a browser.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
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
    @Order(1)
    void anOverdueCountyReviewRemindsTheCountyAndEscalatesToTheCityOnce() {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        // the report was due two days ago, the county review yesterday (days in order, as the cycle demands)
        CycleView cycle = fixtures.cycleWithDeadlines(YEAR, today.minusDays(2), today.minusDays(1));
        Actor county = fixtures.user("it-dl-county", Role.COUNTY_OFFICIAL, JINYUN, null);
        Actor city = fixtures.user("it-dl-city", Role.MUNICIPAL_OFFICIAL, "331100", null);
        var complex = fixtures.complexIn(JINYUN);
        Actor operator = fixtures.user("it-dl-op", Role.OPERATOR, JINYUN, complex.id());
        Fixtures.Case c = fixtures.atReportStepIn(cycle, complex, operator);

        TaskInfo report = fixtures.onlyTask(c.appraisal());
        assertEquals(cycle.reportDue().atTime(23, 59, 59).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant(),
                report.due(), "due at the end of the report day in Lishui");
        // the report's timers were due when its task opened; the async executor picks them up on its next round
        fixtures.waitUntil(Duration.ofSeconds(60), () -> fixtures.events(c.appraisal().id(), "REMINDED") == 1
                && fixtures.events(c.appraisal().id(), "ESCALATED") == 1);
        List<NotificationView> toOperator = notifications.latest(operator, 10);
        assertEquals(List.of("REMIND"), kinds(toOperator));
        assertEquals(report.id(), toOperator.get(0).taskId());
        assertEquals(List.of("ESCALATE"), kinds(notifications.latest(county, 10)), "a late report goes up to the county");
        notifications.markAllRead(county);

        fixtures.submit(c);
        TaskInfo review = fixtures.onlyTask(c.appraisal());
        assertEquals("countyReview", review.definitionKey());
        assertTrue(review.due().isBefore(java.time.Instant.now()));
        fixtures.waitUntil(Duration.ofSeconds(60), () -> fixtures.events(c.appraisal().id(), "REMINDED") == 2
                && fixtures.events(c.appraisal().id(), "ESCALATED") == 2);

        assertEquals(1, notifications.unreadCount(county));
        NotificationView mine = notifications.latest(county, 1).get(0);
        assertEquals("REMIND", mine.kind());
        assertEquals("notify.remind", mine.messageKey());
        assertEquals(review.id(), mine.taskId());
        assertEquals(c.report().id(), mine.reportId());
        assertTrue(mine.args().contains("#workflow.step.countyReview"), mine.args().toString());
        assertTrue(mine.unread());
        List<NotificationView> toCity = notifications.latest(city, 10);
        assertEquals(List.of("ESCALATE"), kinds(toCity), "a late county review goes up to the city");
        assertEquals(c.report().id(), toCity.get(0).reportId());
        assertEquals(review.id(), fixtures.onlyTask(c.appraisal()).id(), "the task is still open, the same one");

        // the same task's reminder again (a retried job, a second node) is not sent twice
        deadlines.fire(new DeadlineReached(DeadlineReached.Kind.REMIND, c.appraisal().processInstanceId(),
                "countyReview", List.of(review.id()), review.due()));
        assertEquals(1, notifications.unreadCount(county));
        assertEquals(2, fixtures.events(c.appraisal().id(), "REMINDED"));

        // the bell: read one, the count drops; someone else's id is ignored
        notifications.markRead(county, mine.id());
        assertEquals(0, notifications.unreadCount(county));
        notifications.markRead(operator, toCity.get(0).id());
        assertEquals(1, notifications.unreadCount(city));
        assertEquals(1, notifications.markAllRead(city));
        assertEquals(0, notifications.unreadCount(city));

        // a return tells the operators; the re-opened report step is a new task with fresh (already due) timers
        notifications.markAllRead(operator);
        appraisals.complete(review.id(), county, new StepInput.Review(false, "请补充证明材料"));
        String again = fixtures.onlyTask(c.appraisal()).id();
        assertNotEquals(report.id(), again);
        fixtures.waitUntil(Duration.ofSeconds(60), () -> fixtures.events(c.appraisal().id(), "REMINDED") == 3
                && fixtures.events(c.appraisal().id(), "ESCALATED") == 3);
        List<NotificationView> back = notifications.latest(operator, 10);
        List<NotificationView> returned = back.stream().filter(n -> n.kind().equals("RETURNED")).toList();
        assertEquals(1, returned.size(), back.toString());
        assertTrue(returned.get(0).args().containsAll(List.of("#workflow.step.countyReview", "请补充证明材料")));
        assertEquals(again, returned.get(0).taskId());
        assertEquals(java.util.Set.of(report.id(), again), back.stream().filter(n -> n.kind().equals("REMIND"))
                .map(NotificationView::taskId).collect(java.util.stream.Collectors.toSet()));

        // publication tells the complex's operators
        published.fire(new GradesPublished(cycle.id(), List.of(c.appraisal().id()), "it"));
        assertEquals(List.of("GRADE_PUBLISHED"), kinds(notifications.latest(operator, 1)));
        assertEquals(3, notifications.unreadCount(operator));
    }

    private static List<String> kinds(List<NotificationView> list) {
        return list.stream().map(NotificationView::kind).toList();
    }

    @Test
    @Order(2)
    @RunAsClient
    void theBellShowsTheCountTheLatestAndClears() throws InterruptedException {
        try (Browser b = new Browser(base, "deadlines")) {
            // county-jinyun belongs to the county group, so the first test's reminder reached them as well
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
            // (a plain loop: a lambda over the Browser would put it in a method signature of this in-container class)
            long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (b.present(By.cssSelector("[id='headerForm:bell'] .ui-badge"))) {
                if (System.nanoTime() > until) {
                    throw new AssertionError("unread notifications left after 'mark all read'");
                }
                Thread.sleep(250);
            }
            b.open("/appraisal/notifications.xhtml");
            b.waitForText("Reminder:", "Mark all read");
            b.screenshot("notifications-page-en");
        }
    }
}
