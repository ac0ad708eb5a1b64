package org.innocomplex.appraisal.api;

import java.math.BigDecimal;
import java.time.Instant;

public record ScoreView(String expert, BigDecimal score, String comment, Instant at) {
}
