package org.innocomplex.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.delegate.DelegateHelper;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.engine.impl.cfg.DelegateExpressionFieldInjectionMode;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on one database, both with their async executor running, as in a two-node installation: every due
 * reminder runs exactly once, on one node or the other.
 */
class AnnualAppraisalTwoNodesTest {
    static final int INSTANCES = 20;

    private final Map<String, AtomicInteger> callsByInstance = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> callsByNode = new ConcurrentHashMap<>();
    private final List<ProcessEngine> nodes = new ArrayList<>();

    private ProcessEngine node(String name) {
        StandaloneProcessEngineConfiguration cfg = new StandaloneProcessEngineConfiguration();
        cfg.setEngineName(name);
        cfg.setJdbcUrl("jdbc:h2:mem:twoNodes;DB_CLOSE_DELAY=-1");
        cfg.setJdbcDriver("org.h2.Driver");
        cfg.setJdbcUsername("sa");
        cfg.setJdbcPassword("");
        cfg.setDatabaseSchemaUpdate("true");
        cfg.setHistoryLevel(HistoryLevel.AUDIT);
        cfg.setIdGenerator(new org.flowable.common.engine.impl.persistence.StrongUuidGenerator());
        cfg.setAsyncExecutorActivate(true);
        cfg.setAsyncExecutorLockOwner(name);
        // look for due timers often, so that both nodes compete for the same jobs within the test
        cfg.setAsyncExecutorDefaultTimerJobAcquireWaitTime(100);
        cfg.setAsyncExecutorDefaultAsyncJobAcquireWaitTime(100);
        JavaDelegate counting = execution -> {
            String kind = (String)
                    DelegateHelper.getFieldExpression(execution, "kind").getValue(execution);
            callsByInstance
                    .computeIfAbsent(execution.getProcessInstanceId() + ":" + kind, k -> new AtomicInteger())
                    .incrementAndGet();
            callsByNode.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
        };
        cfg.setBeans(new HashMap<>(Map.of("deadlineNotifier", counting)));
        cfg.setDelegateExpressionFieldInjectionMode(DelegateExpressionFieldInjectionMode.DISABLED);
        ProcessEngine engine = cfg.buildProcessEngine();
        nodes.add(engine);
        return engine;
    }

    /** until every instance's reminder has run and committed and nothing of it is left that a node could run */
    private static void awaitCommitted(ProcessEngine engine, Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!reminded(engine)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("reminders not done within " + limit + ": "
                        + engine.getManagementService().createTimerJobQuery().count() + " timer jobs, "
                        + engine.getManagementService().createJobQuery().count() + " executable jobs, "
                        + engine.getHistoryService()
                                .createHistoricActivityInstanceQuery()
                                .activityId("remind")
                                .finished()
                                .count()
                        + " reminders finished");
            }
            Thread.sleep(100);
        }
    }

    private static boolean reminded(ProcessEngine engine) {
        var jobs = engine.getManagementService();
        // a failed run waits for its retry as a timer job of the same element; a dead letter is never run again
        return engine.getHistoryService()
                                .createHistoricActivityInstanceQuery()
                                .activityId("remind")
                                .finished()
                                .count()
                        >= INSTANCES
                && jobs.createTimerJobQuery().elementId("report_remind").count() == 0
                && jobs.createJobQuery().count() == 0;
    }

    @AfterEach
    void close() {
        nodes.forEach(ProcessEngine::close);
    }

    @Test
    @DisplayName("two nodes, twenty due reminders: each runs once")
    void eachTimerRunsOnce() throws Exception {
        ProcessEngine a = node("node-a");
        a.getRepositoryService()
                .createDeployment()
                .addClasspathResource(FlowableProcessTestSupport.RESOURCE)
                .deploy();
        // node b is up before any timer is due
        node("node-b");

        Instant now = Instant.now();
        for (int i = 0; i < INSTANCES; i++) {
            Map<String, Object> vars = new HashMap<>();
            vars.put("reportId", 9000L + i);
            vars.put("complexId", 42L);
            vars.put("countyCode", "331122");
            vars.put("cityCode", "331100");
            vars.put("reportDue", Date.from(now.plus(Duration.ofDays(3))));
            // due in a second: acquired by whichever node looks first
            vars.put("reportRemindAt", Date.from(now.plusSeconds(1)));
            a.getRuntimeService().startProcessInstanceByKey(FlowableProcessTestSupport.PROCESS_KEY, "r" + i, vars);
        }

        // Not "wait a while and see that nothing more happened", which a slow machine passes falsely: wait until the
        // shared database says every reminder is done for good, in transactions both nodes see as committed: each
        // instance has finished its remind task, and no job of it is left, due, executable, locked by a node or
        // waiting for a retry. A second run needs such a job (a node runs only what it has locked in the database,
        // and the lock is the job's row), so none can happen after this; a run that did happen has been counted.
        // (Before, a fixed 1.5 s pause stood here: on a slow machine a second run could come after it.)
        awaitCommitted(a, Duration.ofSeconds(60));

        assertThat(callsByInstance).hasSize(INSTANCES);
        assertThat(callsByInstance.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
        assertThat(callsByNode.values().stream().mapToInt(AtomicInteger::get).sum())
                .isEqualTo(INSTANCES);
        assertThat(a.getManagementService()
                        .createTimerJobQuery()
                        .elementId("report_remind")
                        .count())
                .isZero();
        assertThat(a.getManagementService().createDeadLetterJobQuery().count()).isZero();
        assertThat(a.getTaskService()
                        .createTaskQuery()
                        .taskDefinitionKey("report")
                        .count())
                .isEqualTo(INSTANCES);
    }
}
