package org.innocomplex.submission.api;

/**
 * Fired synchronously inside the transaction that changed a report's status (submitted, returned, accepted, or a
 * past year's report recorded), after the change; an observer that throws undoes it.
 */
public record ReportStatusChanged(Long reportId, ReportStatus status) implements java.io.Serializable {}
