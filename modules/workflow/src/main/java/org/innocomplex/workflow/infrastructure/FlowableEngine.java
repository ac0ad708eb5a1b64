package org.innocomplex.workflow.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.impl.cfg.JtaProcessEngineConfiguration;
import org.innocomplex.workflow.api.TaskEvent;

/**
 * The one process engine of the application, built in code on the container's datasource and transaction manager.
 *
 * <p>{@code transactionsExternallyManaged} makes every engine command join the caller's JTA transaction instead of
 * committing on its own; that is what lets a step's domain record and its task completion commit together. The
 * async executor (timers, reminders) runs as Flowable jobs in the database, so with several nodes each job still
 * runs once.
 */
@ApplicationScoped
public class FlowableEngine {
    private static final Logger LOG = Logger.getLogger(FlowableEngine.class.getName());

    /** Declared by the webapp's {@code @DataSourceDefinition}; the one database of the application. */
    @Resource(lookup = "java:app/jdbc/innocomplex")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "innocomplex.workflow.async-executor", defaultValue = "true")
    boolean asyncExecutor;

    /** fired synchronously from inside engine commands; see {@link TaskEventListener} */
    @Inject
    jakarta.enterprise.event.Event<TaskEvent> taskEvents;

    @Inject
    DeadlineNotifier deadlineNotifier;

    /**
     * Who holds a job in {@code act_ru_job.lock_owner_}; unset, the host name and process id (unique on a machine
     * with several nodes). A stable name per node lets a restarted node hand back, at once, the jobs it held when it
     * died (Flowable unlocks its own owner's jobs at start).
     */
    @Inject
    @ConfigProperty(name = "innocomplex.node-name")
    java.util.Optional<String> nodeName;

    /**
     * Timer jobs call the application (CDI observers, JPA). Flowable creates its job threads from its acquisition
     * thread, which has no application context, so even a managed thread factory would hand out context-less
     * threads (observers then lost their injected EntityManager). The context is captured here, once, on the
     * thread that builds the engine, and each job thread runs inside it.
     */
    @Resource(lookup = "java:comp/DefaultContextService")
    jakarta.enterprise.concurrent.ContextService contextService;

    private volatile ProcessEngine engine;

    public ProcessEngine engine() {
        ProcessEngine e = engine;
        if (e == null) {
            synchronized (this) {
                if (engine == null) {
                    engine = build();
                }
                e = engine;
            }
        }
        return e;
    }

    private ProcessEngine build() {
        JtaProcessEngineConfiguration cfg = new JtaProcessEngineConfiguration();
        cfg.setEngineName("innocomplex");
        cfg.setDataSource(dataSource);
        TransactionManager tm = transactionManager();
        cfg.setTransactionManager(tm);
        cfg.setTransactionsExternallyManaged(true);
        cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        applyRoutingRules(cfg);
        cfg.getAsyncExecutorConfiguration().setLockOwner(lockOwner(nodeName));
        cfg.setHistoryLevel(HistoryLevel.AUDIT);
        // the engine's own parsing of a deployment: no DTD, no external entities (the validator refused them already)
        cfg.setEnableSafeBpmnXml(true);
        // ids need no shared counter row: nodes and parallel openings do not contend for ACT_GE_PROPERTY
        cfg.setIdGenerator(new org.flowable.common.engine.impl.persistence.StrongUuidGenerator());
        cfg.setAsyncExecutorActivate(asyncExecutor);
        if (contextService != null) {
            cfg.setAsyncExecutorThreadFactory(inApplicationContext(
                    contextService.createContextualProxy(new Direct(), java.util.concurrent.Executor.class)));
        }
        // the only bean process expressions may name; fields are read per call, never injected into the shared bean
        cfg.setBeans(new java.util.HashMap<>(java.util.Map.of("deadlineNotifier", deadlineNotifier)));
        cfg.setDelegateExpressionFieldInjectionMode(
                org.flowable.engine.impl.cfg.DelegateExpressionFieldInjectionMode.DISABLED);
        // users and groups live in the access module; the event registry is unused
        cfg.setDisableIdmEngine(true);
        cfg.setDisableEventRegistry(true);
        TaskEventListener tasks = new TaskEventListener(taskEvents::fire);
        cfg.setTypedEventListeners(TaskEventListener.types().stream()
                .collect(java.util.stream.Collectors.toMap(
                        t -> t,
                        t -> java.util.List.<org.flowable.common.engine.api.delegate.event.FlowableEventListener>of(
                                tasks))));
        // Flowable's schema lock (useLockForDatabaseSchemaUpdate) stays off: with it a second node starting beside the
        // first hung three minutes in the engine's build on PostgreSQL, and on H2 its lock transaction left the next
        // JTA command inactive. Nodes racing to create the tables are covered by the start-up's retry instead: the
        // loser's attempt fails and the next one finds the tables.
        ProcessEngine built = outsideAnyTransaction(tm, cfg::buildProcessEngine);
        String owner = cfg.getAsyncExecutorConfiguration().getLockOwner();
        LOG.info(() -> "Flowable " + ProcessEngine.VERSION + " engine started (async executor " + asyncExecutor
                + ", jobs locked as " + owner.replaceAll("[\\r\\n\\t]+", " ") + ")");
        return built;
    }

    /**
     * How the engine moves an appraisal on, shared with the tests that drive the bundled route on an engine of their
     * own.
     *
     * <p>Flowable 8 leaves a parallel multi-instance (the experts' review) in an async job by default: each expert's
     * submission then left a job behind that updated the review's root execution on another thread, so the next
     * expert's submission conflicted with it (the expert was told to submit again) and the decision opened only when
     * the job had run, or never if it failed three times. Left synchronously, the last expert's submission opens the
     * decision in its own transaction; two experts submitting at the same instant conflict on the root execution, and
     * the step's retry takes the second one on the new state.
     *
     * <p>A node that stops hands back the jobs it had acquired, so that another node (or the node's next start) runs
     * them at once instead of after their lock expires.
     */
    public static void applyRoutingRules(org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl cfg) {
        cfg.setParallelMultiInstanceAsyncLeave(false);
        applyJobRules(cfg.getAsyncExecutorConfiguration());
    }

    /** how long a node holds a job it acquired; another node takes it over when this expires */
    public static final java.time.Duration JOB_LOCK = java.time.Duration.ofMinutes(1);

    /** how often each node looks for jobs whose lock expired (their node died) and frees them */
    public static final java.time.Duration EXPIRED_JOB_RESET = java.time.Duration.ofSeconds(15);

    /** at most this many jobs (and as many timers) acquired by a node in one go */
    public static final int ACQUISITION_BATCH = 8;

    /**
     * The async executor's defaults (a lock of one hour, 512 jobs per acquisition, expired locks looked for each
     * minute) left a crashed node's due timers untouched for an hour. Our jobs (reminders, escalations) run for
     * well under a second, so a lock of a minute is ample, and a node that dies holds at most a few batches; the
     * survivor frees them within {@link #JOB_LOCK} plus {@link #EXPIRED_JOB_RESET} and runs them then. Each job still
     * runs once: running one deletes its row, and a node whose lock was taken over meanwhile fails on the row's
     * revision and rolls back.
     */
    public static void applyJobRules(org.flowable.job.service.impl.asyncexecutor.AsyncJobExecutorConfiguration jobs) {
        jobs.setUnlockOwnedJobs(true);
        jobs.setMaxAsyncJobsDuePerAcquisition(ACQUISITION_BATCH);
        jobs.setMaxTimerJobsPerAcquisition(ACQUISITION_BATCH);
        jobs.setAsyncJobLockTime(JOB_LOCK);
        jobs.setTimerLockTime(JOB_LOCK);
        jobs.setResetExpiredJobsInterval(EXPIRED_JOB_RESET);
        jobs.setResetExpiredJobsPageSize(ACQUISITION_BATCH);
    }

    /** the configured node name, else host name and process id; at most the 255 characters of the column */
    static String lockOwner(java.util.Optional<String> configured) {
        String name =
                configured.map(String::strip).filter(n -> !n.isEmpty()).orElseGet(FlowableEngine::defaultNodeName);
        return name.length() > 255 ? name.substring(0, 255) : name;
    }

    static String defaultNodeName() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "node";
        }
        return host + "-" + ProcessHandle.current().pid();
    }

    /** Runs a task on the calling thread; behind a contextual proxy, inside the captured application context. */
    static final class Direct implements java.util.concurrent.Executor, java.io.Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public void execute(Runnable task) {
            task.run();
        }
    }

    private static java.util.concurrent.ThreadFactory inApplicationContext(java.util.concurrent.Executor inContext) {
        java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
        return task -> {
            Thread t = new Thread(() -> inContext.execute(task), "flowable-job-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Building the engine creates or updates Flowable's tables. On PostgreSQL DDL is transactional, so when the
     * first caller's transaction rolled back the tables went with it; the build therefore runs with the caller's
     * transaction suspended and commits on its own.
     */
    private static <T> T outsideAnyTransaction(TransactionManager tm, java.util.function.Supplier<T> work) {
        jakarta.transaction.Transaction suspended = null;
        try {
            suspended = tm.getTransaction() == null ? null : tm.suspend();
            return work.get();
        } catch (jakarta.transaction.SystemException e) {
            throw new IllegalStateException("cannot suspend the transaction to build the engine", e);
        } finally {
            if (suspended != null) {
                try {
                    tm.resume(suspended);
                } catch (jakarta.transaction.InvalidTransactionException | jakarta.transaction.SystemException e) {
                    throw new IllegalStateException("cannot resume the caller's transaction", e);
                }
            }
        }
    }

    private static TransactionManager transactionManager() {
        try {
            return InitialContext.doLookup("java:appserver/TransactionManager");
        } catch (NamingException e) {
            throw new IllegalStateException("no JTA TransactionManager at java:appserver/TransactionManager", e);
        }
    }

    @PreDestroy
    void close() {
        if (engine != null) {
            engine.close();
            engine = null;
        }
    }
}
