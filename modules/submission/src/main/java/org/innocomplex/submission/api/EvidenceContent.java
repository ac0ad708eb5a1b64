package org.innocomplex.submission.api;

/** An evidence file's content, for download; kept out of {@link EvidenceData} so that lists never carry it. */
public record EvidenceContent(Long id, Long reportId, String filename, String mediaType, byte[] bytes) {}
