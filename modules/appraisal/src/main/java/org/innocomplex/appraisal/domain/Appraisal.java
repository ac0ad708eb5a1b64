package org.innocomplex.appraisal.domain;

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
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.innocomplex.appraisal.api.AppraisalData;
import org.innocomplex.appraisal.api.AppraisalStatus;
import org.innocomplex.appraisal.api.Grade;

/** The appraisal of one report; the process instance holds only ids and decisions, this holds the outcome. */
@Entity
@Table(name = "apr_appraisal")
public class Appraisal {
    @Id
    @SequenceGenerator(name = "apr_appraisal_seq", sequenceName = "apr_appraisal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "apr_appraisal_seq")
    private Long id;

    @Column(name = "report_id", nullable = false, unique = true)
    private Long reportId;

    @Column(name = "cycle_id")
    private Long cycleId;

    @Column(name = "complex_id", nullable = false)
    private Long complexId;

    @Column(name = "county_code", nullable = false, length = 16)
    private String countyCode;

    @Column(name = "city_code", nullable = false, length = 16)
    private String cityCode;

    @Column(name = "appraisal_year", nullable = false)
    private int year;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AppraisalStatus status;
    /** assigned experts' usernames, comma-separated */
    @Column(length = 1000)
    private String experts;

    @Column(precision = 7, scale = 2)
    private BigDecimal score;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Grade grade;

    @Column(name = "grade_reason", length = 4000)
    private String gradeReason;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_grade", length = 16)
    private Grade proposedGrade;

    @Column(length = 16)
    private String aggregation;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Version
    private long version;

    protected Appraisal() {}

    public Appraisal(Long reportId, Long cycleId, Long complexId, String countyCode, String cityCode, int year) {
        this.reportId = reportId;
        this.cycleId = cycleId;
        this.complexId = complexId;
        this.countyCode = countyCode;
        this.cityCode = cityCode;
        this.year = year;
        this.status = AppraisalStatus.RUNNING;
    }

    public void started(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public void assignExperts(List<String> usernames) {
        this.experts = String.join(",", usernames);
    }

    /** The grade is kept from the complex until {@link #publish()}. */
    public void decide(BigDecimal score, String aggregation, Grade proposed, Grade grade, String reason, String by) {
        this.score = score;
        this.aggregation = aggregation;
        this.proposedGrade = proposed;
        this.grade = grade;
        this.gradeReason = reason;
        this.decidedBy = by;
        this.decidedAt = LocalDateTime.now(ZoneOffset.UTC);
        this.status = AppraisalStatus.DECIDED;
    }

    public void publish(LocalDateTime at) {
        if (status != AppraisalStatus.DECIDED) {
            throw new IllegalStateException("appraisal " + id + " is " + status);
        }
        this.status = AppraisalStatus.PUBLISHED;
        this.publishedAt = at;
    }

    public AppraisalStatus status() {
        return status;
    }

    public Grade grade() {
        return grade;
    }

    public Long cycleId() {
        return cycleId;
    }

    /** A replacement for an expert who declared a conflict. */
    public void addExpert(String coming) {
        List<String> list = new java.util.ArrayList<>(experts());
        if (!list.contains(coming)) {
            list.add(coming);
        }
        this.experts = String.join(",", list);
    }

    /** An expert who declared a conflict leaves the appraisal. */
    public void removeExpert(String leaving) {
        List<String> list = new java.util.ArrayList<>(experts());
        list.remove(leaving);
        this.experts = String.join(",", list);
    }

    public List<String> experts() {
        return experts == null || experts.isBlank() ? List.of() : Arrays.asList(experts.split(","));
    }

    public Long id() {
        return id;
    }

    public Long reportId() {
        return reportId;
    }

    public Long complexId() {
        return complexId;
    }

    public int year() {
        return year;
    }

    public String countyCode() {
        return countyCode;
    }

    public String cityCode() {
        return cityCode;
    }

    public String processInstanceId() {
        return processInstanceId;
    }

    public AppraisalData toView() {
        return new AppraisalData(
                id,
                reportId,
                complexId,
                countyCode,
                cityCode,
                year,
                processInstanceId,
                status,
                experts(),
                score,
                grade,
                gradeReason,
                publishedAt == null ? null : publishedAt.toInstant(ZoneOffset.UTC),
                proposedGrade,
                aggregation,
                decidedBy,
                decidedAt == null ? null : decidedAt.toInstant(ZoneOffset.UTC));
    }
}
