package org.innocomplex.submission.api;

import java.time.Instant;

/**
 * An evidence file attached to a report, without its content.
 *
 * @param section        the part of the report it supports, e.g. {@code general}
 * @param filename       the sanitised original name, as it is offered for download
 * @param mediaType      the type detected from the content
 * @param size           in bytes
 * @param sha256         hex checksum of the content, computed on upload
 * @param uploadedBy     username
 * @param uploadedByName display name of {@code uploadedBy}
 */
public record EvidenceData(
        Long id,
        Long reportId,
        String section,
        String filename,
        String mediaType,
        long size,
        String sha256,
        String uploadedBy,
        String uploadedByName,
        Instant uploadedAt)
        implements java.io.Serializable {

    public EvidenceKind kind() {
        return EvidenceKind.byMediaType(mediaType);
    }
}
