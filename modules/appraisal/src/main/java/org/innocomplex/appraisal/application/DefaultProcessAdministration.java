package org.innocomplex.appraisal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.AuditTrail;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.access.api.Role;
import org.innocomplex.appraisal.api.ProcessAdministration;
import org.innocomplex.appraisal.application.steps.StepHandler;
import org.innocomplex.appraisal.domain.AppraisalProcessRules;
import org.innocomplex.workflow.api.DeployOutcome;
import org.innocomplex.workflow.api.MigrationPreview;
import org.innocomplex.workflow.api.MigrationResult;
import org.innocomplex.workflow.api.ProcessAdminService;
import org.innocomplex.workflow.api.ProcessDiff;
import org.innocomplex.workflow.api.ProcessDraft;
import org.innocomplex.workflow.api.ProcessRules;
import org.innocomplex.workflow.api.ProcessVersion;
import org.innocomplex.workflow.api.RunningInstance;
import org.innocomplex.workflow.api.ValidationProblem;
import org.innocomplex.workflow.api.ValidationReport;

/**
 * The product around the engine's administration: administrators only, the appraisal's {@link ProcessRules}, and the
 * audit trail (type {@code PROCESS}, object the process key), in which a refused or failed attempt is written in a
 * transaction of its own so that it stays although nothing else does.
 */
@ApplicationScoped
@Transactional
public class DefaultProcessAdministration implements ProcessAdministration {
    static final String AUDIT_TYPE = "PROCESS";
    private static final int DETAIL_MAX = 4000;

    @Inject
    ProcessAdminService admin;
    @Inject
    AuditTrail audit;
    @Inject
    AuditNow auditNow;
    @Inject
    InstanceMigration migration;
    @Inject
    Instance<StepHandler> handlers;

    private static void requireAdmin(Actor actor) {
        if (actor == null || !actor.is(Role.ADMIN)) {
            throw new NotAuthorizedException("access.error.adminOnly");
        }
    }

    ProcessRules rules() {
        return AppraisalProcessRules.of(stepTypes().keySet());
    }

    @Override
    public List<String> processKeys(Actor actor) {
        requireAdmin(actor);
        return admin.processKeys();
    }

    @Override
    public List<ProcessVersion> versions(Actor actor, String processKey) {
        requireAdmin(actor);
        return admin.versions(processKey);
    }

    @Override
    public String bpmnXml(Actor actor, String definitionId) {
        requireAdmin(actor);
        return admin.version(definitionId).map(v -> admin.bpmnXml(definitionId))
                .orElseThrow(() -> new DomainException("workflow.admin.error.unknownVersion", definitionId));
    }

    @Override
    public Map<String, String> stepTypes() {
        Map<String, String> types = new TreeMap<>();
        handlers.forEach(h -> types.put(h.formKey(), "workflow.validation.stepType." + h.formKey()));
        return types;
    }

    @Override
    public ProcessDraft saveDraft(Actor actor, String processKey, String xml) {
        requireAdmin(actor);
        if (processKey == null || processKey.isBlank()) {
            throw new DomainException("workflow.admin.error.keyRequired");
        }
        if (xml == null || xml.isBlank()) {
            throw new DomainException("workflow.validation.empty");
        }
        if (xml.length() > AppraisalProcessRules.MAX_BYTES) {
            throw new DomainException("workflow.validation.tooLarge", (xml.length() + 1023) / 1024,
                    AppraisalProcessRules.MAX_BYTES / 1024);
        }
        try {
            return admin.saveDraft(processKey, xml, actor.username(), AppraisalProcessRules.MAX_BYTES);
        } catch (IllegalArgumentException e) {
            throw new DomainException("workflow.validation.tooLarge", "?", AppraisalProcessRules.MAX_BYTES / 1024);
        }
    }

    @Override
    public Optional<ProcessDraft> latestDraft(Actor actor, String processKey) {
        requireAdmin(actor);
        return admin.latestDraft(processKey);
    }

    @Override
    public ValidationReport validate(Actor actor, String xml) {
        requireAdmin(actor);
        return admin.validate(xml, rules());
    }

    @Override
    public DeployOutcome deploy(Actor actor, String xml) {
        requireAdmin(actor);
        DeployOutcome outcome;
        try {
            outcome = admin.deploy(xml, rules(), actor.username());
        } catch (RuntimeException e) {
            // valid by our rules, yet the engine would not take it: this transaction rolls back, the line stays
            auditNow.record(actor.username(), "WORKFLOW_DEPLOY_FAILED", AUDIT_TYPE, "?", cut(String.valueOf(e)));
            throw new DomainException("workflow.admin.error.deployFailed", String.valueOf(e.getMessage()));
        }
        String key = outcome.report().processKey() == null ? "?" : outcome.report().processKey();
        if (outcome.deployed().isEmpty()) {
            auditNow.record(actor.username(), "WORKFLOW_DEPLOY_REFUSED", AUDIT_TYPE, cut64(key),
                    cut(describe(outcome.report())));
        } else {
            ProcessVersion v = outcome.deployed().get();
            audit.record(actor.username(), "WORKFLOW_DEPLOYED", AUDIT_TYPE, cut64(key),
                    "version " + v.version() + " (" + v.definitionId() + ")");
        }
        return outcome;
    }

    @Override
    public void suspend(Actor actor, String definitionId) {
        requireAdmin(actor);
        ProcessVersion v = known(definitionId);
        admin.suspend(definitionId);
        audit.record(actor.username(), "WORKFLOW_SUSPENDED", AUDIT_TYPE, cut64(v.key()),
                "version " + v.version() + " (" + definitionId + ")");
    }

    @Override
    public void activate(Actor actor, String definitionId) {
        requireAdmin(actor);
        ProcessVersion v = known(definitionId);
        admin.activate(definitionId);
        audit.record(actor.username(), "WORKFLOW_ACTIVATED", AUDIT_TYPE, cut64(v.key()),
                "version " + v.version() + " (" + definitionId + ")");
    }

    private ProcessVersion known(String definitionId) {
        return admin.version(definitionId)
                .orElseThrow(() -> new DomainException("workflow.admin.error.unknownVersion", definitionId));
    }

    @Override
    public ProcessDiff diff(Actor actor, String fromDefinitionId, String toDefinitionId) {
        requireAdmin(actor);
        known(fromDefinitionId);
        known(toDefinitionId);
        return admin.diff(fromDefinitionId, toDefinitionId);
    }

    @Override
    public List<RunningInstance> runningInstances(Actor actor, String definitionId) {
        requireAdmin(actor);
        known(definitionId);
        return admin.runningInstances(definitionId);
    }

    @Override
    public List<MigrationPreview> previewMigration(Actor actor, List<String> processInstanceIds,
                                                   String toDefinitionId) {
        requireAdmin(actor);
        known(toDefinitionId);
        return processInstanceIds.stream().map(id -> admin.previewMigration(id, toDefinitionId)).toList();
    }

    /** No transaction here: each instance moves (and is audited) in its own, so one failure leaves the rest moved. */
    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<MigrationResult> migrate(Actor actor, List<String> processInstanceIds, String toDefinitionId) {
        requireAdmin(actor);
        ProcessVersion target = known(toDefinitionId);
        List<MigrationResult> results = new ArrayList<>();
        for (String id : processInstanceIds) {
            try {
                RunningInstance before = migration.migrate(actor.username(), target.key(), id, toDefinitionId);
                results.add(new MigrationResult(id, before.businessKey(), true,
                        "v" + before.version() + " → v" + target.version()));
            } catch (RuntimeException e) {
                String reason = rootMessage(e);
                auditNow.record(actor.username(), "WORKFLOW_MIGRATION_FAILED", AUDIT_TYPE, cut64(target.key()),
                        cut("instance " + id + " → " + toDefinitionId + ": " + reason));
                results.add(new MigrationResult(id, null, false, reason));
            }
        }
        return results;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t && t.getMessage() == null) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    /** The audit detail of a refusal: each problem's element and key. */
    static String describe(ValidationReport r) {
        return r.problems().stream().map(DefaultProcessAdministration::describe).collect(Collectors.joining("; "));
    }

    private static String describe(ValidationProblem p) {
        return (p.elementId() == null ? "(file)" : p.elementId()) + ": " + p.key() + " " + p.args();
    }

    private static String cut(String s) {
        return s.length() <= DETAIL_MAX ? s : s.substring(0, DETAIL_MAX - 1) + "…";
    }

    private static String cut64(String s) {
        return s.length() <= 64 ? s : s.substring(0, 64);
    }
}
