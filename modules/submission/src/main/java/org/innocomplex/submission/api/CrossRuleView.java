package org.innocomplex.submission.api;

/** A cross-field rule: the value of {@code part} should not exceed that of {@code whole}. */
public record CrossRuleView(String part, String whole) implements java.io.Serializable {
}
