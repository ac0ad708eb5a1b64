package org.innocomplex.submission.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.innocomplex.submission.api.RubricGroupData;

@Entity
@Table(name = "sub_rubric_group")
@IdClass(CatalogueKey.class)
public class RubricGroup {
    @Id
    @Column(name = "cycle_id")
    private Long cycleId;

    @Id
    @Column(length = 64)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 200)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 300)
    private String nameEn;

    @Column(nullable = false, precision = 7, scale = 2)
    private BigDecimal points;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected RubricGroup() {}

    public RubricGroupData toView() {
        return new RubricGroupData(code, nameZh, nameEn, points, sortOrder);
    }
}
