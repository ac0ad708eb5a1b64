package org.innocomplex.appraisal.api;

/** How many open tasks of one step an official's inbox holds. */
public record StepCount(String stepKey, String stepName, long count) implements java.io.Serializable {}
