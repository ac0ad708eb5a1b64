package org.innocomplex.workflow.api;

import java.util.List;
import java.util.Optional;

/**
 * The engine side of workflow administration: versions, drafts, validation, deployment, diff and migration. It
 * checks nobody: the caller (the appraisal's {@code ProcessAdministrationService}) authorizes, brings the product's
 * {@link ProcessRules} and writes the audit trail. Every method joins the caller's transaction.
 */
public interface WorkflowAdministrationService {

    List<String> processKeys();

    /** Newest first, with instance counts. */
    List<ProcessVersion> versions(String processKey);

    Optional<ProcessVersion> version(String definitionId);

    /** @throws IllegalArgumentException when there is no such definition */
    String bpmnXml(String definitionId);

    ValidationReport validate(String xml, ProcessRules rules);

    /**
     * The refusal {@link #validate} gives a file larger than {@link ProcessRules#maxBytes()}, for a file that was not
     * read to its end because it is larger.
     *
     * @param bytes its size, or as much of it as was read
     */
    ValidationReport tooLarge(long bytes, ProcessRules rules);

    /**
     * Validates again and deploys when valid: the key's new latest version, on which new instances start. Nothing is
     * deployed when the report has a problem.
     */
    DeployOutcome deploy(String xml, ProcessRules rules, String deployedBy);

    /** No new instance starts on a suspended version (they start on the latest active one); running ones go on. */
    void suspend(String definitionId);

    void activate(String definitionId);

    /** @throws IllegalArgumentException when the file is larger than {@code maxBytes} */
    ProcessDraft saveDraft(String processKey, String xml, String author, int maxBytes);

    Optional<ProcessDraft> latestDraft(String processKey);

    ProcessDiff diff(String fromDefinitionId, String toDefinitionId);

    List<RunningInstance> runningInstances(String definitionId);

    Optional<RunningInstance> runningInstance(String processInstanceId);

    MigrationPreview previewMigration(String processInstanceId, String toDefinitionId);

    /**
     * Moves one instance to the target version in the caller's transaction, activities mapped by id.
     *
     * @throws IllegalStateException with Flowable's reasons when the migration is not valid
     */
    void migrate(String processInstanceId, String toDefinitionId);
}
