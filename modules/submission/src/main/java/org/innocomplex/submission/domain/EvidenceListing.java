package org.innocomplex.submission.domain;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.innocomplex.submission.api.EvidenceData;

/** An evidence row without its content: what JPQL constructor queries select for lists and checks. */
public record EvidenceListing(
        Long id,
        Long reportId,
        String section,
        String filename,
        String mediaType,
        long size,
        String sha256,
        String uploadedBy,
        LocalDateTime uploadedAt) {

    /**
     * the select list of a constructor query over {@code Evidence e}; JPQL wants the record's fully qualified name, taken
     * from the class so that a move or a rename cannot leave a stale one in the string
     */
    public static final String SELECT = "select new " + EvidenceListing.class.getName() + "(e.id, "
            + "e.reportId, e.section, e.filename, e.mediaType, e.size, e.sha256, e.uploadedBy, e.uploadedAt) ";

    public EvidenceData toView(String uploadedByName) {
        return new EvidenceData(
                id,
                reportId,
                section,
                filename,
                mediaType,
                size,
                sha256,
                uploadedBy,
                uploadedByName == null ? uploadedBy : uploadedByName,
                uploadedAt.toInstant(ZoneOffset.UTC));
    }
}
