package org.innocomplex.appraisal.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.innocomplex.access.api.Violation;
import org.innocomplex.submission.api.RubricItemData;

/**
 * The bounds of an expert's sheet: each item's points from 0 to the item's maximum, at most two decimals, and on
 * submission every item scored. Each refusal's field and first argument are the item's code (the page shows its name
 * in the user's language); the range refusal's second argument is the bound.
 */
public final class ScoreSheetRules {
    public static final int MAX_COMMENT = 4000;

    private ScoreSheetRules() {}

    /**
     * @param complete whether the sheet is being submitted (a draft may leave items empty)
     * @return one violation per item at fault, its field the item code
     */
    public static List<Violation> check(List<RubricItemData> items, Map<String, BigDecimal> points, boolean complete) {
        List<Violation> errors = new ArrayList<>();
        for (RubricItemData item : items) {
            BigDecimal p = points.get(item.code());
            if (p == null) {
                if (complete) {
                    errors.add(new Violation(item.code(), "appraisal.expert.error.itemRequired", item.code()));
                }
                continue;
            }
            if (p.signum() < 0 || p.compareTo(item.maxPoints()) > 0) {
                errors.add(new Violation(
                        item.code(),
                        "appraisal.expert.error.itemRange",
                        item.code(),
                        item.maxPoints().stripTrailingZeros().toPlainString()));
            } else if (p.stripTrailingZeros().scale() > 2) {
                errors.add(new Violation(item.code(), "appraisal.expert.error.itemScale", item.code()));
            }
        }
        points.keySet().stream()
                .filter(code -> items.stream().noneMatch(i -> i.code().equals(code)))
                .forEach(code -> errors.add(new Violation(code, "appraisal.expert.error.unknownItem", code)));
        return errors;
    }

    /** The exact sum of the points given. */
    public static BigDecimal total(Map<String, BigDecimal> points) {
        return points.values().stream()
                .filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, java.math.RoundingMode.UNNECESSARY);
    }
}
