package org.innocomplex.appraisal.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A guidance note with its recommendations (each with the complex's follow-ups) and its photos. */
public record GuidanceNoteData(
        Long id,
        Long complexId,
        Long appraisalId,
        String author,
        String authorName,
        LocalDate visitDate,
        String place,
        String participants,
        String problems,
        Instant createdAt,
        List<Recommendation> recommendations,
        List<FileInfo> photos)
        implements java.io.Serializable {

    public record Recommendation(Long id, int order, String text, List<FollowUp> followUps)
            implements java.io.Serializable {}

    public record FollowUp(
            Long id,
            String actionTaken,
            LocalDate doneOn,
            String author,
            String authorName,
            FileInfo evidence,
            Instant createdAt)
            implements java.io.Serializable {}

    /** A stored file without its content. */
    public record FileInfo(Long id, String fileName, String contentType, long size, String sha256)
            implements java.io.Serializable {}
}
