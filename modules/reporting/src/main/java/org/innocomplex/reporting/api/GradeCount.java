package org.innocomplex.reporting.api;

import org.innocomplex.appraisal.api.Grade;

/** How many selected reports received a grade (all four grades are always present, possibly with 0). */
public record GradeCount(Grade grade, long complexes) implements java.io.Serializable {}
