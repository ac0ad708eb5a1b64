package org.innocomplex.submission.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.submission.api.ReportData;
import org.innocomplex.submission.api.ReportInput;
import org.innocomplex.submission.api.ReportStatus;

/** A complex's annual report in one cycle; owns its status transitions. */
@Entity
@Table(name = "sub_report")
public class Report {
    @Id
    @SequenceGenerator(name = "sub_report_seq", sequenceName = "sub_report_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sub_report_seq")
    private Long id;

    @Column(name = "cycle_id", nullable = false)
    private Long cycleId;

    @Column(name = "report_year", nullable = false)
    private int year;

    @Column(name = "complex_id", nullable = false)
    private Long complexId;

    @Column(name = "county_code", nullable = false, length = 16)
    private String countyCode;

    @Column(name = "city_code", nullable = false, length = 16)
    private String cityCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReportStatus status;
    /** number of submissions so far */
    @Column(name = "submission_no", nullable = false)
    private int submissionNo;

    @Column(length = 20000)
    private String narrative;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sub_report_value", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "indicator_code", length = 64)
    private Map<String, ReportValue> values = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sub_report_explanation", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "indicator_code", length = 64)
    @Column(name = "explanation", length = 4000)
    private Map<String, String> explanations = new HashMap<>();

    protected Report() {}

    public Report(Cycle cycle, Long complexId, String countyCode) {
        this.cycleId = cycle.id();
        this.year = cycle.year();
        this.cityCode = cycle.cityCode();
        this.complexId = complexId;
        this.countyCode = countyCode;
        this.status = ReportStatus.DRAFT;
        this.updatedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public void edit(ReportInput in) {
        requireEditable();
        values.clear();
        in.values().forEach((k, v) -> {
            if (v != null) {
                values.put(k, new ReportValue(v, null));
            }
        });
        in.texts().forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                values.put(k, new ReportValue(null, v.strip()));
            }
        });
        explanations.clear();
        in.explanations().forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                explanations.put(k, v.strip());
            }
        });
        narrative = in.narrative();
        updatedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    /** @return the new version number */
    public int submit() {
        requireEditable();
        status = ReportStatus.SUBMITTED;
        submissionNo++;
        submittedAt = LocalDateTime.now(ZoneOffset.UTC);
        updatedAt = submittedAt;
        return submissionNo;
    }

    public void returned() {
        if (status != ReportStatus.SUBMITTED) {
            throw new DomainException("submission.error.notSubmitted");
        }
        status = ReportStatus.RETURNED;
        updatedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public void accepted() {
        if (status != ReportStatus.SUBMITTED) {
            throw new DomainException("submission.error.notSubmitted");
        }
        status = ReportStatus.ACCEPTED;
        updatedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    private void requireEditable() {
        if (!status.editable()) {
            throw new DomainException("submission.error.notEditable", status.name());
        }
    }

    public Map<String, BigDecimal> numbers() {
        Map<String, BigDecimal> m = new TreeMap<>();
        values.forEach((k, v) -> {
            if (v.number() != null) {
                m.put(k, v.number());
            }
        });
        return m;
    }

    public Map<String, String> texts() {
        Map<String, String> m = new TreeMap<>();
        values.forEach((k, v) -> {
            if (v.text() != null) {
                m.put(k, v.text());
            }
        });
        return m;
    }

    public Map<String, String> explanations() {
        return explanations;
    }

    public String narrative() {
        return narrative;
    }

    public Long id() {
        return id;
    }

    public Long complexId() {
        return complexId;
    }

    public Long cycleId() {
        return cycleId;
    }

    public int year() {
        return year;
    }

    public ReportStatus status() {
        return status;
    }

    public ReportData toView() {
        return new ReportData(
                id,
                cycleId,
                year,
                complexId,
                countyCode,
                cityCode,
                status,
                submissionNo,
                numbers(),
                texts(),
                narrative,
                new TreeMap<>(explanations),
                submittedAt == null ? null : submittedAt.toInstant(ZoneOffset.UTC),
                updatedAt.toInstant(ZoneOffset.UTC));
    }
}
