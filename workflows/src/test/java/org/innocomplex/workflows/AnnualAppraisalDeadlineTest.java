package org.innocomplex.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowable.engine.ManagementService;
import org.flowable.engine.delegate.DelegateHelper;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The deadline timers, driven by moving Flowable's clock and executing the due timer jobs as the async executor
 * would; a counting {@code deadlineNotifier} records each call.
 */
class AnnualAppraisalDeadlineTest extends FlowableProcessTestSupport {

    /** One call of the delegate: its kind, and the open tasks of the instance at that moment. */
    record Call(String kind, String processInstanceId, List<String> taskKeys, List<String> taskIds) {}

    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());

    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    private long reportIds = 7000;

    @Override
    protected Map<Object, Object> beans() {
        JavaDelegate counting = execution -> {
            String kind = (String)
                    DelegateHelper.getFieldExpression(execution, "kind").getValue(execution);
            List<Task> open = CommandContextUtil.getProcessEngineConfiguration()
                    .getTaskService()
                    .createTaskQuery()
                    .processInstanceId(execution.getProcessInstanceId())
                    .list();
            calls.add(new Call(
                    kind,
                    execution.getProcessInstanceId(),
                    open.stream().map(Task::getTaskDefinitionKey).toList(),
                    open.stream().map(Task::getId).toList()));
        };
        return Map.of("deadlineNotifier", counting);
    }

    @BeforeEach
    void resetClock() {
        calls.clear();
        processEngine.getProcessEngineConfiguration().getClock().setCurrentTime(Date.from(T0));
    }

    @AfterEach
    void realClock() {
        processEngine.getProcessEngineConfiguration().getClock().reset();
    }

    private void clock(Instant now) {
        processEngine.getProcessEngineConfiguration().getClock().setCurrentTime(Date.from(now));
    }

    /** Runs every timer job of the instance that is due at the current clock, as the async executor would. */
    private int fireDueTimers(ProcessInstance instance) {
        ManagementService management = processEngine.getManagementService();
        List<Job> due = management
                .createTimerJobQuery()
                .processInstanceId(instance.getId())
                .executable()
                .list();
        for (Job timer : due) {
            Job executable = management.moveTimerToExecutableJob(timer.getId());
            management.executeJob(executable.getId());
        }
        return due.size();
    }

    private List<String> timerElements(ProcessInstance instance) {
        return processEngine
                .getManagementService()
                .createTimerJobQuery()
                .processInstanceId(instance.getId())
                .list()
                .stream()
                .map(Job::getElementId)
                .sorted()
                .toList();
    }

    private ProcessInstance startWithDeadlines(Instant reportDue, Instant reportRemindAt) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("reportDue", Date.from(reportDue));
        vars.put("reportRemindAt", Date.from(reportRemindAt));
        vars.put("countyDue", Date.from(reportDue.plus(Duration.ofDays(10))));
        vars.put("countyRemindAt", Date.from(reportDue.plus(Duration.ofDays(7))));
        return startAppraisal(reportIds++, COMPLEX_ID, COUNTY_CODE, CITY_CODE, vars);
    }

    @Test
    @DisplayName("the report task is due at reportDue; the reminder fires at reportRemindAt and not a minute earlier")
    void reminderBeforeDue() {
        Instant due = T0.plus(Duration.ofDays(10));
        Instant remindAt = due.minus(Duration.ofDays(3));
        ProcessInstance instance = startWithDeadlines(due, remindAt);
        Task report = assertReportTask(instance);
        assertThat(report.getDueDate()).isEqualTo(Date.from(due));
        assertThat(timerElements(instance)).containsExactly("report_escalate", "report_remind");

        clock(remindAt.minus(Duration.ofMinutes(1)));
        assertThat(fireDueTimers(instance)).isZero();
        assertThat(calls).isEmpty();

        clock(remindAt.plus(Duration.ofMinutes(1)));
        assertThat(fireDueTimers(instance)).isEqualTo(1);
        assertThat(calls)
                .containsExactly(new Call("remind", instance.getId(), List.of("report"), List.of(report.getId())));
        // non-interrupting: the same task is still open, the escalation still waits
        assertThat(assertReportTask(instance).getId()).isEqualTo(report.getId());
        assertThat(timerElements(instance)).containsExactly("report_escalate");
        assertThat(fireDueTimers(instance))
                .as("a fired reminder does not fire again")
                .isZero();
    }

    @Test
    @DisplayName("the escalation fires at the due date and the task stays open")
    void escalationAtDue() {
        Instant due = T0.plus(Duration.ofDays(10));
        ProcessInstance instance = startWithDeadlines(due, due.minus(Duration.ofDays(3)));
        Task report = assertReportTask(instance);

        clock(due.minus(Duration.ofMinutes(1)));
        fireDueTimers(instance);
        assertThat(calls).extracting(Call::kind).containsExactly("remind");

        clock(due.plus(Duration.ofMinutes(1)));
        assertThat(fireDueTimers(instance)).isEqualTo(1);
        assertThat(calls).extracting(Call::kind).containsExactly("remind", "escalate");
        assertThat(calls.get(1).taskIds()).containsExactly(report.getId());
        assertThat(assertReportTask(instance).getId()).isEqualTo(report.getId());
        assertThat(timerElements(instance)).isEmpty();

        // the overdue task can still be done, and the process goes on
        complete(report);
        assertCountyReviewTask(instance);
    }

    @Test
    @DisplayName("completing a task removes its timers; the next task gets its own")
    void completingRemovesTimers() {
        Instant due = T0.plus(Duration.ofDays(10));
        ProcessInstance instance = startWithDeadlines(due, due.minus(Duration.ofDays(3)));
        complete(assertReportTask(instance));

        Task county = assertCountyReviewTask(instance);
        assertThat(county.getDueDate()).isEqualTo(Date.from(due.plus(Duration.ofDays(10))));
        assertThat(timerElements(instance)).containsExactly("countyReview_escalate", "countyReview_remind");

        clock(due.plus(Duration.ofDays(1)));
        assertThat(fireDueTimers(instance))
                .as("the report's deadlines no longer apply")
                .isZero();
        assertThat(calls).isEmpty();

        clock(due.plus(Duration.ofDays(8)));
        fireDueTimers(instance);
        assertThat(calls)
                .containsExactly(
                        new Call("remind", instance.getId(), List.of("countyReview"), List.of(county.getId())));
    }

    @Test
    @DisplayName("a returned report re-enters the report task with fresh timers (already due: they fire at once)")
    void returnGetsFreshTimers() {
        Instant due = T0.plus(Duration.ofDays(10));
        ProcessInstance instance = startWithDeadlines(due, due.minus(Duration.ofDays(3)));
        Task first = assertReportTask(instance);
        clock(due.minus(Duration.ofDays(2)));
        fireDueTimers(instance);
        assertThat(calls).extracting(Call::kind).containsExactly("remind");
        complete(first);
        review(assertCountyReviewTask(instance), "return");

        Task again = assertReportTask(instance);
        assertThat(again.getId()).isNotEqualTo(first.getId());
        assertThat(timerElements(instance)).containsExactly("report_escalate", "report_remind");

        clock(due.plus(Duration.ofMinutes(1)));
        assertThat(fireDueTimers(instance)).isEqualTo(2);
        assertThat(calls).extracting(Call::kind).containsExactlyInAnyOrder("remind", "remind", "escalate");
        assertThat(calls.subList(1, 3)).allSatisfy(c -> assertThat(c.taskIds()).containsExactly(again.getId()));
    }

    @Test
    @DisplayName("without deadline variables: no due date, and the timers never come due")
    void noDueDateNoTimers() {
        ProcessInstance instance = startAppraisal(reportIds++, COMPLEX_ID, COUNTY_CODE, CITY_CODE);
        Task report = assertReportTask(instance);
        assertThat(report.getDueDate()).isNull();

        clock(Instant.parse("2200-01-01T00:00:00Z"));
        assertThat(fireDueTimers(instance)).isZero();
        assertThat(calls).isEmpty();
        complete(report);
        assertThat(assertCountyReviewTask(instance).getDueDate()).isNull();
        assertThat(fireDueTimers(instance)).isZero();
    }

    @Test
    @DisplayName("expert review: one reminder for the parallel tasks, naming the experts' still open tasks")
    void expertReviewReminder() {
        Instant due = T0.plus(Duration.ofDays(30));
        Map<String, Object> vars = new HashMap<>();
        vars.put("expertDue", Date.from(due));
        vars.put("expertRemindAt", Date.from(due.minus(Duration.ofDays(3))));
        ProcessInstance instance = startAppraisal(reportIds++, COMPLEX_ID, COUNTY_CODE, CITY_CODE, vars);
        complete(assertReportTask(instance));
        review(assertCountyReviewTask(instance), "approve");
        review(assertMunicipalReviewTask(instance), "approve");
        complete(assertAssignExpertsTask(instance), "experts", new ArrayList<>(List.of("expert1", "expert2")));
        List<Task> experts = assertExpertTasks(instance, "expert1", "expert2");
        assertThat(experts).allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(Date.from(due)));
        complete(experts.get(0));

        clock(due.minus(Duration.ofDays(1)));
        assertThat(fireDueTimers(instance)).isEqualTo(1);
        assertThat(calls).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("remind");
            assertThat(c.taskIds()).containsExactly(experts.get(1).getId());
        });
    }
}
