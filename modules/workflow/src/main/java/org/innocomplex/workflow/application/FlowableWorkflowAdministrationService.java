package org.innocomplex.workflow.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.migration.ProcessInstanceMigrationBuilder;
import org.flowable.engine.migration.ProcessInstanceMigrationValidationResult;
import org.flowable.engine.repository.Deployment;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.engine.runtime.Execution;
import org.flowable.engine.runtime.ProcessInstance;
import org.innocomplex.workflow.api.DeployOutcome;
import org.innocomplex.workflow.api.MigrationPreview;
import org.innocomplex.workflow.api.ProcessDiff;
import org.innocomplex.workflow.api.ProcessDraft;
import org.innocomplex.workflow.api.ProcessRules;
import org.innocomplex.workflow.api.ProcessVersion;
import org.innocomplex.workflow.api.RunningInstance;
import org.innocomplex.workflow.api.ValidationReport;
import org.innocomplex.workflow.api.WorkflowAdministrationService;
import org.innocomplex.workflow.domain.BpmnDiff;
import org.innocomplex.workflow.domain.BpmnValidator;
import org.innocomplex.workflow.domain.DeploymentRecord;
import org.innocomplex.workflow.domain.DraftRecord;
import org.innocomplex.workflow.infrastructure.FlowableEngine;

@ApplicationScoped
@Transactional
public class FlowableWorkflowAdministrationService implements WorkflowAdministrationService {
    private static final Logger LOG = Logger.getLogger(FlowableWorkflowAdministrationService.class.getName());

    /** who deployed a version that has no administration record: the BPMN bundled with the product */
    static final String SYSTEM = "system";

    /** Deployments from the administration carry this name prefix, apart from the bundled files' names. */
    static final String ADMIN_DEPLOYMENT = "admin:";

    @Inject
    FlowableEngine flowable;

    @PersistenceContext
    EntityManager em;

    private ProcessEngine engine() {
        return flowable.engine();
    }

    @Override
    public List<String> processKeys() {
        return engine()
                .getRepositoryService()
                .createProcessDefinitionQuery()
                .latestVersion()
                .orderByProcessDefinitionKey()
                .asc()
                .list()
                .stream()
                .map(ProcessDefinition::getKey)
                .toList();
    }

    @Override
    public List<ProcessVersion> versions(String processKey) {
        List<ProcessDefinition> defs = engine().getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(processKey)
                .orderByProcessDefinitionVersion()
                .desc()
                .list();
        return views(defs);
    }

    @Override
    public Optional<ProcessVersion> version(String definitionId) {
        return engine()
                .getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionId(definitionId)
                .list()
                .stream()
                .findFirst()
                .map(d -> views(List.of(d)).get(0));
    }

    private List<ProcessVersion> views(List<ProcessDefinition> defs) {
        if (defs.isEmpty()) {
            return List.of();
        }
        Set<String> deploymentIds =
                defs.stream().map(ProcessDefinition::getDeploymentId).collect(Collectors.toSet());
        Map<String, Deployment> deployments = engine()
                .getRepositoryService()
                .createDeploymentQuery()
                .deploymentIds(List.copyOf(deploymentIds))
                .list()
                .stream()
                .collect(Collectors.toMap(Deployment::getId, Function.identity()));
        Map<String, String> deployers = em.createQuery(
                        "select d from DeploymentRecord d where d.deploymentId in :ids", DeploymentRecord.class)
                .setParameter("ids", deploymentIds)
                .getResultStream()
                .collect(Collectors.toMap(DeploymentRecord::deploymentId, DeploymentRecord::deployedBy));
        var runtime = engine().getRuntimeService();
        var history = engine().getHistoryService();
        List<ProcessVersion> out = new ArrayList<>();
        for (ProcessDefinition d : defs) {
            Deployment dep = deployments.get(d.getDeploymentId());
            out.add(new ProcessVersion(
                    d.getId(),
                    d.getKey(),
                    d.getVersion(),
                    d.getName(),
                    d.getDeploymentId(),
                    dep == null ? null : utc(dep.getDeploymentTime()),
                    deployers.getOrDefault(d.getDeploymentId(), SYSTEM),
                    d.isSuspended(),
                    runtime.createProcessInstanceQuery()
                            .processDefinitionId(d.getId())
                            .count(),
                    history.createHistoricProcessInstanceQuery()
                            .processDefinitionId(d.getId())
                            .finished()
                            .count()));
        }
        return out;
    }

    @Override
    public String bpmnXml(String definitionId) {
        definition(definitionId);
        try (InputStream in = engine().getRepositoryService().getProcessModel(definitionId)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ProcessDefinition definition(String definitionId) {
        ProcessDefinition d = definitionId == null
                ? null
                : engine().getRepositoryService()
                        .createProcessDefinitionQuery()
                        .processDefinitionId(definitionId)
                        .singleResult();
        if (d == null) {
            throw new IllegalArgumentException("no process definition " + definitionId);
        }
        return d;
    }

    @Override
    public ValidationReport validate(String xml, ProcessRules rules) {
        return new BpmnValidator(rules).validate(xml);
    }

    @Override
    public ValidationReport tooLarge(long bytes, ProcessRules rules) {
        return BpmnValidator.tooLarge(bytes, rules);
    }

    @Override
    public DeployOutcome deploy(String xml, ProcessRules rules, String deployedBy) {
        ValidationReport report = validate(xml, rules);
        if (!report.valid()) {
            return new DeployOutcome(report, Optional.empty());
        }
        String key = report.processKey();
        Deployment d = engine().getRepositoryService()
                .createDeployment()
                .name(ADMIN_DEPLOYMENT + key)
                .key(key)
                .addString(key + ".bpmn20.xml", xml)
                .deploy();
        em.persist(new DeploymentRecord(d.getId(), key, deployedBy));
        ProcessDefinition def = engine().getRepositoryService()
                .createProcessDefinitionQuery()
                .deploymentId(d.getId())
                .singleResult();
        LOG.info(() -> "process " + key + " version " + def.getVersion() + " deployed by " + deployedBy);
        em.flush();
        return new DeployOutcome(report, version(def.getId()));
    }

    @Override
    public void suspend(String definitionId) {
        definition(definitionId);
        // the definition only: appraisals already on it go on
        engine().getRepositoryService().suspendProcessDefinitionById(definitionId, false, null);
    }

    @Override
    public void activate(String definitionId) {
        definition(definitionId);
        engine().getRepositoryService().activateProcessDefinitionById(definitionId, false, null);
    }

    @Override
    public ProcessDraft saveDraft(String processKey, String xml, String author, int maxBytes) {
        if (xml == null || xml.length() > maxBytes || xml.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            throw new IllegalArgumentException("draft empty or larger than " + maxBytes + " bytes");
        }
        DraftRecord d = new DraftRecord(processKey, xml, author);
        em.persist(d);
        em.flush();
        return d.view();
    }

    @Override
    public Optional<ProcessDraft> latestDraft(String processKey) {
        return em.createNamedQuery("DraftRecord.latest", DraftRecord.class)
                .setParameter("key", processKey)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(DraftRecord::view);
    }

    @Override
    public ProcessDiff diff(String fromDefinitionId, String toDefinitionId) {
        ProcessVersion from = version(fromDefinitionId)
                .orElseThrow(() -> new IllegalArgumentException("no process definition " + fromDefinitionId));
        ProcessVersion to = version(toDefinitionId)
                .orElseThrow(() -> new IllegalArgumentException("no process definition " + toDefinitionId));
        var repo = engine().getRepositoryService();
        return new ProcessDiff(
                from,
                to,
                bpmnXml(fromDefinitionId),
                bpmnXml(toDefinitionId),
                BpmnDiff.compare(repo.getBpmnModel(fromDefinitionId), repo.getBpmnModel(toDefinitionId)));
    }

    @Override
    public List<RunningInstance> runningInstances(String definitionId) {
        ProcessDefinition def = definition(definitionId);
        List<ProcessInstance> instances = engine().getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionId(definitionId)
                .orderByStartTime()
                .asc()
                .list();
        if (instances.isEmpty()) {
            return List.of();
        }
        BpmnModel model = engine().getRepositoryService().getBpmnModel(definitionId);
        Map<String, List<String>> activities = new LinkedHashMap<>();
        engine().getRuntimeService()
                .createExecutionQuery()
                .processDefinitionId(definitionId)
                .list()
                .forEach(e -> current(model, e)
                        .ifPresent(a -> activities
                                .computeIfAbsent(e.getProcessInstanceId(), k -> new ArrayList<>())
                                .add(a)));
        return instances.stream()
                .map(p -> new RunningInstance(
                        p.getId(),
                        p.getBusinessKey(),
                        definitionId,
                        def.getVersion(),
                        utc(p.getStartTime()),
                        activities.getOrDefault(p.getId(), List.of()).stream()
                                .distinct()
                                .toList()))
                .toList();
    }

    @Override
    public Optional<RunningInstance> runningInstance(String processInstanceId) {
        ProcessInstance p = engine().getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(processInstanceId)
                .singleResult();
        if (p == null) {
            return Optional.empty();
        }
        BpmnModel model = engine().getRepositoryService().getBpmnModel(p.getProcessDefinitionId());
        List<String> activities =
                engine().getRuntimeService().createExecutionQuery().processInstanceId(processInstanceId).list().stream()
                        .flatMap(e -> current(model, e).stream())
                        .distinct()
                        .toList();
        return Optional.of(new RunningInstance(
                p.getId(),
                p.getBusinessKey(),
                p.getProcessDefinitionId(),
                p.getProcessDefinitionVersion(),
                utc(p.getStartTime()),
                activities));
    }

    /** Where an execution waits, unless it is an armed boundary timer beside a step. */
    private static Optional<String> current(BpmnModel model, Execution e) {
        String a = e.getActivityId();
        if (a == null) {
            return Optional.empty();
        }
        FlowElement el = model.getFlowElement(a);
        return el instanceof BoundaryEvent ? Optional.empty() : Optional.of(a);
    }

    @Override
    public MigrationPreview previewMigration(String processInstanceId, String toDefinitionId) {
        definition(toDefinitionId);
        Optional<RunningInstance> instance = runningInstance(processInstanceId);
        if (instance.isEmpty()) {
            return new MigrationPreview(
                    processInstanceId, null, Map.of(), List.of("workflow.admin.error.instanceNotRunning"));
        }
        RunningInstance ri = instance.get();
        BpmnModel target = engine().getRepositoryService().getBpmnModel(toDefinitionId);
        Map<String, String> mapping = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String a : ri.currentActivityIds()) {
            // Flowable maps an activity to the one with the same id; an empty target means it has nowhere to go
            mapping.put(a, target.getFlowElement(a) != null ? a : "");
        }
        if (ri.definitionId().equals(toDefinitionId)) {
            problems.add("workflow.admin.error.sameVersion");
        }
        ProcessInstanceMigrationValidationResult v = builder(toDefinitionId).validateMigration(processInstanceId);
        problems.addAll(v.getValidationMessages());
        if (mapping.containsValue("") && v.getValidationMessages().isEmpty()) {
            // the engine would move it; the instance would then wait where the new version has nothing
            problems.add("workflow.admin.error.activityMissing");
        }
        return new MigrationPreview(processInstanceId, ri.businessKey(), mapping, problems);
    }

    @Override
    public void migrate(String processInstanceId, String toDefinitionId) {
        MigrationPreview p = previewMigration(processInstanceId, toDefinitionId);
        if (!p.migratable()) {
            throw new IllegalStateException(String.join("; ", p.problems()));
        }
        builder(toDefinitionId).migrate(processInstanceId);
    }

    private ProcessInstanceMigrationBuilder builder(String toDefinitionId) {
        return engine().getProcessMigrationService()
                .createProcessInstanceMigrationBuilder()
                .migrateToProcessDefinition(toDefinitionId);
    }

    private static LocalDateTime utc(Date d) {
        return d == null ? null : LocalDateTime.ofInstant(d.toInstant(), ZoneOffset.UTC);
    }
}
