package org.innocomplex.submission.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.innocomplex.submission.api.IndicatorView;
import org.innocomplex.submission.api.ValueType;

/** Catalogue entry, seeded by migration from the programme's standard figures. */
@Entity
@Table(name = "sub_indicator")
public class Indicator {
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

    protected Indicator() {
    }

    public IndicatorView toView() {
        return new IndicatorView(code, nameZh, nameEn, unitZh, unitEn, type, required, min, max, groupCode,
                sortOrder);
    }
}
