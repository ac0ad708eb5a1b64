package org.innocomplex.submission.api;

/** A figure that differs between two versions; {@code code} is {@code narrative} for the self-evaluation. */
public record ValueChange(String code, String before, String after) implements java.io.Serializable {}
