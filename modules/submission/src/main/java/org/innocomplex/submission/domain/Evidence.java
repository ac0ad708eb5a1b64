package org.innocomplex.submission.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.innocomplex.submission.api.EvidenceContent;

/**
 * An evidence file and its content in one row, so that both are written, and rolled back, together. Lists read it
 * through {@link EvidenceListing} and never touch the content column.
 */
@Entity
@Table(name = "sub_evidence")
public class Evidence {
    @Id
    @SequenceGenerator(name = "sub_evidence_seq", sequenceName = "sub_evidence_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sub_evidence_seq")
    private Long id;

    @Column(name = "report_id", nullable = false)
    private Long reportId;

    @Column(name = "section_code", nullable = false, length = 64)
    private String section;

    @Column(nullable = false, length = 255)
    private String filename;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private LocalDateTime uploadedAt;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    protected Evidence() {}

    public Evidence(Long reportId, String section, EvidenceFile file, String uploadedBy) {
        this.reportId = reportId;
        this.section = section;
        this.filename = file.filename();
        this.mediaType = file.kind().mediaType();
        this.size = file.content().length;
        this.sha256 = file.sha256();
        this.content = file.content();
        this.uploadedBy = uploadedBy;
        // the databases keep microseconds; the view returned now must equal the one read back later
        this.uploadedAt = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    public EvidenceListing listing() {
        return new EvidenceListing(id, reportId, section, filename, mediaType, size, sha256, uploadedBy, uploadedAt);
    }

    public EvidenceContent toContent() {
        return new EvidenceContent(id, reportId, filename, mediaType, content);
    }
}
