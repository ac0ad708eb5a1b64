package org.innocomplex.reporting.domain;

import static org.innocomplex.reporting.domain.Figures.count;
import static org.innocomplex.reporting.domain.Figures.money;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import org.innocomplex.registry.api.Level;

/**
 * The annual city summary: the paragraph the bureau sends upward, in the style of its 2022 meeting report (which
 * this reproduces from the same figures): complexes by level and construction investment, then the clusters'
 * output, R&D and enterprises by kind, then institutions, academicians, services and problems solved. Written per
 * language rather than translated, because the two differ in more than words (亿元 vs billion yuan, 家/名/次/项).
 *
 * @param area         the city, or the county when the summary is of one county
 * @param level        null when both levels are counted
 * @param approvedOnly figures from reports that passed the reviews, or from every submitted report
 * @param totals       indicator code to total over the selected reports (missing: 0)
 */
public record CitySummary(
        int year,
        String area,
        Level level,
        boolean approvedOnly,
        long provincial,
        long municipal,
        Map<String, BigDecimal> totals) {

    public String text(Locale locale) {
        return Figures.chinese(locale) ? chinese() : english();
    }

    private BigDecimal v(String code) {
        return totals.getOrDefault(code, BigDecimal.ZERO);
    }

    private String chinese() {
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        String complexes = switch (level == null ? "ALL" : level.name()) {
            case "PROVINCIAL" -> "省级产业创新服务综合体" + provincial + "家";
            case "MUNICIPAL" -> "市级产业创新服务综合体" + municipal + "家";
            default -> "省级产业创新服务综合体" + provincial + "家、市级产业创新服务综合体" + municipal + "家";
        };
        return year + "年度，" + area + "纳入统计的" + complexes + "，综合体建设投入" + money(v("construction_investment"), zh)
                + "。综合体覆盖的产业集群产值" + money(v("cluster_output_value"), zh)
                + "、研发投入" + money(v("cluster_rd_investment"), zh)
                + "，集群企业" + count(v("cluster_enterprises"), zh) + "家，其中规上企业"
                + count(v("above_scale_enterprises"), zh) + "家、国家高新技术企业"
                + count(v("national_high_tech_enterprises"), zh) + "家、省科技型中小企业"
                + count(v("provincial_sme_tech_enterprises"), zh) + "家。综合体集聚研发、成果转化、创业孵化、人才培训、"
                + "科技金融等创新服务机构" + count(v("service_institutions"), zh) + "家、合作院士"
                + count(v("academicians"), zh) + "名，服务企业" + count(v("enterprise_services"), zh)
                + "次，解决企业技术难题" + count(v("technical_problems_solved"), zh) + "项。"
                + (approvedOnly ? "（数据来自通过审核的年度报告。）" : "（数据来自已提交的年度报告，含审核中的报告。）");
    }

    private String english() {
        Locale en = Locale.ENGLISH;
        String complexes = switch (level == null ? "ALL" : level.name()) {
            case "PROVINCIAL" ->
                provincial + " provincial industrial innovation service " + (provincial == 1 ? "complex" : "complexes");
            case "MUNICIPAL" ->
                municipal + " municipal industrial innovation service " + (municipal == 1 ? "complex" : "complexes");
            default ->
                provincial + " provincial and " + municipal + " municipal industrial innovation service "
                        + (provincial + municipal == 1 ? "complex" : "complexes");
        };
        return "In " + year + ", " + area + " counted " + complexes + ", with "
                + money(v("construction_investment"), en) + " invested in their construction. "
                + "The industrial clusters they serve have an output value of " + money(v("cluster_output_value"), en)
                + " and an R&D investment of " + money(v("cluster_rd_investment"), en) + "; they involve "
                + count(v("cluster_enterprises"), en) + " enterprises, including "
                + count(v("above_scale_enterprises"), en) + " above designated size, "
                + count(v("national_high_tech_enterprises"), en) + " national high-tech enterprises and "
                + count(v("provincial_sme_tech_enterprises"), en) + " provincial science and technology SMEs. "
                + "The complexes have gathered " + count(v("service_institutions"), en) + " institutions providing "
                + "R&D, transfer of achievements, business incubation, talent training and technology finance "
                + "services, and work with " + count(v("academicians"), en) + " academicians; they served enterprises "
                + count(v("enterprise_services"), en) + " times and solved "
                + count(v("technical_problems_solved"), en) + " enterprise technical problems."
                + (approvedOnly
                        ? " (Figures from the annual reports approved in review.)"
                        : " (Figures from all submitted annual reports, including those under review.)");
    }
}
