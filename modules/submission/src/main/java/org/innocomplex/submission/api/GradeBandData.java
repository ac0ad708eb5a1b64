package org.innocomplex.submission.api;

import java.math.BigDecimal;

/** @param grade the name of a grade (EXCELLENT, GOOD, PASS, FAIL); the lowest score that earns it */
public record GradeBandData(String grade, BigDecimal minScore) implements java.io.Serializable {}
