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
import org.innocomplex.submission.api.ReportStatus;
import org.innocomplex.submission.api.ReportView;

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
    @Column(name = "num_value", precision = 18, scale = 4)
    private Map<String, BigDecimal> values = new HashMap<>();

    protected Report() {
    }

    public Report(Cycle cycle, Long complexId, String countyCode) {
        this.cycleId = cycle.id();
        this.year = cycle.year();
        this.cityCode = cycle.cityCode();
        this.complexId = complexId;
        this.countyCode = countyCode;
        this.status = ReportStatus.DRAFT;
        this.updatedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public void edit(Map<String, BigDecimal> newValues, String newNarrative) {
        requireEditable();
        values.clear();
        newValues.forEach((k, v) -> {
            if (v != null) {
                values.put(k, v);
            }
        });
        narrative = newNarrative;
        updatedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public void submit() {
        requireEditable();
        status = ReportStatus.SUBMITTED;
        submissionNo++;
        submittedAt = LocalDateTime.now(ZoneOffset.UTC);
        updatedAt = submittedAt;
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

    public Map<String, BigDecimal> values() {
        return values;
    }

    public String narrative() {
        return narrative;
    }

    public Long complexId() {
        return complexId;
    }

    public ReportView toView() {
        return new ReportView(id, cycleId, year, complexId, countyCode, cityCode, status, submissionNo,
                new TreeMap<>(values), narrative,
                submittedAt == null ? null : submittedAt.toInstant(ZoneOffset.UTC),
                updatedAt.toInstant(ZoneOffset.UTC));
    }
}
