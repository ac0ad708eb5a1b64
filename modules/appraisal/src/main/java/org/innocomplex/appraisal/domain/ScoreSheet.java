package org.innocomplex.appraisal.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * One expert's rubric sheet for one appraisal: points per item and a comment per group. It is a draft (seen by its
 * expert only) until submitted; submitting also writes the total to {@link ExpertScore}, which the decision reads.
 */
@Entity
@Table(name = "apr_score_sheet")
public class ScoreSheet {
    @Id
    @SequenceGenerator(name = "apr_score_sheet_seq", sequenceName = "apr_score_sheet_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "apr_score_sheet_seq")
    private Long id;

    @Column(name = "appraisal_id", nullable = false)
    private Long appraisalId;

    @Column(nullable = false, length = 64)
    private String expert;

    @Column(name = "comment_text", length = 4000)
    private String comment;

    @Column(nullable = false)
    private boolean submitted;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "apr_score_item", joinColumns = @JoinColumn(name = "sheet_id"))
    @MapKeyColumn(name = "item_code", length = 64)
    @Column(name = "points", precision = 7, scale = 2, nullable = false)
    private Map<String, BigDecimal> points = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "apr_score_group_comment", joinColumns = @JoinColumn(name = "sheet_id"))
    @MapKeyColumn(name = "group_code", length = 64)
    @Column(name = "comment_text", length = 4000, nullable = false)
    private Map<String, String> groupComments = new HashMap<>();

    protected ScoreSheet() {}

    public ScoreSheet(Long appraisalId, String expert) {
        this.appraisalId = appraisalId;
        this.expert = expert;
        this.updatedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    /** Replaces the sheet's content; blank group comments are not kept. */
    public void fill(Map<String, BigDecimal> newPoints, Map<String, String> newGroupComments, String newComment) {
        if (submitted) {
            throw new IllegalStateException("a submitted sheet is final");
        }
        points.clear();
        newPoints.forEach((code, p) -> {
            if (p != null) {
                points.put(code, p);
            }
        });
        groupComments.clear();
        newGroupComments.forEach((code, c) -> {
            if (c != null && !c.isBlank()) {
                groupComments.put(code, c.strip());
            }
        });
        comment = newComment == null || newComment.isBlank() ? null : newComment.strip();
        updatedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public void submit() {
        submitted = true;
        updatedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public boolean submitted() {
        return submitted;
    }

    public Map<String, BigDecimal> points() {
        return Map.copyOf(points);
    }

    public Map<String, String> groupComments() {
        return Map.copyOf(groupComments);
    }

    public String comment() {
        return comment;
    }

    public String expert() {
        return expert;
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }
}
