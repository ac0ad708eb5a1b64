package org.innocomplex.appraisal.api;

import java.math.BigDecimal;
import java.time.Instant;

public record ScoreView(String expert, String expertName, BigDecimal score, String comment, Instant at) implements java.io.Serializable {
    public ScoreView withExpertName(String name) {
        return new ScoreView(expert, name, score, comment, at);
    }
}
