package org.innocomplex.submission.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One figure of a report: a number, or a text for TEXT indicators. */
@Embeddable
public class ReportValue {
    @Column(name = "num_value", precision = 18, scale = 4)
    private BigDecimal number;

    @Column(name = "text_value", length = 4000)
    private String text;

    protected ReportValue() {}

    public ReportValue(BigDecimal number, String text) {
        this.number = number;
        this.text = text;
    }

    public BigDecimal number() {
        return number;
    }

    public String text() {
        return text;
    }
}
