package org.innocomplex.submission.api;

import java.util.List;
import java.util.Optional;

/** A cycle's catalogue, rubric and grade bands, each list in its display order. */
public record CatalogueData(
        Long cycleId,
        List<IndicatorGroupData> groups,
        List<IndicatorData> indicators,
        List<CrossRuleData> rules,
        List<RubricGroupData> rubricGroups,
        List<RubricItemData> rubricItems,
        List<GradeBandData> bands)
        implements java.io.Serializable {

    public List<IndicatorData> indicatorsOf(String groupCode) {
        return indicators.stream().filter(i -> i.groupCode().equals(groupCode)).toList();
    }

    public Optional<IndicatorData> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** The lowest score of each grade, by grade name: what a decision proposes a grade by. */
    public java.util.Map<String, java.math.BigDecimal> bandMinimums() {
        return bands.stream().collect(java.util.stream.Collectors.toMap(GradeBandData::grade, GradeBandData::minScore));
    }

    public String groupName(String groupCode, boolean chinese) {
        return groups.stream()
                .filter(g -> g.code().equals(groupCode))
                .findFirst()
                .map(g -> g.name(chinese))
                .orElse(groupCode);
    }

    public List<RubricItemData> itemsOf(String rubricGroupCode) {
        return rubricItems.stream()
                .filter(i -> i.groupCode().equals(rubricGroupCode))
                .toList();
    }
}
