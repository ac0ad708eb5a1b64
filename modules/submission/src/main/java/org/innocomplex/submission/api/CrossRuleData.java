package org.innocomplex.submission.api;

/** A cross-field rule: the value of {@code part} should not exceed that of {@code whole}. */
public record CrossRuleData(String part, String whole) implements java.io.Serializable {}
