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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** The complex's answer to a recommendation: what it did and when, with an optional evidence file. */
@Entity
@Table(name = "apr_guidance_followup")
public class GuidanceFollowUp {
    @Id
    @SequenceGenerator(name = "apr_guidance_seq", sequenceName = "apr_guidance_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "apr_guidance_seq")
    private Long id;

    @Column(name = "recommendation_id", nullable = false)
    private Long recommendationId;

    @Column(name = "action_taken", nullable = false, length = 4000)
    private String actionTaken;

    @Column(name = "done_on", nullable = false)
    private LocalDate doneOn;

    @Column(nullable = false, length = 64)
    private String author;

    @Column(name = "file_name", length = 255)
    private String fileName;

    @Column(name = "content_type", length = 64)
    private String contentType;

    @Column(name = "size_bytes")
    private Long size;

    @Column(length = 64)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected GuidanceFollowUp() {}

    public GuidanceFollowUp(Long recommendationId, String actionTaken, LocalDate doneOn, String author) {
        this.recommendationId = recommendationId;
        this.actionTaken = actionTaken.strip();
        this.doneOn = doneOn;
        this.author = author;
        this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public void attach(String fileName, String contentType, byte[] content) {
        this.fileName = GuidanceFiles.cleanName(fileName);
        this.contentType = contentType;
        this.size = (long) content.length;
        this.sha256 = GuidanceFiles.sha256(content);
        this.content = content;
    }

    public Long recommendationId() {
        return recommendationId;
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
