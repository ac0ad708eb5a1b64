package org.innocomplex.submission.api;

/** Where a report is as a document; which workflow step it is at is the appraisal's business. */
public enum ReportStatus {
    /** being filled, never submitted */
    DRAFT,
    /** handed in, under review */
    SUBMITTED,
    /** sent back for revision; editable again */
    RETURNED,
    /** passed the reviews; no longer editable */
    ACCEPTED;

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
