package org.innocomplex.submission.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.innocomplex.submission.api.GradeBandData;

@Entity
@Table(name = "sub_grade_band")
@IdClass(CatalogueKey.class)
public class GradeBand {
    @Id
    @Column(name = "cycle_id")
    private Long cycleId;

    @Id
    @Column(name = "grade", length = 16)
    private String code;

    @Column(name = "min_score", nullable = false, precision = 7, scale = 2)
    private BigDecimal minScore;

    protected GradeBand() {}

    public void minScore(BigDecimal score) {
        this.minScore = score;
    }

    public GradeBandData toView() {
        return new GradeBandData(code, minScore);
    }
}
