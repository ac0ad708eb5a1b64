package org.innocomplex.appraisal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.AuditTrail;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.Role;
import org.innocomplex.access.api.Violation;
import org.innocomplex.appraisal.api.ProcessAdministrationService;
import org.innocomplex.appraisal.application.steps.StepHandler;
import org.innocomplex.appraisal.domain.AppraisalProcessRules;
import org.innocomplex.workflow.api.DeployOutcome;
import org.innocomplex.workflow.api.MigrationPreview;
import org.innocomplex.workflow.api.MigrationResult;
import org.innocomplex.workflow.api.ProcessDiff;
import org.innocomplex.workflow.api.ProcessDraft;
import org.innocomplex.workflow.api.ProcessRules;
import org.innocomplex.workflow.api.ProcessVersion;
import org.innocomplex.workflow.api.RunningInstance;
import org.innocomplex.workflow.api.ValidationReport;
import org.innocomplex.workflow.api.WorkflowAdministrationService;
import org.innocomplex.workflow.api.WorkflowService;

/**
 * The product around the engine's administration: administrators only, the appraisal's {@link ProcessRules}, and the
 * audit trail (type {@code PROCESS}, object the process key), in which a refused or failed attempt is written in a
 * transaction of its own so that it stays although nothing else does.
 *
 * <p>Configuration: {@code innocomplex.workflow.max-bytes} (default 4 MiB), and the timers' bounds
 * {@code innocomplex.workflow.timer.min-period} (ISO 8601, default {@code PT1H}: the shortest period of a repeating
 * timer), {@code innocomplex.workflow.timer.max-repeats} (default 100 firings) and
 * {@code innocomplex.workflow.timer.max-span} (default {@code P731D}: how far ahead a date, duration or period may
 * reach, two years).
 */
@ApplicationScoped
@Transactional
public class DefaultProcessAdministrationService implements ProcessAdministrationService {
    static final String AUDIT_TYPE = "PROCESS";
    private static final String TOO_LARGE = "workflow.validation.tooLarge";
    private static final int DETAIL_MAX = 4000;

    @Inject
    WorkflowAdministrationService admin;

    @Inject
    WorkflowService workflow;

    @Inject
    AuditTrail audit;

    @Inject
    AuditNow auditNow;

    @Inject
    InstanceMigration migration;

    @Inject
    Instance<StepHandler> handlers;

    @Inject
    @ConfigProperty(
            name = "innocomplex.workflow.max-bytes",
            defaultValue = "" + AppraisalProcessRules.DEFAULT_MAX_BYTES)
    int maxBytes;

    @Inject
    @ConfigProperty(name = "innocomplex.workflow.timer.min-period", defaultValue = "PT1H")
    String minPeriod;

    @Inject
    @ConfigProperty(name = "innocomplex.workflow.timer.max-repeats", defaultValue = "100")
    int maxRepeats;

    @Inject
    @ConfigProperty(name = "innocomplex.workflow.timer.max-span", defaultValue = "P731D")
    String maxSpan;

    private static void requireAdmin(Actor actor) {
        Actor.requireRole(actor, Role.ADMIN);
    }

    ProcessRules rules() {
        return AppraisalProcessRules.of(
                stepTypes().keySet(),
                maxBytes,
                new ProcessRules.Timers(Duration.parse(minPeriod), maxRepeats, Duration.parse(maxSpan)));
    }

    @Override
    public int maxBytes() {
        return maxBytes;
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
        return admin.version(definitionId)
                .map(v -> admin.bpmnXml(definitionId))
                .orElseThrow(() -> new DomainException("workflow.admin.error.unknownVersion", definitionId));
    }

    @Override
    public Map<String, String> stepTypes() {
        Map<String, String> types = new TreeMap<>();
        handlers.forEach(h -> types.put(h.type().formKey(), h.type().labelKey()));
        return types;
    }

    @Override
    public List<String> stepOrder() {
        return List.copyOf(workflow.stepNames().keySet());
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
        // a char is at least one UTF-8 byte: a long text is refused before it is encoded
        long size = xml.length() > maxBytes ? xml.length() : xml.getBytes(StandardCharsets.UTF_8).length;
        if (size > maxBytes) {
            Violation p = refused(actor, Operation.SAVE_DRAFT, processKey, admin.tooLarge(size, rules()))
                    .problems()
                    .get(0);
            throw new DomainException(p.key(), p.args().toArray());
        }
        return admin.saveDraft(processKey, xml, actor.username(), maxBytes);
    }

    @Override
    public Optional<ProcessDraft> latestDraft(Actor actor, String processKey) {
        requireAdmin(actor);
        return admin.latestDraft(processKey);
    }

    @Override
    public ValidationReport validate(Actor actor, String xml) {
        requireAdmin(actor);
        ValidationReport report = admin.validate(xml, rules());
        if (report.problems().stream().anyMatch(p -> TOO_LARGE.equals(p.key()))) {
            refused(actor, Operation.VALIDATE, null, report);
        }
        return report;
    }

    @Override
    public ValidationReport refuseTooLarge(Actor actor, Operation operation, long bytes) {
        requireAdmin(actor);
        return refused(actor, operation, null, admin.tooLarge(bytes, rules()));
    }

    /** The one audit line of a refused file, in a transaction of its own. */
    private ValidationReport refused(Actor actor, Operation operation, String processKey, ValidationReport report) {
        String key = processKey != null ? processKey : report.processKey() != null ? report.processKey() : "?";
        String action = switch (operation) {
            case VALIDATE -> "WORKFLOW_VALIDATION_REFUSED";
            case SAVE_DRAFT -> "WORKFLOW_DRAFT_REFUSED";
            case DEPLOY -> "WORKFLOW_DEPLOY_REFUSED";
        };
        auditNow.record(actor.username(), action, AUDIT_TYPE, cut64(key), cut(describe(report)));
        return report;
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
        String key =
                outcome.report().processKey() == null ? "?" : outcome.report().processKey();
        if (outcome.deployed().isEmpty()) {
            refused(actor, Operation.DEPLOY, null, outcome.report());
        } else {
            ProcessVersion v = outcome.deployed().get();
            audit.record(
                    actor.username(),
                    "WORKFLOW_DEPLOYED",
                    AUDIT_TYPE,
                    cut64(key),
                    "version " + v.version() + " (" + v.definitionId() + ")");
        }
        return outcome;
    }

    @Override
    public void suspend(Actor actor, String definitionId) {
        requireAdmin(actor);
        ProcessVersion v = known(definitionId);
        admin.suspend(definitionId);
        audit.record(
                actor.username(),
                "WORKFLOW_SUSPENDED",
                AUDIT_TYPE,
                cut64(v.key()),
                "version " + v.version() + " (" + definitionId + ")");
    }

    @Override
    public void activate(Actor actor, String definitionId) {
        requireAdmin(actor);
        ProcessVersion v = known(definitionId);
        admin.activate(definitionId);
        audit.record(
                actor.username(),
                "WORKFLOW_ACTIVATED",
                AUDIT_TYPE,
                cut64(v.key()),
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
    public List<MigrationPreview> previewMigration(
            Actor actor, List<String> processInstanceIds, String toDefinitionId) {
        requireAdmin(actor);
        known(toDefinitionId);
        return processInstanceIds.stream()
                .map(id -> admin.previewMigration(id, toDefinitionId))
                .toList();
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
                results.add(new MigrationResult(
                        id, before.businessKey(), true, "v" + before.version() + " → v" + target.version()));
            } catch (RuntimeException e) {
                String reason = rootMessage(e);
                auditNow.record(
                        actor.username(),
                        "WORKFLOW_MIGRATION_FAILED",
                        AUDIT_TYPE,
                        cut64(target.key()),
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
        return r.problems().stream()
                .map(DefaultProcessAdministrationService::describe)
                .collect(Collectors.joining("; "));
    }

    private static String describe(Violation p) {
        return (p.location() == null ? "(file)" : p.location().element()) + ": " + p.key() + " " + p.args();
    }

    private static String cut(String s) {
        return s.length() <= DETAIL_MAX ? s : s.substring(0, DETAIL_MAX - 1) + "…";
    }

    private static String cut64(String s) {
        return s.length() <= 64 ? s : s.substring(0, 64);
    }
}
