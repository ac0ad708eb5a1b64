package org.innocomplex.submission.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.innocomplex.submission.api.IndicatorData;
import org.innocomplex.submission.api.ValueType;

/** An indicator of one cycle's catalogue. */
@Entity
@Table(name = "sub_cycle_indicator")
@IdClass(CatalogueKey.class)
public class CycleIndicator {
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

    @Column(name = "unit_zh", length = 32)
    private String unitZh;

    @Column(name = "unit_en", length = 32)
    private String unitEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_type", nullable = false, length = 16)
    private ValueType type;

    @Column(nullable = false)
    private boolean required;

    @Column(name = "min_value", precision = 18, scale = 4)
    private BigDecimal min;

    @Column(name = "max_value", precision = 18, scale = 4)
    private BigDecimal max;

    @Column(name = "group_code", nullable = false, length = 64)
    private String groupCode;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "help_zh", length = 1000)
    private String helpZh;

    @Column(name = "help_en", length = 1000)
    private String helpEn;

    protected CycleIndicator() {}

    public CycleIndicator(Long cycleId, IndicatorData v) {
        this.cycleId = cycleId;
        this.code = v.code();
        update(v);
    }

    public void update(IndicatorData v) {
        this.nameZh = v.nameZh();
        this.nameEn = v.nameEn();
        this.unitZh = v.unitZh();
        this.unitEn = v.unitEn();
        this.type = v.type();
        this.required = v.required();
        this.min = v.min();
        this.max = v.max();
        this.groupCode = v.groupCode();
        this.sortOrder = v.sortOrder();
        this.helpZh = v.helpZh();
        this.helpEn = v.helpEn();
    }

    public IndicatorData toView() {
        return new IndicatorData(
                code, nameZh, nameEn, unitZh, unitEn, type, required, min, max, groupCode, sortOrder, helpZh, helpEn);
    }
}
