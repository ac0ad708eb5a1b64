package org.innocomplex.workflow.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.innocomplex.workflow.api.ProcessDiagram;
import org.innocomplex.workflow.api.StepRecord;
import org.innocomplex.workflow.api.TaskAlreadyHandledException;
import org.innocomplex.workflow.api.TaskInfo;
import org.innocomplex.workflow.api.TaskNotAllowedException;
import org.innocomplex.workflow.api.WorkflowService;
import org.innocomplex.workflow.infrastructure.FlowableEngine;

@ApplicationScoped
@Transactional
public class FlowableWorkflowService implements WorkflowService {
    private static final Logger LOG = Logger.getLogger(FlowableWorkflowService.class.getName());

    /** The BPMN files shipped with the product, from the {@code workflows} module's jar. */
    static final List<String> BUNDLED = List.of("workflows/annual-appraisal.bpmn20.xml");

    @Inject
    FlowableEngine flowable;

    private ProcessEngine engine() {
        return flowable.engine();
    }

    @Override
    public Map<String, String> startMany(String processKey, Map<String, Map<String, Object>> variablesByBusinessKey) {
        var runtime = engine().getRuntimeService();
        String definitionId = engine().getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(processKey).latestVersion().singleResult().getId();
        Map<String, String> ids = new LinkedHashMap<>();
        variablesByBusinessKey.forEach((businessKey, vars) -> ids.put(businessKey,
                runtime.startProcessInstanceById(definitionId, businessKey, vars).getId()));
        return ids;
    }

    private TaskQuery actionable(String user, Set<String> groups) {
        TaskQuery q = engine().getTaskService().createTaskQuery().active();
        if (groups.isEmpty()) {
            return q.taskAssignee(user);
        }
        return q.or().taskAssignee(user).taskCandidateGroupIn(groups).endOr();
    }

    @Override
    public List<TaskInfo> inbox(String user, Set<String> groups, int first, int max) {
        return actionable(user, groups).orderByTaskCreateTime().desc().listPage(first, max)
                .stream().map(FlowableWorkflowService::info).toList();
    }

    @Override
    public long inboxCount(String user, Set<String> groups) {
        return actionable(user, groups).count();
    }

    @Override
    public Optional<TaskInfo> openTask(String taskId) {
        return Optional.ofNullable(engine().getTaskService().createTaskQuery().taskId(taskId).singleResult())
                .map(FlowableWorkflowService::info);
    }

    @Override
    public TaskInfo actionableTask(String taskId, String user, Set<String> groups) {
        Task task = engine().getTaskService().createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new TaskAlreadyHandledException(taskId, null);
        }
        if (!mayAct(task, user, groups)) {
            throw new TaskNotAllowedException(taskId, user);
        }
        return info(task);
    }

    private boolean mayAct(Task task, String user, Set<String> groups) {
        if (task.getAssignee() != null) {
            return task.getAssignee().equals(user);
        }
        List<IdentityLink> links = engine().getTaskService().getIdentityLinksForTask(task.getId());
        return links.stream().anyMatch(l -> (l.getGroupId() != null && groups.contains(l.getGroupId()))
                || (l.getUserId() != null && l.getUserId().equals(user)));
    }

    @Override
    public void complete(String taskId, String user, Set<String> groups, Map<String, Object> variables) {
        actionableTask(taskId, user, groups);
        try {
            engine().getTaskService().complete(taskId, user, variables);
        } catch (FlowableObjectNotFoundException | FlowableOptimisticLockingException e) {
            // a concurrent completion won; this transaction rolls back whole
            throw new TaskAlreadyHandledException(taskId, e);
        }
    }

    @Override
    public List<TaskInfo> openTasks(String processInstanceId) {
        return engine().getTaskService().createTaskQuery().processInstanceId(processInstanceId)
                .orderByTaskCreateTime().asc().list().stream().map(FlowableWorkflowService::info).toList();
    }

    @Override
    public Map<String, List<TaskInfo>> openTasks(Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        return engine().getTaskService().createTaskQuery().processInstanceIdIn(new HashSet<>(processInstanceIds))
                .orderByTaskCreateTime().asc().list().stream().map(FlowableWorkflowService::info)
                .collect(Collectors.groupingBy(TaskInfo::processInstanceId, LinkedHashMap::new, Collectors.toList()));
    }

    @Override
    public List<StepRecord> history(String processInstanceId) {
        return engine().getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
                .orderByHistoricTaskInstanceStartTime().asc().list().stream()
                .sorted(Comparator.comparing(HistoricTaskInstance::getCreateTime))
                .map(h -> new StepRecord(h.getId(), h.getTaskDefinitionKey(), h.getName(), h.getFormKey(),
                        h.getAssignee(), h.getCompletedBy(), instant(h.getCreateTime()), instant(h.getEndTime())))
                .toList();
    }

    @Override
    public boolean isEnded(String processInstanceId) {
        return engine().getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(processInstanceId).count() == 0;
    }

    @Override
    public Optional<ProcessDiagram> diagram(String processInstanceId) {
        var instance = engine().getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (instance == null) {
            return Optional.empty();
        }
        String xml;
        try (var in = engine().getRepositoryService().getProcessModel(instance.getProcessDefinitionId())) {
            xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Set<String> current = new java.util.LinkedHashSet<>();
        Set<String> completed = new java.util.LinkedHashSet<>();
        engine().getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .orderByHistoricActivityInstanceStartTime().asc().list().forEach(h -> {
                    (h.getEndTime() == null ? current : completed).add(h.getActivityId());
                });
        // a step re-entered after a return is current, not done
        completed.removeAll(current);
        return Optional.of(new ProcessDiagram(instance.getProcessDefinitionId(), xml, List.copyOf(current),
                List.copyOf(completed)));
    }

    @Override
    public void deployBundled() {
        for (String resource : BUNDLED) {
            var d = engine().getRepositoryService().createDeployment()
                    .name(resource.substring(resource.lastIndexOf('/') + 1))
                    .addClasspathResource(resource)
                    .enableDuplicateFiltering()
                    .deploy();
            LOG.info(() -> "workflow " + resource + " deployed as " + d.getId());
        }
    }

    @Override
    public List<Integer> versions(String processKey) {
        return engine().getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(processKey)
                .orderByProcessDefinitionVersion().desc().list().stream()
                .map(ProcessDefinition::getVersion).toList();
    }

    static TaskInfo info(Task t) {
        return new TaskInfo(t.getId(), t.getTaskDefinitionKey(), t.getName(), t.getFormKey(),
                t.getProcessInstanceId(), t.getProcessDefinitionId(), instant(t.getCreateTime()),
                instant(t.getDueDate()), t.getAssignee());
    }

    private static java.time.Instant instant(Date d) {
        return d == null ? null : d.toInstant();
    }
}
