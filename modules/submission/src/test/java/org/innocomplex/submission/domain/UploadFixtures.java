package org.innocomplex.submission.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.innocomplex.submission.api.IndicatorData;
import org.innocomplex.submission.api.ReportData;
import org.innocomplex.submission.api.ReportStatus;
import org.innocomplex.submission.api.ValueType;

/** A small catalogue and reports to upload against, shared by the workbook tests. */
public final class UploadFixtures {
    public static final Long CYCLE = 7L;
    public static final Instant UPDATED = Instant.parse("2026-03-01T08:00:00.123456Z");

    public static final List<IndicatorData> CATALOGUE = List.of(
            new IndicatorData(
                    "construction_investment",
                    "综合体建设投入",
                    "Investment in construction",
                    "万元",
                    "10k yuan",
                    ValueType.DECIMAL,
                    true,
                    BigDecimal.ZERO,
                    new BigDecimal("10000000"),
                    "construction",
                    10,
                    "本年度用于综合体建设的投入。",
                    "This year's investment."),
            new IndicatorData(
                    "cluster_enterprises",
                    "集群企业数",
                    "Enterprises in the cluster",
                    "家",
                    "count",
                    ValueType.INTEGER,
                    true,
                    BigDecimal.ZERO,
                    new BigDecimal("1000000"),
                    "cluster",
                    20),
            new IndicatorData(
                    "high_level_talent_share",
                    "博士及高级职称人才占比",
                    "Share with a PhD or senior title",
                    "%",
                    "%",
                    ValueType.PERCENT,
                    false,
                    null,
                    null,
                    "innovation",
                    30),
            new IndicatorData(
                    "highlights",
                    "年度亮点",
                    "Highlights of the year",
                    null,
                    null,
                    ValueType.TEXT,
                    false,
                    null,
                    null,
                    "services",
                    40));

    private UploadFixtures() {}

    public static ReportData report(
            long id, long complexId, ReportStatus status, Map<String, BigDecimal> values, String narrative) {
        return new ReportData(
                id,
                CYCLE,
                2025,
                complexId,
                "331122",
                "331100",
                status,
                0,
                values,
                Map.of(),
                narrative,
                Map.of("cluster_enterprises", "新增园区"),
                null,
                UPDATED);
    }

    public static Map<Long, ReportData> reports() {
        return Map.of(
                101L,
                        report(
                                1,
                                101,
                                ReportStatus.DRAFT,
                                Map.of(
                                        "construction_investment",
                                        new BigDecimal("1250.5000"),
                                        "cluster_enterprises",
                                        new BigDecimal("420")),
                                "去年的自评"),
                102L, report(2, 102, ReportStatus.RETURNED, Map.of(), null),
                103L,
                        report(
                                3,
                                103,
                                ReportStatus.SUBMITTED,
                                Map.of("cluster_enterprises", new BigDecimal("80")),
                                "已提交的自评"));
    }
}
