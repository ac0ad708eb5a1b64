package org.innocomplex.workflow.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.flowable.common.engine.api.async.AsyncTaskExecutor;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A node that dies holding due timers: with the product's job rules the surviving node runs each of them, once,
 * within a few minutes (with Flowable's defaults, a lock of one hour, they waited an hour).
 */
class DeadNodeJobsTest {
    static final int INSTANCES = 6;

    static final String XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                         xmlns:flowable="http://flowable.org/bpmn" targetNamespace="test">
              <process id="remind" isExecutable="true">
                <startEvent id="start"/>
                <sequenceFlow id="f1" sourceRef="start" targetRef="due"/>
                <intermediateCatchEvent id="due">
                  <timerEventDefinition><timeDuration>PT1S</timeDuration></timerEventDefinition>
                </intermediateCatchEvent>
                <sequenceFlow id="f2" sourceRef="due" targetRef="notify"/>
                <serviceTask id="notify" flowable:delegateExpression="${counter}"/>
                <sequenceFlow id="f3" sourceRef="notify" targetRef="end"/>
                <endEvent id="end"/>
              </process>
            </definitions>
            """;

    private final Map<String, AtomicInteger> runsByInstance = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> runsByNode = new ConcurrentHashMap<>();
    private final List<ProcessEngine> nodes = new ArrayList<>();

    /** a node's engine as the product builds it (routing and job rules), on one shared H2 database */
    private ProcessEngine node(String name, AsyncTaskExecutor jobThreads) {
        StandaloneProcessEngineConfiguration cfg = new StandaloneProcessEngineConfiguration();
        cfg.setEngineName(name);
        cfg.setJdbcUrl("jdbc:h2:mem:dead-node;DB_CLOSE_DELAY=-1");
        cfg.setJdbcDriver("org.h2.Driver");
        cfg.setJdbcUsername("sa");
        cfg.setJdbcPassword("");
        cfg.setDatabaseSchemaUpdate("true");
        cfg.setDisableIdmEngine(true);
        cfg.setDisableEventRegistry(true);
        cfg.setIdGenerator(new org.flowable.common.engine.impl.persistence.StrongUuidGenerator());
        FlowableEngine.applyRoutingRules(cfg);
        cfg.getAsyncExecutorConfiguration().setLockOwner(FlowableEngine.lockOwner(Optional.of(name)));
        cfg.setAsyncExecutorActivate(true);
        if (jobThreads != null) {
            cfg.setAsyncTaskExecutor(jobThreads);
        }
        JavaDelegate counting = execution -> {
            runsByInstance
                    .computeIfAbsent(execution.getProcessInstanceId(), k -> new AtomicInteger())
                    .incrementAndGet();
            runsByNode.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
        };
        cfg.setBeans(new HashMap<>(Map.of("counter", counting)));
        ProcessEngine engine = cfg.buildProcessEngine();
        nodes.add(engine);
        return engine;
    }

    /** job threads of a node that was killed right after acquiring: the jobs stay locked and never run */
    static final class Killed implements AsyncTaskExecutor {
        @Override
        public void execute(Runnable task) {}

        @Override
        public CompletableFuture<?> submit(Runnable task) {
            return new CompletableFuture<>();
        }

        @Override
        public <T> CompletableFuture<T> submit(Callable<T> task) {
            return new CompletableFuture<>();
        }

        @Override
        public void shutdown() {}

        @Override
        public int getRemainingCapacity() {
            return 1000;
        }
    }

    @AfterEach
    void close() {
        nodes.forEach(ProcessEngine::close);
    }

    @Test
    void theSurvivorRunsADeadNodesDueTimersOnceEachWithinMinutes() throws Exception {
        ProcessEngine dead = node("node-a", new Killed());
        dead.getRepositoryService()
                .createDeployment()
                .addBytes("remind.bpmn20.xml", XML.getBytes(StandardCharsets.UTF_8))
                .deploy();
        for (int i = 0; i < INSTANCES; i++) {
            dead.getRuntimeService().startProcessInstanceByKey("remind", "r" + i);
        }
        // node-a acquires the due timers: they are now executable jobs locked in its name
        List<Job> held = poll(
                Duration.ofSeconds(60),
                () -> dead.getManagementService().createJobQuery().locked().list(),
                jobs -> jobs.size() == INSTANCES,
                "node-a acquires the " + INSTANCES + " due timers");
        assertThat(dead.getManagementService()
                        .createJobQuery()
                        .lockOwner("node-a")
                        .count())
                .as("act_ru_job.lock_owner_ names the node")
                .isEqualTo(held.size());
        // kill -9: its acquisition stops and nothing hands the jobs back
        ((org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl) dead.getProcessEngineConfiguration())
                .getAsyncExecutorConfiguration()
                .setUnlockOwnedJobs(false);
        dead.getProcessEngineConfiguration().getAsyncExecutor().shutdown();
        assertThat(dead.getManagementService().createJobQuery().locked().count())
                .isEqualTo(INSTANCES);

        long t0 = System.nanoTime();
        ProcessEngine survivor = node("node-b", null);
        Duration bound =
                FlowableEngine.JOB_LOCK.plus(FlowableEngine.EXPIRED_JOB_RESET).plusSeconds(45);
        poll(
                bound,
                () -> survivor.getRuntimeService().createProcessInstanceQuery().count(),
                open -> open == 0,
                "node-b finishes the dead node's " + INSTANCES + " reminders");
        long seconds = (System.nanoTime() - t0) / 1_000_000_000;
        System.out.println("DeadNodeJobsTest: the survivor ran the dead node's jobs within " + seconds + " s");

        assertThat(runsByInstance).hasSize(INSTANCES);
        assertThat(runsByInstance.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
        assertThat(runsByNode).containsOnlyKeys("node-b");
        assertThat(survivor.getManagementService().createJobQuery().count()).isZero();
        assertThat(survivor.getManagementService().createDeadLetterJobQuery().count())
                .isZero();
    }

    @Test
    void theLockOwnerIsTheConfiguredNodeNameElseHostAndProcess() {
        assertThat(FlowableEngine.lockOwner(Optional.of(" node-1 "))).isEqualTo("node-1");
        assertThat(FlowableEngine.lockOwner(Optional.of("  ")))
                .endsWith("-" + ProcessHandle.current().pid());
        assertThat(FlowableEngine.lockOwner(Optional.empty())).isEqualTo(FlowableEngine.defaultNodeName());
        assertThat(FlowableEngine.lockOwner(Optional.of("n".repeat(300)))).hasSize(255);
    }

    private static <T> T poll(Duration limit, Callable<T> read, java.util.function.Predicate<T> done, String what)
            throws Exception {
        long end = System.nanoTime() + limit.toNanos();
        T value = read.call();
        while (!done.test(value)) {
            if (System.nanoTime() > end) {
                throw new AssertionError(what + ": not within " + limit + ", last " + value);
            }
            Thread.sleep(200);
            value = read.call();
        }
        return value;
    }
}
