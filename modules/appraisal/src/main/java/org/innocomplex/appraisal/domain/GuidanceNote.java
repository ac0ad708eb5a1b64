package org.innocomplex.appraisal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.innocomplex.appraisal.api.GuidanceNoteInput;

/** An on-site guidance visit to a complex, inside an appraisal or outside any. */
@Entity
@Table(name = "apr_guidance_note")
public class GuidanceNote {
    @Id
    @SequenceGenerator(name = "apr_guidance_seq", sequenceName = "apr_guidance_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "apr_guidance_seq")
    private Long id;

    @Column(name = "complex_id", nullable = false)
    private Long complexId;

    @Column(name = "appraisal_id")
    private Long appraisalId;

    @Column(nullable = false, length = 64)
    private String author;

    @Column(name = "visit_date", nullable = false)
    private LocalDate visitDate;

    @Column(nullable = false, length = 500)
    private String place;

    @Column(nullable = false, length = 2000)
    private String participants;

    @Column(nullable = false, length = 4000)
    private String problems;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private long version;

    protected GuidanceNote() {}

    public GuidanceNote(GuidanceNoteInput in, String author) {
        this.complexId = in.complexId();
        this.appraisalId = in.appraisalId();
        this.author = author;
        this.visitDate = in.visitDate();
        this.place = in.place().strip();
        this.participants = in.participants().strip();
        this.problems = in.problems().strip();
        this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
        this.updatedAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public Long complexId() {
        return complexId;
    }

    public Long appraisalId() {
        return appraisalId;
    }

    public String author() {
        return author;
    }

    public LocalDate visitDate() {
        return visitDate;
    }

    public String place() {
        return place;
    }

    public String participants() {
        return participants;
    }

    public String problems() {
        return problems;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }
}
