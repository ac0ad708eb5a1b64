package org.innocomplex.web.submission;

import java.io.Serializable;
import java.math.BigDecimal;
import org.innocomplex.submission.api.IndicatorData;
import org.innocomplex.submission.api.ValueType;

/** The editable copy of an indicator on the cycle page; records are immutable, forms are not. */
public class IndicatorForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private boolean adding;
    private String code;
    private String nameZh;
    private String nameEn;
    private String unitZh;
    private String unitEn;
    private ValueType type = ValueType.INTEGER;
    private boolean required;
    private BigDecimal min;
    private BigDecimal max;
    private String groupCode;
    private int sortOrder;
    private String helpZh;
    private String helpEn;

    static IndicatorForm of(IndicatorData i) {
        IndicatorForm f = new IndicatorForm();
        f.code = i.code();
        f.nameZh = i.nameZh();
        f.nameEn = i.nameEn();
        f.unitZh = i.unitZh();
        f.unitEn = i.unitEn();
        f.type = i.type();
        f.required = i.required();
        f.min = i.min();
        f.max = i.max();
        f.groupCode = i.groupCode();
        f.sortOrder = i.sortOrder();
        f.helpZh = i.helpZh();
        f.helpEn = i.helpEn();
        return f;
    }

    IndicatorData toView() {
        return new IndicatorData(
                code == null ? null : code.strip(),
                nameZh,
                nameEn,
                unitZh,
                unitEn,
                type,
                required,
                min,
                max,
                groupCode,
                sortOrder,
                helpZh,
                helpEn);
    }

    public boolean isAdding() {
        return adding;
    }

    public void setAdding(boolean adding) {
        this.adding = adding;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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

    public String getUnitZh() {
        return unitZh;
    }

    public void setUnitZh(String unitZh) {
        this.unitZh = unitZh;
    }

    public String getUnitEn() {
        return unitEn;
    }

    public void setUnitEn(String unitEn) {
        this.unitEn = unitEn;
    }

    public ValueType getType() {
        return type;
    }

    public void setType(ValueType type) {
        this.type = type;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public BigDecimal getMin() {
        return min;
    }

    public void setMin(BigDecimal min) {
        this.min = min;
    }

    public BigDecimal getMax() {
        return max;
    }

    public void setMax(BigDecimal max) {
        this.max = max;
    }

    public String getGroupCode() {
        return groupCode;
    }

    public void setGroupCode(String groupCode) {
        this.groupCode = groupCode;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public String getHelpZh() {
        return helpZh;
    }

    public void setHelpZh(String helpZh) {
        this.helpZh = helpZh;
    }

    public String getHelpEn() {
        return helpEn;
    }

    public void setHelpEn(String helpEn) {
        this.helpEn = helpEn;
    }
}
