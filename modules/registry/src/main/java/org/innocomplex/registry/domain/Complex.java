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
import org.innocomplex.registry.api.ComplexData;
import org.innocomplex.registry.api.ComplexInput;
import org.innocomplex.registry.api.Level;
import org.innocomplex.registry.api.ListStatus;

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

    @Column(name = "contact_person", length = 100)
    private String contactPerson;

    @Column(name = "contact_phone", length = 32)
    private String contactPhone;

    @Column(nullable = false)
    private boolean demo;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Complex() {}

    /** @param changes receives every field set, for the audit trail */
    public Complex(ComplexInput c, String cityCode, Changes changes) {
        apply(c, cityCode, changes);
    }

    /** Takes the input's values; {@code changes} learns which differed. */
    public void apply(ComplexInput c, String cityCode, Changes changes) {
        nameZh = changes.set("nameZh", nameZh, c.nameZh());
        nameEn = changes.set("nameEn", nameEn, c.nameEn());
        countyCode = changes.set("countyCode", countyCode, c.countyCode());
        this.cityCode = cityCode;
        level = changes.set("level", level, c.level());
        listStatus = changes.set("listStatus", listStatus, c.listStatus());
        industryZh = changes.set("industryZh", industryZh, c.industryZh());
        industryEn = changes.set("industryEn", industryEn, c.industryEn());
        operatingUnit = changes.set("operatingUnit", operatingUnit, c.operatingUnit());
        established = changes.set("established", established, c.established());
        contactPerson = changes.set("contactPerson", contactPerson, c.contactPerson());
        contactPhone = changes.set("contactPhone", contactPhone, c.contactPhone());
        demo = changes.set("demo", demo, c.demo());
    }

    public void setActive(boolean active, Changes changes) {
        this.active = changes.set("active", this.active, active);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public ComplexData toView() {
        return new ComplexData(
                id,
                nameZh,
                nameEn,
                countyCode,
                cityCode,
                level,
                listStatus,
                industryZh,
                industryEn,
                operatingUnit,
                established,
                contactPerson,
                contactPhone,
                demo,
                active,
                version);
    }
}
