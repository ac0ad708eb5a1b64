package org.innocomplex.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.innocomplex.registry.api.ComplexView;
import org.innocomplex.registry.api.Level;
import org.innocomplex.registry.api.ListStatus;
import org.innocomplex.registry.api.NewComplex;

@Entity
@Table(name = "reg_complex")
public class Complex {
    @Id
    @SequenceGenerator(name = "reg_complex_seq", sequenceName = "reg_complex_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reg_complex_seq")
    private Long id;
    @Column(name = "name_zh", nullable = false, length = 200)
    private String nameZh;
    @Column(name = "name_en", nullable = false, length = 300)
    private String nameEn;
    @Column(name = "county_code", nullable = false, length = 16)
    private String countyCode;
    @Column(name = "city_code", nullable = false, length = 16)
    private String cityCode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Level level;
    @Enumerated(EnumType.STRING)
    @Column(name = "list_status", nullable = false, length = 16)
    private ListStatus listStatus;
    @Column(name = "industry_zh", length = 200)
    private String industryZh;
    @Column(name = "industry_en", length = 300)
    private String industryEn;
    @Column(name = "operating_unit", length = 300)
    private String operatingUnit;
    private Integer established;
    @Column(nullable = false)
    private boolean demo;
    @Column(nullable = false)
    private boolean active = true;
    @Version
    private long version;

    protected Complex() {
    }

    public Complex(NewComplex c, String cityCode) {
        this.nameZh = c.nameZh();
        this.nameEn = c.nameEn();
        this.countyCode = c.countyCode();
        this.cityCode = cityCode;
        this.level = c.level();
        this.listStatus = c.listStatus();
        this.industryZh = c.industryZh();
        this.industryEn = c.industryEn();
        this.operatingUnit = c.operatingUnit();
        this.established = c.established();
        this.demo = c.demo();
    }

    public ComplexView toView() {
        return new ComplexView(id, nameZh, nameEn, countyCode, cityCode, level, listStatus, industryZh, industryEn,
                operatingUnit, established, demo, active);
    }
}
