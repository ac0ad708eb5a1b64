package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
        return inbox.countsByStep(a).stream()
                .filter(c -> c.stepKey().equals(step))
                .mapToLong(StepCount::count)
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
        assertThat(ids(mine).contains(taskA)).isTrue();
        assertThat(ids(mine).contains(taskB))
                .as("county A never sees county B's task")
                .isFalse();
        assertThat(ids(inbox.page(longquan, InboxQuery.all(), 0, 10_000)).contains(taskA))
                .isFalse();
        InboxItem item =
                mine.stream().filter(i -> i.taskId().equals(taskA)).findFirst().orElseThrow();
        assertThat(item.complexNameZh()).isEqualTo(a.complex().nameZh());
        assertThat(item.complexNameEn()).isEqualTo(a.complex().nameEn());
        assertThat(item.countyCode()).isEqualTo("331122");
        assertThat(item.cycleId()).isEqualTo(a.report().cycleId());
        assertThat(item.formKey()).isEqualTo("review");
        assertThat(stepCount(jinyun, "countyReview"))
                .as("the step count grew by this task")
                .isEqualTo(before + 1);
        assertThat(inbox.count(jinyun, InboxQuery.all()))
                .as("the step counts add up to the pager's total")
                .isEqualTo(inbox.countsByStep(jinyun).stream()
                        .mapToLong(StepCount::count)
                        .sum());
        // the operator's own inbox: its report step went away when submitted, and nothing of the county's is there
        assertThat(inbox.page(a.operator(), InboxQuery.all(), 0, 100).isEmpty()).isTrue();
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
        assertThat(reviews.stream().allMatch(i -> i.stepKey().equals("countyReview")))
                .isTrue();
        assertThat(reviews.size())
                .isEqualTo(inbox.count(jinyun, InboxQuery.all().withStep("countyReview")));
        assertThat(ids(reviews).contains(reviewTask)).isTrue();
        assertThat(ids(inbox.page(jinyun, InboxQuery.all(), 0, 10_000)).stream()
                        .noneMatch(fixtures.onlyTask(returned.appraisal()).id()::equals))
                .as("the operator's task is not the county's")
                .isTrue();

        // cycle filter: a cycle id that does not exist has nothing
        assertThat(inbox.page(jinyun, InboxQuery.all().withCycle(-1L), 0, 10).isEmpty())
                .isTrue();
        assertThat(ids(inbox.page(
                                jinyun,
                                InboxQuery.all().withCycle(review.report().cycleId()),
                                0,
                                10_000))
                        .contains(reviewTask))
                .isTrue();

        // overdue: only a task past its due date, and it is marked
        fixtures.dueAt(reviewTask, LocalDateTime.now(ZoneOffset.UTC).minusDays(2));
        List<InboxItem> overdue = inbox.page(jinyun, InboxQuery.all().withOverdueOnly(true), 0, 10_000);
        assertThat(ids(overdue).contains(reviewTask)).isTrue();
        assertThat(overdue.stream().allMatch(InboxItem::overdue)).isTrue();
        assertThat(inbox.count(jinyun, InboxQuery.all().withOverdueOnly(true))).isEqualTo(overdue.size());

        // newest first by default; pages do not overlap and follow each other
        List<InboxItem> all = inbox.page(jinyun, InboxQuery.all(), 0, 10_000);
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).created().isAfter(all.get(i - 1).created()))
                    .as("newest first")
                    .isFalse();
        }
        List<InboxItem> p1 = inbox.page(jinyun, InboxQuery.all(), 0, 2);
        List<InboxItem> p2 = inbox.page(jinyun, InboxQuery.all(), 2, 2);
        assertThat(p1.size()).isEqualTo(2);
        assertThat(ids(p1).stream().noneMatch(ids(p2)::contains)).isTrue();
        List<InboxItem> oldest =
                inbox.page(jinyun, InboxQuery.all().sortedBy(InboxQuery.Sort.CREATED, true), 0, 10_000);
        assertThat(oldest.get(0).taskId())
                .as("ascending turns the order round")
                .isEqualTo(all.get(all.size() - 1).taskId());
        List<InboxItem> byName =
                inbox.page(jinyun, InboxQuery.all().sortedBy(InboxQuery.Sort.COMPLEX, true), 0, 10_000);
        List<InboxItem> byNameDesc =
                inbox.page(jinyun, InboxQuery.all().sortedBy(InboxQuery.Sort.COMPLEX, false), 0, 10_000);
        assertThat(byName.size()).isEqualTo(all.size());
        assertThat(byNameDesc.get(byNameDesc.size() - 1).complexNameZh())
                .as("by name, in the database's collation, both ways")
                .isEqualTo(byName.get(0).complexNameZh());
        assertThat(byName.get(0).complexNameZh().compareTo(byNameDesc.get(0).complexNameZh()) <= 0)
                .isTrue();

        // a municipal official filters by county within the city
        Actor municipal = Fixtures.municipal();
        appraisals.complete(reviewTask, jinyun, new StepInput.Review(true, null));
        List<InboxItem> city = inbox.page(municipal, InboxQuery.all().withCounty("331122"), 0, 10_000);
        assertThat(city.stream().allMatch(i -> i.countyCode().equals("331122"))).isTrue();
        assertThat(city.stream()
                        .anyMatch(i -> i.reportId().equals(review.report().id())
                                && i.stepKey().equals("municipalReview")))
                .isTrue();
        assertThat(inbox.page(municipal, InboxQuery.all().withCounty("331181"), 0, 10_000).stream()
                        .noneMatch(i -> i.reportId().equals(review.report().id())))
                .isTrue();
    }

    @Test
    void aClaimedTaskIsTheClaimantsUntilReleased() {
        Actor first = Fixtures.county("331122");
        Actor second = Fixtures.secondCounty("331122");
        Fixtures.Case c = fixtures.atCountyReview("331122");
        TaskInfo task = fixtures.onlyTask(c.appraisal());

        inbox.claim(first, task.id());
        inbox.claim(first, task.id()); // again: nothing changes
        assertThat(fixtures.workItem(task.id()).get(1)).isEqualTo(first.username());
        InboxItem seen = inbox.page(second, InboxQuery.all().withStep("countyReview"), 0, 10_000).stream()
                .filter(i -> i.taskId().equals(task.id()))
                .findFirst()
                .orElseThrow();
        assertThat(seen.claimedBy())
                .as("the colleague still sees it, and who holds it")
                .isEqualTo(first.username());

        var e = assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> inbox.claim(second, task.id()))
                .actual();
        assertThat(e.key()).isEqualTo("appraisal.inbox.error.claimedBy");
        var c2 = assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> appraisals.complete(task.id(), second, new StepInput.Review(true, null)))
                .actual();
        assertThat(c2.key()).isEqualTo("appraisal.inbox.error.claimedBy");
        assertThat(fixtures.events(c.appraisal().id(), "APPROVED")).isEqualTo(0);
        assertThatExceptionOfType(NotAuthorizedException.class)
                .isThrownBy(() -> inbox.claim(Fixtures.county("331181"), task.id()));
        assertThatExceptionOfType(NotAuthorizedException.class).isThrownBy(() -> inbox.claim(c.operator(), task.id()));

        // a colleague may release it (the claimant may be away), then take it
        inbox.unclaim(second, task.id());
        assertThat(fixtures.workItem(task.id()).get(1)).isNull();
        inbox.claim(second, task.id());
        appraisals.complete(task.id(), second, new StepInput.Review(true, "同意"));
        assertThat(fixtures.workItem(task.id()))
                .isEqualTo(List.of("DONE", second.username(), second.username(), "group:county:331122"));
    }

    @Test
    void theHandledListKeepsWhatTheOfficialCompleted() {
        Actor official =
                new Actor("it-handler-" + System.nanoTime(), "IT handler", Role.COUNTY_OFFICIAL, "331122", null);
        Fixtures.Case c = fixtures.atCountyReview("331122");
        TaskInfo task = fixtures.onlyTask(c.appraisal());
        assertThat(inbox.handledCount(official)).isEqualTo(0);

        appraisals.complete(task.id(), official, new StepInput.Review(true, null));

        List<InboxItem> done = inbox.handled(official, 0, 25);
        assertThat(done.size()).isEqualTo(1);
        assertThat(done.get(0).taskId()).isEqualTo(task.id());
        assertThat(done.get(0).completedBy()).isEqualTo(official.username());
        assertThat(done.get(0).completed() != null).isTrue();
        assertThat(ids(inbox.page(official, InboxQuery.all(), 0, 10_000)).contains(task.id()))
                .as("a completed task leaves the open list")
                .isFalse();
        assertThat(inbox.handledCount(official)).isEqualTo(1);
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
        assertThat(counted(official)).isEqualTo(fixtures.openFromRows(group));
        Map<String, Long> operatorRows = new java.util.TreeMap<>(
                fixtures.openFromRows("user:" + b.operator().username()));
        b.operator()
                .groups()
                .forEach(g -> fixtures.openFromRows("group:" + g)
                        .forEach((step, n) -> operatorRows.merge(step, n, Long::sum)));
        assertThat(counted(b.operator())).isEqualTo(operatorRows);
        assertThat(operatorRows.getOrDefault("report", 0L) >= 1)
                .as("the returned report waits for its operator")
                .isTrue();
        assertThat(inbox.handledCount(official)).isEqualTo(fixtures.handledFromRows(official.username()));
        assertThat(inbox.count(official, InboxQuery.all()))
                .isEqualTo(inbox.countsByStep(official).stream()
                        .mapToLong(StepCount::count)
                        .sum());

        // many events leave many rows: a read folds them into one per step, and the figures stay
        fixtures.cancellingDeltas(group, "countyReview", 40);
        assertThat(fixtures.countRows(group) > 64).isTrue();
        Map<String, Long> before = fixtures.openFromRows(group);
        assertThat(counted(official)).isEqualTo(before);
        assertThat(fixtures.countRows(group) <= before.size())
                .as("folded: " + fixtures.countRows(group) + " rows")
                .isTrue();
        assertThat(counted(official)).isEqualTo(before);
    }
}
