package org.innocomplex.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.innocomplex.registry.api.CountyData;

/** Reference data, seeded by migration; codes never change. */
@Entity
@Table(name = "reg_county")
public class County {
    @Id
    @Column(length = 16)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "city_code", nullable = false, length = 16)
    private String cityCode;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected County() {}

    public CountyData toView() {
        return new CountyData(code, nameZh, nameEn, cityCode);
    }

    public String cityCode() {
        return cityCode;
    }
}
