package org.innocomplex.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.impl.cfg.DelegateExpressionFieldInjectionMode;
import org.flowable.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.flowable.engine.repository.Deployment;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * One in-memory Flowable engine per test class, built in code (no flowable.cfg.xml, no Spring), with the
 * production process {@value #RESOURCE} deployed once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FlowableProcessTestSupport {

    /** Keeps Flowable's start-up INFO chatter (slf4j-jdk14 → java.util.logging) out of the build log; held strongly. */
    private static final java.util.logging.Logger FLOWABLE_LOG = java.util.logging.Logger.getLogger("org.flowable");

    static {
        FLOWABLE_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    static final String RESOURCE = "workflows/annual-appraisal.bpmn20.xml";
    static final String PROCESS_KEY = "annual-appraisal";

    static final long REPORT_ID = 2025_0001L;
    static final long COMPLEX_ID = 42L;
    static final String COUNTY_CODE = "331122";
    static final String CITY_CODE = "331100";

    static final String COMPLEX_GROUP = "complex:" + COMPLEX_ID;
    static final String COUNTY_GROUP = "county:" + COUNTY_CODE;
    static final String MUNICIPAL_GROUP = "municipal:" + CITY_CODE;

    protected ProcessEngine processEngine;
    protected RepositoryService repositoryService;
    protected RuntimeService runtimeService;
    protected TaskService taskService;
    protected HistoryService historyService;
    protected Deployment deployment;
    protected ProcessDefinition processDefinition;

    @BeforeAll
    void buildEngineAndDeploy() {
        String name = getClass().getSimpleName();
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setEngineName(name);
        configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        configuration.setJdbcDriver("org.h2.Driver");
        configuration.setJdbcUsername("sa");
        configuration.setJdbcPassword("");
        configuration.setDatabaseSchemaUpdate("true");
        configuration.setHistoryLevel(HistoryLevel.AUDIT);
        configuration.setAsyncExecutorActivate(false);
        // as in production: the one allowlisted delegate, fields read per call, never injected into the shared bean
        configuration.setBeans(new HashMap<>(beans()));
        configuration.setDelegateExpressionFieldInjectionMode(DelegateExpressionFieldInjectionMode.DISABLED);
        processEngine = configuration.buildProcessEngine();

        repositoryService = processEngine.getRepositoryService();
        runtimeService = processEngine.getRuntimeService();
        taskService = processEngine.getTaskService();
        historyService = processEngine.getHistoryService();

        deployment = repositoryService
                .createDeployment()
                .name(name)
                .addClasspathResource(RESOURCE)
                .deploy();
        processDefinition = repositoryService
                .createProcessDefinitionQuery()
                .deploymentId(deployment.getId())
                .processDefinitionKey(PROCESS_KEY)
                .singleResult();
        assertThat(processDefinition).as("deployed process definition").isNotNull();
    }

    /** Beans the process expressions may name; the deadline timers need {@code deadlineNotifier}. */
    protected Map<Object, Object> beans() {
        return Map.of("deadlineNotifier", (org.flowable.engine.delegate.JavaDelegate) execution -> {});
    }

    @AfterAll
    void closeEngine() {
        if (processEngine != null) {
            processEngine.close();
        }
    }

    /** Starts an appraisal with the variables the application passes at start. */
    protected ProcessInstance startAppraisal() {
        return startAppraisal(REPORT_ID, COMPLEX_ID, COUNTY_CODE, CITY_CODE);
    }

    protected ProcessInstance startAppraisal(long reportId, long complexId, String countyCode, String cityCode) {
        return startAppraisal(reportId, complexId, countyCode, cityCode, Map.of());
    }

    /** @param deadlines extra start variables such as {@code reportDue} and {@code reportRemindAt} */
    protected ProcessInstance startAppraisal(
            long reportId, long complexId, String countyCode, String cityCode, Map<String, Object> deadlines) {
        Map<String, Object> variables = new HashMap<>(deadlines);
        variables.put("reportId", reportId);
        variables.put("complexId", complexId);
        variables.put("countyCode", countyCode);
        variables.put("cityCode", cityCode);
        ProcessInstance instance =
                runtimeService.startProcessInstanceByKey(PROCESS_KEY, String.valueOf(reportId), variables);
        assertThat(instance.isEnded()).isFalse();
        return instance;
    }

    protected List<Task> activeTasks(ProcessInstance instance) {
        return taskService
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .orderByTaskAssignee()
                .asc()
                .list();
    }

    /** The single active task of the instance; asserts there is exactly one. */
    protected Task singleTask(ProcessInstance instance) {
        List<Task> tasks = activeTasks(instance);
        assertThat(tasks).as("active tasks of %s", instance.getId()).hasSize(1);
        return tasks.get(0);
    }

    protected List<String> candidateGroups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId)
                .toList();
    }

    protected List<String> candidateUsers(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getUserId)
                .filter(userId -> userId != null)
                .toList();
    }

    /** Asserts a group task: key, formKey, exactly one candidate group, no assignee; returns it. */
    protected Task assertGroupTask(ProcessInstance instance, String key, String name, String formKey, String group) {
        Task task = singleTask(instance);
        assertThat(task.getTaskDefinitionKey()).isEqualTo(key);
        assertThat(task.getName()).isEqualTo(name);
        assertThat(task.getFormKey()).isEqualTo(formKey);
        assertThat(task.getAssignee()).as("assignee of %s", key).isNull();
        assertThat(candidateGroups(task)).as("candidate groups of %s", key).containsExactly(group);
        assertThat(candidateUsers(task)).as("candidate users of %s", key).isEmpty();
        // the group sees it through the query the application's inbox uses
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceId(instance.getId())
                        .taskCandidateGroup(group)
                        .list())
                .extracting(Task::getId)
                .containsExactly(task.getId());
        return task;
    }

    protected Task assertReportTask(ProcessInstance instance) {
        return assertGroupTask(instance, "report", "填报年度报告", "report", COMPLEX_GROUP);
    }

    protected Task assertCountyReviewTask(ProcessInstance instance) {
        return assertGroupTask(instance, "countyReview", "县级审核", "review", COUNTY_GROUP);
    }

    protected Task assertMunicipalReviewTask(ProcessInstance instance) {
        return assertGroupTask(instance, "municipalReview", "市级审核", "review", MUNICIPAL_GROUP);
    }

    protected Task assertAssignExpertsTask(ProcessInstance instance) {
        return assertGroupTask(instance, "assignExperts", "指派专家", "assign-experts", MUNICIPAL_GROUP);
    }

    protected Task assertDecisionTask(ProcessInstance instance) {
        return assertGroupTask(instance, "decision", "评定等级", "decision", MUNICIPAL_GROUP);
    }

    /** Asserts the parallel expert tasks: one per expert, assigned to that expert, no candidate groups. */
    protected List<Task> assertExpertTasks(ProcessInstance instance, String... experts) {
        List<Task> tasks = activeTasks(instance);
        assertThat(tasks).hasSize(experts.length);
        assertThat(tasks).extracting(Task::getTaskDefinitionKey).containsOnly("expertReview");
        assertThat(tasks).extracting(Task::getName).containsOnly("专家评审");
        assertThat(tasks).extracting(Task::getFormKey).containsOnly("expert-review");
        assertThat(tasks).extracting(Task::getAssignee).containsExactlyInAnyOrder(experts);
        for (Task task : tasks) {
            assertThat(candidateGroups(task))
                    .as("candidate groups of expert task")
                    .isEmpty();
            assertThat(taskService.getIdentityLinksForTask(task.getId()))
                    .filteredOn(link -> IdentityLinkType.ASSIGNEE.equals(link.getType()))
                    .extracting(IdentityLink::getUserId)
                    .containsExactly(task.getAssignee());
        }
        return tasks;
    }

    protected void complete(Task task) {
        taskService.complete(task.getId());
    }

    protected void complete(Task task, String variable, Object value) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(variable, value);
        taskService.complete(task.getId(), variables);
    }

    protected void review(Task task, String decision) {
        complete(task, "decision", decision);
    }

    protected void assertEnded(ProcessInstance instance) {
        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .processInstanceId(instance.getId())
                        .count())
                .as("running instances")
                .isZero();
        assertThat(activeTasks(instance)).isEmpty();
        var historic = historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceId(instance.getId())
                .singleResult();
        assertThat(historic).isNotNull();
        assertThat(historic.getEndTime()).as("end time").isNotNull();
        assertThat(historic.getEndActivityId()).isEqualTo("end");
    }

    /** Task definition keys of the instance's completed tasks (order not significant: end times may tie). */
    protected List<String> historicTaskKeys(ProcessInstance instance) {
        return historyService
                .createHistoricTaskInstanceQuery()
                .processInstanceId(instance.getId())
                .finished()
                .list()
                .stream()
                .map(t -> t.getTaskDefinitionKey())
                .toList();
    }
}
