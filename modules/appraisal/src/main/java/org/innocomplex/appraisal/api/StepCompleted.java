package org.innocomplex.appraisal.api;

/**
 * Fired synchronously inside the step's transaction after the task was completed; an observer that throws
 * undoes the whole step. Observers that must only see committed steps use {@code during = AFTER_SUCCESS}.
 */
public record StepCompleted(
        Long appraisalId, Long reportId, String stepKey, String formKey, String actor, String comment)
        implements java.io.Serializable {}
