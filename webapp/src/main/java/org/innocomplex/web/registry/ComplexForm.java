package org.innocomplex.web.registry;

import java.io.Serializable;
import org.innocomplex.registry.api.ComplexInput;
import org.innocomplex.registry.api.Level;
import org.innocomplex.registry.api.ListStatus;

/** The complex dialog's inputs: a writable copy of {@link ComplexInput}, whose records the pages can only read. */
public class ComplexForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private String nameZh;
    private String nameEn;
    private String countyCode;
    private Level level;
    private ListStatus listStatus;
    private String industryZh;
    private String industryEn;
    private String operatingUnit;
    private Integer established;
    private String contactPerson;
    private String contactPhone;
    private boolean demo;

    public static ComplexForm of(ComplexInput c) {
        ComplexForm f = new ComplexForm();
        f.nameZh = c.nameZh();
        f.nameEn = c.nameEn();
        f.countyCode = c.countyCode();
        f.level = c.level();
        f.listStatus = c.listStatus();
        f.industryZh = c.industryZh();
        f.industryEn = c.industryEn();
        f.operatingUnit = c.operatingUnit();
        f.established = c.established();
        f.contactPerson = c.contactPerson();
        f.contactPhone = c.contactPhone();
        f.demo = c.demo();
        return f;
    }

    public ComplexInput toInput() {
        return new ComplexInput(
                nameZh,
                nameEn,
                countyCode,
                level,
                listStatus,
                industryZh,
                industryEn,
                operatingUnit,
                established,
                contactPerson,
                contactPhone,
                demo);
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public void setCountyCode(String countyCode) {
        this.countyCode = countyCode;
    }

    public Level getLevel() {
        return level;
    }

    public void setLevel(Level level) {
        this.level = level;
    }

    public ListStatus getListStatus() {
        return listStatus;
    }

    public void setListStatus(ListStatus listStatus) {
        this.listStatus = listStatus;
    }

    public String getIndustryZh() {
        return industryZh;
    }

    public void setIndustryZh(String industryZh) {
        this.industryZh = industryZh;
    }

    public String getIndustryEn() {
        return industryEn;
    }

    public void setIndustryEn(String industryEn) {
        this.industryEn = industryEn;
    }

    public String getOperatingUnit() {
        return operatingUnit;
    }

    public void setOperatingUnit(String operatingUnit) {
        this.operatingUnit = operatingUnit;
    }

    public Integer getEstablished() {
        return established;
    }

    public void setEstablished(Integer established) {
        this.established = established;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public void setContactPerson(String contactPerson) {
        this.contactPerson = contactPerson;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public boolean isDemo() {
        return demo;
    }

    public void setDemo(boolean demo) {
        this.demo = demo;
    }
}
