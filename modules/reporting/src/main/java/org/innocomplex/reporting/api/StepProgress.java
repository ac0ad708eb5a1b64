package org.innocomplex.reporting.api;

/**
 * Where the year's appraisals stand: how many wait at a workflow step, and of those how many are past the step's
 * due date.
 *
 * @param stepName the step's name in the process (steps an administrator adds have no bundle key)
 */
public record StepProgress(String stepKey, String stepName, long appraisals, long overdue)
        implements java.io.Serializable {}
