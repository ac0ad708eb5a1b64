package org.innocomplex.submission.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.innocomplex.submission.api.IndicatorGroupData;

/** A section of one cycle's report form. */
@Entity
@Table(name = "sub_indicator_group")
@IdClass(CatalogueKey.class)
public class IndicatorGroup {
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

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected IndicatorGroup() {}

    public IndicatorGroupData toView() {
        return new IndicatorGroupData(code, nameZh, nameEn, sortOrder);
    }
}
