package org.innocomplex.submission.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.innocomplex.submission.api.ReportVersionData;

/** A submission, frozen: reviewers compare versions to see what the operator changed. Never updated. */
@Entity
@Table(name = "sub_report_version")
public class ReportVersion {
    @Id
    @SequenceGenerator(name = "sub_report_version_seq", sequenceName = "sub_report_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sub_report_version_seq")
    private Long id;

    @Column(name = "report_id", nullable = false)
    private Long reportId;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(length = 20000)
    private String narrative;

    @Column(name = "submitted_by", nullable = false, length = 64)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private LocalDateTime submittedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sub_report_version_value", joinColumns = @JoinColumn(name = "version_id"))
    @MapKeyColumn(name = "indicator_code", length = 64)
    private Map<String, ReportValue> values = new HashMap<>();

    protected ReportVersion() {}

    public ReportVersion(Report report, int versionNo, String submittedBy) {
        this.reportId = report.id();
        this.versionNo = versionNo;
        this.narrative = report.narrative();
        this.submittedBy = submittedBy;
        this.submittedAt = LocalDateTime.now(ZoneOffset.UTC);
        report.numbers().forEach((k, v) -> values.put(k, new ReportValue(v, null)));
        report.texts().forEach((k, v) -> values.put(k, new ReportValue(null, v)));
    }

    public ReportVersionData toView() {
        Map<String, BigDecimal> numbers = new TreeMap<>();
        Map<String, String> texts = new TreeMap<>();
        values.forEach((k, v) -> {
            if (v.number() != null) {
                numbers.put(k, v.number());
            } else if (v.text() != null) {
                texts.put(k, v.text());
            }
        });
        return new ReportVersionData(
                versionNo, submittedBy, submittedAt.toInstant(ZoneOffset.UTC), numbers, texts, narrative);
    }
}
