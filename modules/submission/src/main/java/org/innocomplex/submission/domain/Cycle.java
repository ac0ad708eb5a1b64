package org.innocomplex.submission.domain;

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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.submission.api.CycleData;
import org.innocomplex.submission.api.CycleSettings;
import org.innocomplex.submission.api.CycleStatus;
import org.innocomplex.submission.api.ScoreAggregation;

/** One year's appraisal for one city; owns the DRAFT → OPEN → CLOSED transitions. */
@Entity
@Table(name = "sub_cycle")
public class Cycle {
    public static final long TEMPLATE_ID = 0L;
    static final BigDecimal DEFAULT_THRESHOLD = BigDecimal.valueOf(50);

    @Id
    @SequenceGenerator(name = "sub_cycle_seq", sequenceName = "sub_cycle_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sub_cycle_seq")
    private Long id;

    @Column(name = "cycle_year", nullable = false)
    private int year;

    @Column(name = "city_code", nullable = false, length = 16)
    private String cityCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CycleStatus status;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "report_due")
    private LocalDate reportDue;

    @Column(name = "county_due")
    private LocalDate countyDue;

    @Column(name = "municipal_due")
    private LocalDate municipalDue;

    @Column(name = "expert_due")
    private LocalDate expertDue;

    @Column(name = "decision_due")
    private LocalDate decisionDue;

    @Column(name = "anomaly_threshold", nullable = false, precision = 7, scale = 2)
    private BigDecimal anomalyThreshold = DEFAULT_THRESHOLD;

    @Column(name = "scope_levels", length = 100)
    private String scopeLevels;

    @Column(name = "scope_counties", length = 1000)
    private String scopeCounties;

    @Column(name = "opened_at")
    private LocalDateTime openedAt;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "score_aggregation", nullable = false, length = 16)
    private ScoreAggregation aggregation = ScoreAggregation.MEAN;

    @Column(name = "excellent_cap_percent", nullable = false)
    private int excellentCapPercent = 15;

    @Version
    private long version;

    protected Cycle() {}

    public Cycle(int year, String cityCode, CycleStatus status) {
        this.year = year;
        this.cityCode = cityCode;
        this.status = status;
        this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public void requireDraft() {
        if (status != CycleStatus.DRAFT) {
            throw new DomainException("submission.error.cycleNotDraft", year);
        }
    }

    public void settings(CycleSettings s) {
        requireDraft();
        if (s.anomalyThreshold() == null
                || s.anomalyThreshold().signum() <= 0
                || s.anomalyThreshold().compareTo(BigDecimal.valueOf(1000)) > 0) {
            throw new DomainException("submission.error.thresholdRange");
        }
        LocalDate[] order = {s.reportDue(), s.countyDue(), s.municipalDue(), s.expertDue(), s.decisionDue()};
        for (int i = 1; i < order.length; i++) {
            if (order[i - 1] != null && order[i] != null && order[i].isBefore(order[i - 1])) {
                throw new DomainException("submission.error.deadlineOrder");
            }
        }
        reportDue = s.reportDue();
        countyDue = s.countyDue();
        municipalDue = s.municipalDue();
        expertDue = s.expertDue();
        decisionDue = s.decisionDue();
        anomalyThreshold = s.anomalyThreshold();
        if (s.excellentCapPercent() < 0 || s.excellentCapPercent() > 100) {
            throw new DomainException("submission.cycle.error.excellentCapRange");
        }
        aggregation = s.aggregation() == null ? ScoreAggregation.MEAN : s.aggregation();
        excellentCapPercent = s.excellentCapPercent();
    }

    /** A new cycle grades as the one it is copied from. */
    public void gradeLike(Cycle source) {
        aggregation = source.aggregation;
        excellentCapPercent = source.excellentCapPercent;
    }

    /** Opening twice is not an error: the second call finds the cycle open and changes nothing. */
    public void open(String levels, String counties) {
        if (status == CycleStatus.OPEN) {
            return;
        }
        requireDraft();
        status = CycleStatus.OPEN;
        scopeLevels = levels;
        scopeCounties = counties;
        openedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public void close() {
        status = CycleStatus.CLOSED;
    }

    public CycleData toView() {
        return new CycleData(
                id,
                year,
                cityCode,
                status,
                reportDue,
                countyDue,
                municipalDue,
                expertDue,
                decisionDue,
                anomalyThreshold,
                scopeLevels,
                scopeCounties,
                aggregation,
                excellentCapPercent);
    }

    public Long id() {
        return id;
    }

    public int year() {
        return year;
    }

    public String cityCode() {
        return cityCode;
    }

    public CycleStatus status() {
        return status;
    }

    public BigDecimal anomalyThreshold() {
        return anomalyThreshold;
    }
}
