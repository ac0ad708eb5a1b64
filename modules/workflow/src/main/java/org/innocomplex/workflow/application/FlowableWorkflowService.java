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
import org.flowable.common.engine.impl.identity.Authentication;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.innocomplex.workflow.api.ProcessDiagram;
import org.innocomplex.workflow.api.StepName;
import org.innocomplex.workflow.api.StepRecord;
import org.innocomplex.workflow.api.TaskAlreadyHandledException;
import org.innocomplex.workflow.api.TaskClaimedException;
import org.innocomplex.workflow.api.TaskEvent;
import org.innocomplex.workflow.api.TaskInfo;
import org.innocomplex.workflow.api.TaskNotAllowedException;
import org.innocomplex.workflow.api.TaskNotFoundException;
import org.innocomplex.workflow.api.WorkflowService;
import org.innocomplex.workflow.domain.SafeXml;
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
        // the latest version an administrator has not suspended: suspending a new version falls back to the previous
        String definitionId = engine()
                .getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(processKey)
                .active()
                .orderByProcessDefinitionVersion()
                .desc()
                .listPage(0, 1)
                .stream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no active version of process " + processKey))
                .getId();
        Map<String, String> ids = new LinkedHashMap<>();
        variablesByBusinessKey.forEach((businessKey, vars) -> ids.put(
                businessKey,
                runtime.startProcessInstanceById(definitionId, businessKey, vars)
                        .getId()));
        return ids;
    }

    @Override
    public List<TaskEvent> openTaskSnapshot() {
        List<Task> tasks = engine().getTaskService()
                .createTaskQuery()
                .includeIdentityLinks()
                .orderByTaskCreateTime()
                .asc()
                .list();
        Set<String> pis = tasks.stream()
                .map(Task::getProcessInstanceId)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, String> keys = new java.util.HashMap<>();
        if (!pis.isEmpty()) {
            engine().getRuntimeService()
                    .createProcessInstanceQuery()
                    .processInstanceIds(pis)
                    .list()
                    .forEach(p -> keys.put(p.getId(), p.getBusinessKey()));
        }
        return tasks.stream()
                .filter(t -> t.getProcessInstanceId() != null)
                .map(t -> new TaskEvent(
                        TaskEvent.Kind.CREATED,
                        t.getId(),
                        t.getTaskDefinitionKey(),
                        t.getName(),
                        t.getFormKey(),
                        t.getProcessInstanceId(),
                        t.getProcessDefinitionId(),
                        keys.get(t.getProcessInstanceId()),
                        instant(t.getCreateTime()),
                        instant(t.getDueDate()),
                        t.getAssignee(),
                        t.getIdentityLinks().stream()
                                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                                .map(l -> l.getGroupId())
                                .distinct()
                                .toList(),
                        null))
                .toList();
    }

    @Override
    public Optional<TaskInfo> openTask(String taskId) {
        return Optional.ofNullable(engine().getTaskService()
                        .createTaskQuery()
                        .taskId(taskId)
                        .singleResult())
                .map(FlowableWorkflowService::info);
    }

    @Override
    public TaskInfo actionableTask(String taskId, String user, Set<String> groups) {
        Task task = open(taskId);
        boolean allowed;
        try {
            allowed = mayAct(task, user, groups);
        } catch (FlowableObjectNotFoundException e) {
            // completed by someone else between reading the task and reading its candidates
            throw new TaskAlreadyHandledException(taskId, e);
        }
        if (!allowed) {
            // a completion that committed between reading the task and reading its candidates leaves no candidate:
            // the task's end, not the caller's right, is the answer then (open throws TaskAlreadyHandledException)
            open(taskId);
            throw new TaskNotAllowedException(taskId, user);
        }
        return info(task);
    }

    /**
     * The open task, or why there is none: a task the history knows was handled (completed, or its process moved on
     * or was cancelled), any other id never named a task. The history row is written in the transaction that ends
     * the task, so a task completed between the two queries is found there.
     */
    private Task open(String taskId) {
        if (taskId == null || taskId.isBlank()) {
            throw new TaskNotFoundException(taskId);
        }
        Task task = engine().getTaskService().createTaskQuery().taskId(taskId).singleResult();
        if (task != null) {
            return task;
        }
        if (engine().getHistoryService()
                        .createHistoricTaskInstanceQuery()
                        .taskId(taskId)
                        .count()
                > 0) {
            throw new TaskAlreadyHandledException(taskId, null);
        }
        throw new TaskNotFoundException(taskId);
    }

    private boolean mayAct(Task task, String user, Set<String> groups) {
        if (user.equals(task.getAssignee())) {
            return true;
        }
        List<IdentityLink> links = engine().getTaskService().getIdentityLinksForTask(task.getId());
        boolean offered = links.stream()
                .anyMatch(l -> (l.getGroupId() != null && groups.contains(l.getGroupId()))
                        || (l.getUserId() != null && l.getUserId().equals(user)));
        if (task.getAssignee() != null) {
            // the assignee wins: a member of the group sees why they may not act, the rest learn nothing
            if (offered) {
                throw new TaskClaimedException(task.getId(), task.getAssignee());
            }
            return false;
        }
        return offered;
    }

    @Override
    public void complete(String taskId, String user, Set<String> groups, Map<String, Object> variables) {
        actionableTask(taskId, user, groups);
        // the engine's events (and its history) learn who acts from the thread's authenticated user
        String previous = Authentication.getAuthenticatedUserId();
        Authentication.setAuthenticatedUserId(user);
        try {
            engine().getTaskService().complete(taskId, user, variables);
        } catch (FlowableObjectNotFoundException | FlowableOptimisticLockingException e) {
            // a concurrent completion won; this transaction rolls back whole
            throw new TaskAlreadyHandledException(taskId, e);
        } finally {
            Authentication.setAuthenticatedUserId(previous);
        }
    }

    @Override
    public void claim(String taskId, String user, Set<String> groups) {
        Task task = groupTask(taskId, user, groups);
        if (user.equals(task.getAssignee())) {
            return;
        }
        if (task.getAssignee() != null) {
            throw new TaskClaimedException(taskId, task.getAssignee());
        }
        try {
            engine().getTaskService().claim(taskId, user);
        } catch (org.flowable.common.engine.api.FlowableTaskAlreadyClaimedException e) {
            throw new TaskClaimedException(taskId, e.getTaskAssignee());
        }
    }

    @Override
    public void handBack(String taskId, String user, Set<String> groups, String candidateGroup) {
        actionableTask(taskId, user, groups);
        var tasks = engine().getTaskService();
        try {
            // the group first: the assignment event then carries it, and the inbox offers the task to the group
            tasks.addCandidateGroup(taskId, candidateGroup);
            tasks.setAssignee(taskId, null);
        } catch (FlowableObjectNotFoundException | FlowableOptimisticLockingException e) {
            throw new TaskAlreadyHandledException(taskId, e);
        }
    }

    @Override
    public void unclaim(String taskId, String user, Set<String> groups) {
        Task task = groupTask(taskId, user, groups);
        if (task.getAssignee() != null) {
            engine().getTaskService().unclaim(taskId);
        }
    }

    /** The open task if the user is in one of its candidate groups, whoever holds it now. */
    private Task groupTask(String taskId, String user, Set<String> groups) {
        Task task = open(taskId);
        boolean member = engine().getTaskService().getIdentityLinksForTask(taskId).stream()
                .anyMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType())
                        && l.getGroupId() != null
                        && groups.contains(l.getGroupId()));
        if (!member) {
            throw new TaskNotAllowedException(taskId, user);
        }
        return task;
    }

    @Override
    public void reassign(String taskId, String user, Set<String> groups, String newAssignee) {
        actionableTask(taskId, user, groups);
        var tasks = engine().getTaskService();
        try {
            for (IdentityLink l : tasks.getIdentityLinksForTask(taskId)) {
                if (l.getGroupId() != null) {
                    tasks.deleteCandidateGroup(taskId, l.getGroupId());
                }
            }
            tasks.setAssignee(taskId, newAssignee);
        } catch (FlowableObjectNotFoundException | FlowableOptimisticLockingException e) {
            throw new TaskAlreadyHandledException(taskId, e);
        }
    }

    @Override
    public List<TaskInfo> openTasks(String processInstanceId) {
        return engine()
                .getTaskService()
                .createTaskQuery()
                .processInstanceId(processInstanceId)
                .orderByTaskCreateTime()
                .asc()
                .list()
                .stream()
                .map(FlowableWorkflowService::info)
                .toList();
    }

    @Override
    public Set<String> candidateGroups(String taskId) {
        return engine().getTaskService().getIdentityLinksForTask(taskId).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    @Override
    public Map<String, List<TaskInfo>> openTasks(Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        return engine()
                .getTaskService()
                .createTaskQuery()
                .processInstanceIdIn(new HashSet<>(processInstanceIds))
                .orderByTaskCreateTime()
                .asc()
                .list()
                .stream()
                .map(FlowableWorkflowService::info)
                .collect(Collectors.groupingBy(TaskInfo::processInstanceId, LinkedHashMap::new, Collectors.toList()));
    }

    @Override
    public List<StepRecord> history(String processInstanceId) {
        return engine()
                .getHistoryService()
                .createHistoricTaskInstanceQuery()
                .processInstanceId(processInstanceId)
                .orderByHistoricTaskInstanceStartTime()
                .asc()
                .list()
                .stream()
                .sorted(Comparator.comparing(HistoricTaskInstance::getCreateTime))
                .map(h -> new StepRecord(
                        h.getId(),
                        h.getTaskDefinitionKey(),
                        h.getName(),
                        h.getFormKey(),
                        h.getAssignee(),
                        h.getCompletedBy(),
                        instant(h.getCreateTime()),
                        instant(h.getEndTime())))
                .toList();
    }

    @Override
    public boolean isEnded(String processInstanceId) {
        return engine().getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(processInstanceId)
                        .count()
                == 0;
    }

    @Override
    public Optional<ProcessDiagram> diagram(String processInstanceId) {
        var instance = engine().getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId)
                .singleResult();
        if (instance == null) {
            return Optional.empty();
        }
        String xml;
        try (var in = engine().getRepositoryService().getProcessModel(instance.getProcessDefinitionId())) {
            xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        // the page draws this XML: it must parse safely here first (a version deployed before validation existed)
        SafeXml.requireSafe(xml);
        Set<String> current = new java.util.LinkedHashSet<>();
        Set<String> completed = new java.util.LinkedHashSet<>();
        engine().getHistoryService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId)
                .orderByHistoricActivityInstanceStartTime()
                .asc()
                .list()
                .forEach(h -> {
                    if (h.getEndTime() != null) {
                        completed.add(h.getActivityId());
                    } else if (!"boundaryEvent".equals(h.getActivityType())) {
                        // an armed deadline timer waits beside the step; the step is where the report is
                        current.add(h.getActivityId());
                    }
                });
        // a step re-entered after a return is current, not done
        completed.removeAll(current);
        return Optional.of(new ProcessDiagram(
                instance.getProcessDefinitionId(), xml, List.copyOf(current), List.copyOf(completed)));
    }

    /**
     * The policy between the product's BPMN and the administrators': a bundled file is deployed when its key has no
     * version yet, or when it changed and the key's latest version is also a bundled one. Once an administrator has
     * deployed a version of the key, a restart (or an upgrade that changes the bundled file) never puts the bundled
     * file on top of it; the log says so, and the administrator may deploy the new bundled file from the modeler.
     */
    @Override
    public void deployBundled() {
        for (String resource : BUNDLED) {
            byte[] content;
            try (var in = FlowableWorkflowService.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("bundled workflow " + resource + " not on the classpath");
                }
                content = in.readAllBytes();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            deployBundled(resource, content);
        }
    }

    /** @return whether the file was handed to the engine (which still skips it when unchanged) */
    boolean deployBundled(String resource, byte[] content) {
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        String key = name.substring(0, name.length() - ".bpmn20.xml".length());
        var repository = engine().getRepositoryService();
        ProcessDefinition latest = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(key)
                .latestVersion()
                .singleResult();
        if (latest != null) {
            var deployment = repository
                    .createDeploymentQuery()
                    .deploymentId(latest.getDeploymentId())
                    .singleResult();
            if (deployment != null
                    && deployment.getName() != null
                    && deployment.getName().startsWith(FlowableWorkflowAdministrationService.ADMIN_DEPLOYMENT)) {
                LOG.info(() -> "workflow " + resource + " not deployed: version " + latest.getVersion() + " of " + key
                        + " is an administrator's");
                return false;
            }
        }
        // the resource keeps its classpath name: duplicate filtering compares names and bytes with the last one
        var d = repository
                .createDeployment()
                .name(name)
                .addBytes(resource, content)
                .enableDuplicateFiltering()
                .deploy();
        LOG.info(() -> "workflow " + resource + " deployed as " + d.getId());
        return true;
    }

    @Override
    public List<Integer> versions(String processKey) {
        return engine()
                .getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(processKey)
                .orderByProcessDefinitionVersion()
                .desc()
                .list()
                .stream()
                .map(ProcessDefinition::getVersion)
                .toList();
    }

    /** by the ids of the latest definitions: a deploy changes them, and a definition never changes */
    private final java.util.concurrent.ConcurrentHashMap<String, Map<String, StepName>> names =
            new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, StepName> stepNames() {
        var repository = engine().getRepositoryService();
        List<ProcessDefinition> latest = repository
                .createProcessDefinitionQuery()
                .latestVersion()
                .orderByProcessDefinitionKey()
                .asc()
                .list();
        String stamp =
                String.join(",", latest.stream().map(ProcessDefinition::getId).toList());
        return names.computeIfAbsent(stamp, k -> {
            if (names.size() > 16) {
                names.clear();
            }
            Map<String, StepName> m = new LinkedHashMap<>();
            for (ProcessDefinition d : latest) {
                var model = repository.getBpmnModel(d.getId());
                for (var p : model.getProcesses()) {
                    for (var e : StepOrder.userTasks(p)) {
                        m.putIfAbsent(e.getId(), new StepName(e.getName(), english(e)));
                    }
                }
            }
            return java.util.Collections.unmodifiableMap(m);
        });
    }

    /** {@code <extensionElements><flowable:localization locale="en" name="…"/>}, as the modeler writes it */
    private static String english(org.flowable.bpmn.model.BaseElement e) {
        return e.getExtensionElements().getOrDefault("localization", List.of()).stream()
                .filter(x -> "en".equals(x.getAttributeValue(null, "locale")))
                .map(x -> x.getAttributeValue(null, "name"))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    static TaskInfo info(Task t) {
        return new TaskInfo(
                t.getId(),
                t.getTaskDefinitionKey(),
                t.getName(),
                t.getFormKey(),
                t.getProcessInstanceId(),
                t.getProcessDefinitionId(),
                instant(t.getCreateTime()),
                instant(t.getDueDate()),
                t.getAssignee());
    }

    private static java.time.Instant instant(Date d) {
        return d == null ? null : d.toInstant();
    }
}
