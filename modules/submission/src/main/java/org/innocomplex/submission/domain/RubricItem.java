package org.innocomplex.submission.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.innocomplex.submission.api.RubricItemData;

@Entity
@Table(name = "sub_rubric_item")
@IdClass(CatalogueKey.class)
public class RubricItem {
    @Id
    @Column(name = "cycle_id")
    private Long cycleId;

    @Id
    @Column(length = 64)
    private String code;

    @Column(name = "group_code", nullable = false, length = 64)
    private String groupCode;

    @Column(name = "name_zh", nullable = false, length = 200)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 300)
    private String nameEn;

    @Column(name = "max_points", nullable = false, precision = 7, scale = 2)
    private BigDecimal maxPoints;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected RubricItem() {}

    public RubricItem(Long cycleId, RubricItemData v) {
        this.cycleId = cycleId;
        this.code = v.code();
        update(v);
    }

    public void update(RubricItemData v) {
        this.groupCode = v.groupCode();
        this.nameZh = v.nameZh();
        this.nameEn = v.nameEn();
        this.maxPoints = v.maxPoints();
        this.sortOrder = v.sortOrder();
    }

    public RubricItemData toView() {
        return new RubricItemData(code, groupCode, nameZh, nameEn, maxPoints, sortOrder);
    }
}
