package org.innocomplex.appraisal.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * What an expert sees of their own review: whether they confirmed having no conflict, and their saved sheet.
 *
 * @param savedAt when the draft was last saved, null when nothing was saved yet
 */
public record ScoreSheetData(
        boolean confirmed,
        Map<String, BigDecimal> points,
        Map<String, String> groupComments,
        String comment,
        Instant savedAt)
        implements java.io.Serializable {}
