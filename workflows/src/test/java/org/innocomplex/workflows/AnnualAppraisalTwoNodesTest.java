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
            String kind = (String) DelegateHelper.getFieldExpression(execution, "kind").getValue(execution);
            callsByInstance.computeIfAbsent(execution.getProcessInstanceId() + ":" + kind, k -> new AtomicInteger())
                    .incrementAndGet();
            callsByNode.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
        };
        cfg.setBeans(new HashMap<>(Map.of("deadlineNotifier", counting)));
        cfg.setDelegateExpressionFieldInjectionMode(DelegateExpressionFieldInjectionMode.DISABLED);
        ProcessEngine engine = cfg.buildProcessEngine();
        nodes.add(engine);
        return engine;
    }

    @AfterEach
    void close() {
        nodes.forEach(ProcessEngine::close);
    }

    @Test
    @DisplayName("two nodes, twenty due reminders: each runs once")
    void eachTimerRunsOnce() throws Exception {
        ProcessEngine a = node("node-a");
        a.getRepositoryService().createDeployment().addClasspathResource(FlowableProcessTestSupport.RESOURCE).deploy();
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

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (callsByInstance.size() < INSTANCES && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        // give a would-be second run the time to happen
        Thread.sleep(1500);

        assertThat(callsByInstance).hasSize(INSTANCES);
        assertThat(callsByInstance.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
        assertThat(callsByNode.values().stream().mapToInt(AtomicInteger::get).sum()).isEqualTo(INSTANCES);
        assertThat(a.getManagementService().createTimerJobQuery().elementId("report_remind").count()).isZero();
        assertThat(a.getManagementService().createDeadLetterJobQuery().count()).isZero();
        assertThat(a.getTaskService().createTaskQuery().taskDefinitionKey("report").count()).isEqualTo(INSTANCES);
    }
}
