package org.innocomplex.submission.api;

import java.util.List;
import java.util.Optional;

/** A cycle's catalogue, rubric and grade bands, each list in its display order. */
public record CatalogueView(Long cycleId, List<IndicatorGroupView> groups, List<IndicatorView> indicators,
                            List<CrossRuleView> rules, List<RubricGroupView> rubricGroups,
                            List<RubricItemView> rubricItems, List<GradeBandView> bands)
        implements java.io.Serializable {

    public List<IndicatorView> indicatorsOf(String groupCode) {
        return indicators.stream().filter(i -> i.groupCode().equals(groupCode)).toList();
    }

    public Optional<IndicatorView> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** The lowest score of each grade, by grade name: what a decision proposes a grade by. */
    public java.util.Map<String, java.math.BigDecimal> bandMinimums() {
        return bands.stream().collect(java.util.stream.Collectors.toMap(GradeBandView::grade,
                GradeBandView::minScore));
    }

    public String groupName(String groupCode, boolean chinese) {
        return groups.stream().filter(g -> g.code().equals(groupCode)).findFirst().map(g -> g.name(chinese))
                .orElse(groupCode);
    }

    public List<RubricItemView> itemsOf(String rubricGroupCode) {
        return rubricItems.stream().filter(i -> i.groupCode().equals(rubricGroupCode)).toList();
    }
}
