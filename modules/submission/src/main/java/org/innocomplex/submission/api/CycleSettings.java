package org.innocomplex.submission.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the bureau sets on a cycle before it opens: deadlines per step and the anomaly threshold. */
public record CycleSettings(LocalDate reportDue, LocalDate countyDue, LocalDate municipalDue, LocalDate expertDue,
                            LocalDate decisionDue, BigDecimal anomalyThreshold) implements java.io.Serializable {
}
