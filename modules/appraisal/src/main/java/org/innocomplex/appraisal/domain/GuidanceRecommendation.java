package org.innocomplex.appraisal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One recommendation of a guidance note, in the note's order; the complex answers each with follow-ups. */
@Entity
@Table(name = "apr_guidance_recommendation")
public class GuidanceRecommendation {
    @Id
    @SequenceGenerator(name = "apr_guidance_seq", sequenceName = "apr_guidance_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "apr_guidance_seq")
    private Long id;

    @Column(name = "note_id", nullable = false)
    private Long noteId;

    @Column(name = "sort_order", nullable = false)
    private int order;

    @Column(name = "text_value", nullable = false, length = 2000)
    private String text;

    protected GuidanceRecommendation() {}

    public GuidanceRecommendation(Long noteId, int order, String text) {
        this.noteId = noteId;
        this.order = order;
        this.text = text;
    }

    public Long id() {
        return id;
    }

    public Long noteId() {
        return noteId;
    }

    public int order() {
        return order;
    }

    public String text() {
        return text;
    }
}
