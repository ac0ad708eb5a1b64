package org.innocomplex.appraisal.api;

import java.math.BigDecimal;
import java.time.Instant;

public record ScoreData(String expert, String expertName, BigDecimal score, String comment, Instant at)
        implements java.io.Serializable {
    public ScoreData withExpertName(String name) {
        return new ScoreData(expert, name, score, comment, at);
    }
}
