package org.innocomplex.submission.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.innocomplex.access.api.ValidationException;
import org.innocomplex.access.api.Violation;
import org.innocomplex.submission.api.GradeBandData;
import org.innocomplex.submission.api.RubricGroupData;
import org.innocomplex.submission.api.RubricItemData;

/**
 * The arithmetic a rubric must add up to before a cycle opens: each group's items sum to the group's points, the
 * groups sum to 100, and the grade bands descend (excellent above good above pass, fail from 0).
 */
public final class RubricCheck {
    static final BigDecimal TOTAL = BigDecimal.valueOf(100);

    private RubricCheck() {}

    /**
     * Refuses a rubric that does not add up, as the rubric's refusal: the page says the rubric has so many problems,
     * not that a report has.
     *
     * @throws ValidationException keyed {@code submission.error.rubricInvalid}, with every problem {@link #check}
     *                             finds
     */
    public static void requireSound(
            List<RubricGroupData> groups, List<RubricItemData> items, List<GradeBandData> bands) {
        List<Violation> problems = check(groups, items, bands);
        if (!problems.isEmpty()) {
            throw new ValidationException("submission.error.rubricInvalid", problems);
        }
    }

    public static List<Violation> check(
            List<RubricGroupData> groups, List<RubricItemData> items, List<GradeBandData> bands) {
        List<Violation> errors = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (RubricGroupData g : groups) {
            BigDecimal sum = items.stream()
                    .filter(i -> i.groupCode().equals(g.code()))
                    .map(RubricItemData::maxPoints)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(g.points()) != 0) {
                errors.add(new Violation(
                        g.code(), "submission.rubric.groupSum", g.nameZh(), plain(sum), plain(g.points())));
            }
            total = total.add(g.points());
        }
        if (total.compareTo(TOTAL) != 0) {
            errors.add(new Violation("rubric", "submission.rubric.total", plain(total)));
        }
        items.stream()
                .filter(i -> groups.stream().noneMatch(g -> g.code().equals(i.groupCode())))
                .forEach(i -> errors.add(new Violation(i.code(), "submission.rubric.orphanItem", i.code())));
        String[] order = {"EXCELLENT", "GOOD", "PASS", "FAIL"};
        BigDecimal previous = null;
        for (String grade : order) {
            BigDecimal min = bands.stream()
                    .filter(b -> b.grade().equals(grade))
                    .map(GradeBandData::minScore)
                    .findFirst()
                    .orElse(null);
            if (min == null) {
                errors.add(new Violation(grade, "submission.rubric.bandMissing", grade));
                continue;
            }
            if (previous != null && min.compareTo(previous) >= 0) {
                errors.add(new Violation(grade, "submission.rubric.bandOrder", grade));
            }
            previous = min;
        }
        return errors;
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
