package org.innocomplex.appraisal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.innocomplex.appraisal.api.ScoreData;

/** One expert's score of one appraisal; the unique key keeps an expert from scoring twice. */
@Entity
@Table(name = "apr_expert_score")
public class ExpertScore {
    @Id
    @SequenceGenerator(name = "apr_expert_score_seq", sequenceName = "apr_expert_score_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "apr_expert_score_seq")
    private Long id;

    @Column(name = "appraisal_id", nullable = false)
    private Long appraisalId;

    @Column(nullable = false, length = 64)
    private String expert;

    @Column(nullable = false, precision = 7, scale = 2)
    private BigDecimal score;

    @Column(name = "comment_text", length = 4000)
    private String comment;

    @Column(name = "at_utc", nullable = false)
    private LocalDateTime at;

    protected ExpertScore() {}

    public ExpertScore(Long appraisalId, String expert, BigDecimal score, String comment) {
        this.appraisalId = appraisalId;
        this.expert = expert;
        this.score = score;
        this.comment = comment;
        this.at = LocalDateTime.now(ZoneOffset.UTC);
    }

    public BigDecimal score() {
        return score;
    }

    public ScoreData toView() {
        return new ScoreData(expert, expert, score, comment, at.toInstant(ZoneOffset.UTC));
    }
}
