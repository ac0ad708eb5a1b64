package org.innocomplex.web.it;

import java.util.Map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.access.api.Role;
import org.innocomplex.appraisal.api.AppraisalService;
import org.innocomplex.appraisal.api.InboxItem;
import org.innocomplex.appraisal.api.InboxQuery;
import org.innocomplex.appraisal.api.InboxService;
import org.innocomplex.appraisal.api.StepCount;
import org.innocomplex.appraisal.api.StepInput;
import org.innocomplex.workflow.api.TaskInfo;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The inbox read from its own table: who sees what (county A never sees county B), filters, sort and paging, the
 * counts per step, claims, and the handled list. The database is shared with other tests and the demo data, so the
 * assertions look at the tasks this test made and at differences in counts.
 */
@ExtendWith(ArquillianExtension.class)
class InboxIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    Fixtures fixtures;
    @Inject
    InboxService inbox;
    @Inject
    AppraisalService appraisals;

    private static Set<String> ids(List<InboxItem> items) {
        Set<String> ids = new HashSet<>();
        items.forEach(i -> ids.add(i.taskId()));
        return ids;
    }

    private long stepCount(Actor a, String step) {
        return inbox.countsByStep(a).stream().filter(c -> c.stepKey().equals(step)).mapToLong(StepCount::count)
                .sum();
    }

    @Test
    void anOfficialSeesTheTasksOfTheirCountyOnlyWithTheirDetails() {
        Actor jinyun = Fixtures.county("331122");
        Actor longquan = Fixtures.county("331181");
        long before = stepCount(jinyun, "countyReview");
        Fixtures.Case a = fixtures.atCountyReview("331122");
        Fixtures.Case b = fixtures.atCountyReview("331181");
        String taskA = fixtures.onlyTask(a.appraisal()).id();
        String taskB = fixtures.onlyTask(b.appraisal()).id();

        List<InboxItem> mine = inbox.page(jinyun, InboxQuery.all().withStep("countyReview"), 0, 10_000);
        assertTrue(ids(mine).contains(taskA));
        assertFalse(ids(mine).contains(taskB), "county A never sees county B's task");
        assertFalse(ids(inbox.page(longquan, InboxQuery.all(), 0, 10_000)).contains(taskA));
        InboxItem item = mine.stream().filter(i -> i.taskId().equals(taskA)).findFirst().orElseThrow();
        assertEquals(a.complex().nameZh(), item.complexNameZh());
        assertEquals(a.complex().nameEn(), item.complexNameEn());
        assertEquals("331122", item.countyCode());
        assertEquals(a.report().cycleId(), item.cycleId());
        assertEquals("review", item.formKey());
        assertEquals(before + 1, stepCount(jinyun, "countyReview"), "the step count grew by this task");
        assertEquals(inbox.countsByStep(jinyun).stream().mapToLong(StepCount::count).sum(),
                inbox.count(jinyun, InboxQuery.all()), "the step counts add up to the pager's total");
        // the operator's own inbox: its report step went away when submitted, and nothing of the county's is there
        assertTrue(inbox.page(a.operator(), InboxQuery.all(), 0, 100).isEmpty());
    }

    @Test
    void filtersSortAndPagesRunInTheQuery() {
        Actor jinyun = Fixtures.county("331122");
        // enough reviews for two pages of two, whatever else the database holds
        fixtures.atCountyReview("331122");
        fixtures.atCountyReview("331122");
        Fixtures.Case review = fixtures.atCountyReview("331122");
        Fixtures.Case returned = fixtures.returnToOperator(fixtures.atCountyReview("331122"));
        String reviewTask = fixtures.onlyTask(review.appraisal()).id();

        List<InboxItem> reviews = inbox.page(jinyun, InboxQuery.all().withStep("countyReview"), 0, 10_000);
        assertTrue(reviews.stream().allMatch(i -> i.stepKey().equals("countyReview")));
        assertEquals(inbox.count(jinyun, InboxQuery.all().withStep("countyReview")), reviews.size());
        assertTrue(ids(reviews).contains(reviewTask));
        assertTrue(ids(inbox.page(jinyun, InboxQuery.all(), 0, 10_000)).stream()
                .noneMatch(fixtures.onlyTask(returned.appraisal()).id()::equals), "the operator's task is not the county's");

        // cycle filter: a cycle id that does not exist has nothing
        assertTrue(inbox.page(jinyun, InboxQuery.all().withCycle(-1L), 0, 10).isEmpty());
        assertTrue(ids(inbox.page(jinyun, InboxQuery.all().withCycle(review.report().cycleId()), 0, 10_000))
                .contains(reviewTask));

        // overdue: only a task past its due date, and it is marked
        fixtures.dueAt(reviewTask, LocalDateTime.now(ZoneOffset.UTC).minusDays(2));
        List<InboxItem> overdue = inbox.page(jinyun, InboxQuery.all().withOverdueOnly(true), 0, 10_000);
        assertTrue(ids(overdue).contains(reviewTask));
        assertTrue(overdue.stream().allMatch(InboxItem::overdue));
        assertEquals(overdue.size(), inbox.count(jinyun, InboxQuery.all().withOverdueOnly(true)));

        // newest first by default; pages do not overlap and follow each other
        List<InboxItem> all = inbox.page(jinyun, InboxQuery.all(), 0, 10_000);
        for (int i = 1; i < all.size(); i++) {
            assertFalse(all.get(i).created().isAfter(all.get(i - 1).created()), "newest first");
        }
        List<InboxItem> p1 = inbox.page(jinyun, InboxQuery.all(), 0, 2);
        List<InboxItem> p2 = inbox.page(jinyun, InboxQuery.all(), 2, 2);
        assertEquals(2, p1.size());
        assertTrue(ids(p1).stream().noneMatch(ids(p2)::contains));
        List<InboxItem> oldest = inbox.page(jinyun, InboxQuery.all().sortedBy(InboxQuery.Sort.CREATED, true), 0, 10_000);
        assertEquals(all.get(all.size() - 1).taskId(), oldest.get(0).taskId(), "ascending turns the order round");
        List<InboxItem> byName = inbox.page(jinyun, InboxQuery.all().sortedBy(InboxQuery.Sort.COMPLEX, true), 0, 10_000);
        List<InboxItem> byNameDesc = inbox.page(jinyun, InboxQuery.all().sortedBy(InboxQuery.Sort.COMPLEX, false), 0, 10_000);
        assertEquals(all.size(), byName.size());
        assertEquals(byName.get(0).complexNameZh(), byNameDesc.get(byNameDesc.size() - 1).complexNameZh(),
                "by name, in the database's collation, both ways");
        assertTrue(byName.get(0).complexNameZh().compareTo(byNameDesc.get(0).complexNameZh()) <= 0);

        // a municipal official filters by county within the city
        Actor municipal = Fixtures.municipal();
        appraisals.complete(reviewTask, jinyun, new StepInput.Review(true, null));
        List<InboxItem> city = inbox.page(municipal, InboxQuery.all().withCounty("331122"), 0, 10_000);
        assertTrue(city.stream().allMatch(i -> i.countyCode().equals("331122")));
        assertTrue(city.stream().anyMatch(i -> i.reportId().equals(review.report().id())
                && i.stepKey().equals("municipalReview")));
        assertTrue(inbox.page(municipal, InboxQuery.all().withCounty("331181"), 0, 10_000).stream()
                .noneMatch(i -> i.reportId().equals(review.report().id())));
    }

    @Test
    void aClaimedTaskIsTheClaimantsUntilReleased() {
        Actor first = Fixtures.county("331122");
        Actor second = Fixtures.secondCounty("331122");
        Fixtures.Case c = fixtures.atCountyReview("331122");
        TaskInfo task = fixtures.onlyTask(c.appraisal());

        inbox.claim(first, task.id());
        inbox.claim(first, task.id()); // again: nothing changes
        assertEquals(first.username(), fixtures.workItem(task.id()).get(1));
        InboxItem seen = inbox.page(second, InboxQuery.all().withStep("countyReview"), 0, 10_000).stream()
                .filter(i -> i.taskId().equals(task.id())).findFirst().orElseThrow();
        assertEquals(first.username(), seen.claimedBy(), "the colleague still sees it, and who holds it");

        var e = assertThrows(DomainException.class, () -> inbox.claim(second, task.id()));
        assertEquals("inbox.error.claimedBy", e.key());
        var c2 = assertThrows(DomainException.class,
                () -> appraisals.complete(task.id(), second, new StepInput.Review(true, null)));
        assertEquals("inbox.error.claimedBy", c2.key());
        assertEquals(0, fixtures.events(c.appraisal().id(), "APPROVED"));
        assertThrows(NotAuthorizedException.class, () -> inbox.claim(Fixtures.county("331181"), task.id()));
        assertThrows(NotAuthorizedException.class, () -> inbox.claim(c.operator(), task.id()));

        // a colleague may release it (the claimant may be away), then take it
        inbox.unclaim(second, task.id());
        assertNull(fixtures.workItem(task.id()).get(1));
        inbox.claim(second, task.id());
        appraisals.complete(task.id(), second, new StepInput.Review(true, "同意"));
        assertEquals(List.of("DONE", second.username(), second.username(), "group:county:331122"),
                fixtures.workItem(task.id()));
    }

    @Test
    void theHandledListKeepsWhatTheOfficialCompleted() {
        Actor official = new Actor("it-handler-" + System.nanoTime(), "IT handler", Role.COUNTY_OFFICIAL, "331122",
                null);
        Fixtures.Case c = fixtures.atCountyReview("331122");
        TaskInfo task = fixtures.onlyTask(c.appraisal());
        assertEquals(0, inbox.handledCount(official));

        appraisals.complete(task.id(), official, new StepInput.Review(true, null));

        List<InboxItem> done = inbox.handled(official, 0, 25);
        assertEquals(1, done.size());
        assertEquals(task.id(), done.get(0).taskId());
        assertEquals(official.username(), done.get(0).completedBy());
        assertTrue(done.get(0).completed() != null);
        assertFalse(ids(inbox.page(official, InboxQuery.all(), 0, 10_000)).contains(task.id()),
                "a completed task leaves the open list");
        assertEquals(1, inbox.handledCount(official));
    }

    private Map<String, Long> counted(Actor a) {
        Map<String, Long> m = new java.util.TreeMap<>();
        inbox.countsByStep(a).forEach(c -> m.put(c.stepKey(), c.count()));
        return m;
    }

    @Test
    void theRunningCountsEqualTheRowsThroughEveryKindOfChangeAndFoldWithoutChangingThem() {
        String county = "331127";
        Actor official = Fixtures.county(county);
        String group = "group:county:" + county;
        // submitted (county review opens), approved (it leaves for the city), returned (the operator's step opens)
        Fixtures.Case a = fixtures.atCountyReview(county);
        Fixtures.Case b = fixtures.atCountyReview(county);
        Fixtures.Case c = fixtures.atCountyReview(county);
        appraisals.complete(fixtures.onlyTask(a.appraisal()).id(), official, new StepInput.Review(true, "同意"));
        fixtures.returnToOperator(b);
        inbox.claim(official, fixtures.onlyTask(c.appraisal()).id());
        assertEquals(fixtures.openFromRows(group), counted(official));
        Map<String, Long> operatorRows = new java.util.TreeMap<>(fixtures.openFromRows("user:" + b.operator().username()));
        b.operator().groups().forEach(g -> fixtures.openFromRows("group:" + g)
                .forEach((step, n) -> operatorRows.merge(step, n, Long::sum)));
        assertEquals(operatorRows, counted(b.operator()));
        assertTrue(operatorRows.getOrDefault("report", 0L) >= 1, "the returned report waits for its operator");
        assertEquals(fixtures.handledFromRows(official.username()), inbox.handledCount(official));
        assertEquals(inbox.countsByStep(official).stream().mapToLong(StepCount::count).sum(),
                inbox.count(official, InboxQuery.all()));

        // many events leave many rows: a read folds them into one per step, and the figures stay
        fixtures.cancellingDeltas(group, "countyReview", 40);
        assertTrue(fixtures.countRows(group) > 64);
        Map<String, Long> before = fixtures.openFromRows(group);
        assertEquals(before, counted(official));
        assertTrue(fixtures.countRows(group) <= before.size(), "folded: " + fixtures.countRows(group) + " rows");
        assertEquals(before, counted(official));
    }
}
