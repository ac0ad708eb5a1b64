package org.innocomplex.submission.api;

/** A cycle's catalogue and rubric can be edited while DRAFT; OPEN cycles collect reports; CLOSED ones are history. */
public enum CycleStatus {
    TEMPLATE,
    DRAFT,
    OPEN,
    CLOSED
}
