package org.innocomplex.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.innocomplex.registry.api.CityData;

/** Reference data, seeded by migration. */
@Entity
@Table(name = "reg_city")
public class City {
    @Id
    @Column(length = 16)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    protected City() {}

    public CityData toView() {
        return new CityData(code, nameZh, nameEn);
    }
}
