package org.innocomplex.appraisal.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A new on-site guidance note.
 *
 * @param appraisalId the appraisal the visit belongs to, or null for a note outside any appraisal
 * @param recommendations in the order given; blank lines are dropped
 */
public record GuidanceNoteInput(
        Long complexId,
        Long appraisalId,
        LocalDate visitDate,
        String place,
        String participants,
        String problems,
        List<String> recommendations)
        implements java.io.Serializable {}
