package org.innocomplex.appraisal.domain;

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

/** A photo of a guidance visit and its content in one row, written and rolled back together. */
@Entity
@Table(name = "apr_guidance_photo")
public class GuidancePhoto {
    @Id
    @SequenceGenerator(name = "apr_guidance_seq", sequenceName = "apr_guidance_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "apr_guidance_seq")
    private Long id;

    @Column(name = "note_id", nullable = false)
    private Long noteId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 64)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected GuidancePhoto() {}

    public GuidancePhoto(Long noteId, String fileName, String contentType, byte[] content, String uploadedBy) {
        this.noteId = noteId;
        this.fileName = GuidanceFiles.cleanName(fileName);
        this.contentType = contentType;
        this.size = content.length;
        this.sha256 = GuidanceFiles.sha256(content);
        this.content = content;
        this.uploadedBy = uploadedBy;
        this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public Long noteId() {
        return noteId;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] content() {
        return content;
    }
}
