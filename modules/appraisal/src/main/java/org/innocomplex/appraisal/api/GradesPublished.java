package org.innocomplex.appraisal.api;

import java.util.List;

/** Grades of a cycle's appraisals became visible to their complexes. */
public record GradesPublished(Long cycleId, List<Long> appraisalIds, String by) implements java.io.Serializable {
}
