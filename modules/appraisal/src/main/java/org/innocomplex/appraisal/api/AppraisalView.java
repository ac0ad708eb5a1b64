package org.innocomplex.appraisal.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The appraisal of one report: where it is and, once decided, its grade. */
public record AppraisalView(Long id, Long reportId, Long complexId, String countyCode, String cityCode, int year,
                            String processInstanceId, AppraisalStatus status, List<String> experts,
                            BigDecimal score, Grade grade, String gradeReason, Instant publishedAt) implements java.io.Serializable {
}
