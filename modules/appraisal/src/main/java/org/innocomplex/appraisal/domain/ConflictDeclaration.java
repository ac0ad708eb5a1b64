package org.innocomplex.appraisal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** An expert's own statement of a conflict with a complex; keeps them off that appraisal for good. */
@Entity
@Table(name = "apr_conflict_declaration")
public class ConflictDeclaration {
    @Id
    @SequenceGenerator(name = "apr_conflict_seq", sequenceName = "apr_conflict_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "apr_conflict_seq")
    private Long id;

    @Column(name = "appraisal_id", nullable = false)
    private Long appraisalId;

    @Column(name = "complex_id", nullable = false)
    private Long complexId;

    @Column(nullable = false, length = 64)
    private String expert;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Column(name = "at_utc", nullable = false)
    private LocalDateTime at;

    protected ConflictDeclaration() {}

    public ConflictDeclaration(Long appraisalId, Long complexId, String expert, String reason) {
        this.appraisalId = appraisalId;
        this.complexId = complexId;
        this.expert = expert;
        this.reason = reason;
        this.at = LocalDateTime.now(ZoneOffset.UTC);
    }

    public String expert() {
        return expert;
    }
}
