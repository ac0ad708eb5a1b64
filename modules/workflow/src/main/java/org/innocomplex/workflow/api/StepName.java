package org.innocomplex.workflow.api;

/**
 * A step's name as its process names it: the task's own name (Chinese, the product's default language) and the
 * English one from its {@code <flowable:localization locale="en">}, either null when the process gives none.
 */
public record StepName(String zh, String en) implements java.io.Serializable {}
