package org.innocomplex.submission.api;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.innocomplex.access.api.Actor;

/**
 * Evidence files attached to annual reports. The type is detected from the content (PDF, PNG, JPEG and Office
 * documents only, and the name's extension must agree), the size is limited by {@code innocomplex.evidence.max-bytes}
 * while reading, and content, checksum and metadata are written in one transaction.
 *
 * <p>Writes are checked here: only the operator of the report's complex, and only while the report is editable.
 * Reads by whoever may read the report ({@link ReportReaders}): no page or resource that shows files can forget
 * to ask.
 */
public interface EvidenceService {

    /** The one section the report form has for now. */
    String GENERAL = "general";

    /**
     * Stores a file. Reads at most one byte more than the limit, whatever {@code declaredSize} says.
     *
     * @param declaredSize the size the client announced, or a negative number when unknown; a file announced larger
     *                     than the limit is refused before reading, one whose content differs from it as incomplete
     * @throws org.innocomplex.access.api.NotAuthorizedException when the actor is not the complex's operator
     * @throws org.innocomplex.access.api.DomainException         when the report is not editable or the file is
     *                                                             refused; nothing is stored then
     */
    EvidenceData attach(
            Long reportId,
            Actor actor,
            String section,
            String originalFilename,
            InputStream content,
            long declaredSize);

    default EvidenceData attach(Long reportId, Actor actor, String section, String originalFilename, byte[] content) {
        return attach(reportId, actor, section, originalFilename, new ByteArrayInputStream(content), content.length);
    }

    /**
     * A report's files, by section, oldest first.
     *
     * @throws org.innocomplex.access.api.NotAuthorizedException when the actor may not read the report
     */
    List<EvidenceData> list(Long reportId, Actor actor);

    /**
     * The file, if it exists.
     *
     * @throws org.innocomplex.access.api.NotAuthorizedException when the actor may not read its report
     */
    Optional<EvidenceData> find(Long evidenceId, Actor actor);

    /**
     * @throws org.innocomplex.access.api.DomainException        {@code submission.error.unknownEvidence}
     * @throws org.innocomplex.access.api.NotAuthorizedException when the actor may not read its report
     */
    EvidenceContent content(Long evidenceId, Actor actor);

    /** Same rules as {@link #attach}: the complex's operator, while the report is editable. */
    void remove(Long evidenceId, Actor actor);

    /** The configured size limit in bytes. */
    long maxBytes();
}
