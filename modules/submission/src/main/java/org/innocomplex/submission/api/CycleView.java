package org.innocomplex.submission.api;

/** One year's appraisal for one city. */
public record CycleView(Long id, int year, String cityCode, String status) implements java.io.Serializable {
}
