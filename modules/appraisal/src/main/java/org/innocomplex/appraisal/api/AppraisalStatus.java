package org.innocomplex.appraisal.api;

/** DECIDED: graded by the municipal bureau, not yet published to the complex. */
public enum AppraisalStatus {
    RUNNING,
    DECIDED,
    PUBLISHED
}
