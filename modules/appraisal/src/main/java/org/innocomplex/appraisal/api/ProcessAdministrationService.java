package org.innocomplex.appraisal.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.innocomplex.access.api.Actor;
import org.innocomplex.workflow.api.DeployOutcome;
import org.innocomplex.workflow.api.MigrationPreview;
import org.innocomplex.workflow.api.MigrationResult;
import org.innocomplex.workflow.api.ProcessDiff;
import org.innocomplex.workflow.api.ProcessDraft;
import org.innocomplex.workflow.api.ProcessVersion;
import org.innocomplex.workflow.api.RunningInstance;
import org.innocomplex.workflow.api.ValidationReport;

/**
 * The administrators' hold on the appraisal's BPMN: versions, drafts, safe validation, live deployment, diff and
 * migration. Every method is for {@code ADMIN} only (others get {@code NotAuthorizedException}); deploys, refusals,
 * suspensions and migrations go into the audit trail with who and when, a refusal included although nothing is
 * deployed.
 *
 * <p>Validation knows the product: the step types (formKeys) the appraisal has handlers for, the candidate-group and
 * assignee scheme, the one allowlisted delegate ({@code ${deadlineNotifier}}) and the allowlisted functions, the size
 * limit and the timers' bounds from configuration.
 *
 * <p>A file over the size limit is audited whatever the administrator meant to do with it (validate, save or deploy):
 * nothing looks into it, and it may be an attempt at the server's memory. Other validation results are a dry run.
 */
public interface ProcessAdministrationService {

    /** What an administrator meant to do with a BPMN file, for the audit line of its refusal. */
    enum Operation {
        VALIDATE,
        SAVE_DRAFT,
        DEPLOY
    }

    /** Process keys that have at least one deployed version. */
    List<String> processKeys(Actor actor);

    /** Versions of a key, newest first, with running and finished instance counts. */
    List<ProcessVersion> versions(Actor actor, String processKey);

    /** The BPMN XML of one deployed version. */
    String bpmnXml(Actor actor, String definitionId);

    /** Step types an administrator may choose for a user task: formKey → message-bundle key of its label. */
    Map<String, String> stepTypes();

    /** The steps (task ids) of the live processes in the order a case meets them, for lists of steps. */
    List<String> stepOrder();

    /** @throws org.innocomplex.access.api.DomainException when it is empty or too large (the latter audited) */
    ProcessDraft saveDraft(Actor actor, String processKey, String xml);

    Optional<ProcessDraft> latestDraft(Actor actor, String processKey);

    ValidationReport validate(Actor actor, String xml);

    /** Validates, then deploys as the key's new latest version; new reports start on it, running ones stay. */
    DeployOutcome deploy(Actor actor, String xml);

    /** The largest BPMN file accepted, in bytes ({@code innocomplex.workflow.max-bytes}): what an upload reads. */
    int maxBytes();

    /**
     * Refuses, and audits, a file an upload stopped reading because it is larger than {@link #maxBytes()}: the same
     * refusal {@link #validate} and {@link #deploy} give a file too large.
     *
     * @param bytes its size as the upload declared it, or as much as was read of it
     */
    ValidationReport refuseTooLarge(Actor actor, Operation operation, long bytes);

    void suspend(Actor actor, String definitionId);

    void activate(Actor actor, String definitionId);

    ProcessDiff diff(Actor actor, String fromDefinitionId, String toDefinitionId);

    List<RunningInstance> runningInstances(Actor actor, String definitionId);

    List<MigrationPreview> previewMigration(Actor actor, List<String> processInstanceIds, String toDefinitionId);

    /** Each instance in its own transaction: one that fails leaves the others migrated. */
    List<MigrationResult> migrate(Actor actor, List<String> processInstanceIds, String toDefinitionId);
}
