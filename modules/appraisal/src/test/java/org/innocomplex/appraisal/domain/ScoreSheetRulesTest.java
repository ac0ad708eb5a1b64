package org.innocomplex.appraisal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.innocomplex.access.api.Violation;
import org.innocomplex.submission.api.RubricItemData;
import org.junit.jupiter.api.Test;

class ScoreSheetRulesTest {
    static final List<RubricItemData> ITEMS = List.of(
            new RubricItemData("plan", "construction", "建设方案", "Construction plan", new BigDecimal("2"), 10),
            new RubricItemData("implementation", "construction", "方案实施", "Implementation", new BigDecimal("8"), 20),
            new RubricItemData("incubation", "services", "孵化企业", "Incubation", new BigDecimal("5"), 30));

    private static Map<String, BigDecimal> points(String... pairs) {
        Map<String, BigDecimal> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], new BigDecimal(pairs[i + 1]));
        }
        return m;
    }

    @Test
    void pointsWithinEachItemsBoundsPassAndSumExactly() {
        Map<String, BigDecimal> p = points("plan", "2", "implementation", "7.5", "incubation", "0");

        assertThat(ScoreSheetRules.check(ITEMS, p, true)).isEmpty();
        assertThat(ScoreSheetRules.total(p)).isEqualByComparingTo("9.50");
        assertThat(ScoreSheetRules.total(points("plan", "0.1", "implementation", "0.2"))
                        .toPlainString())
                .as("exact decimals, no binary rounding")
                .isEqualTo("0.30");
    }

    @Test
    void anItemAboveItsMaximumOrBelowZeroIsRefusedByName() {
        List<Violation> errors =
                ScoreSheetRules.check(ITEMS, points("plan", "2.01", "implementation", "-1", "incubation", "5"), true);

        assertThat(errors).extracting(Violation::field).containsExactly("plan", "implementation");
        assertThat(errors.get(0).key()).isEqualTo("appraisal.expert.error.itemRange");
        assertThat(errors.get(0).args()).containsExactly("plan", "2");
    }

    @Test
    void moreThanTwoDecimalsIsRefused() {
        assertThat(ScoreSheetRules.check(
                        ITEMS, points("plan", "1.005", "implementation", "1", "incubation", "1"), true))
                .extracting(Violation::key)
                .containsExactly("appraisal.expert.error.itemScale");
    }

    @Test
    void submittingNeedsEveryItemWhileADraftMayLeaveItemsOpen() {
        Map<String, BigDecimal> partial = points("plan", "1");

        assertThat(ScoreSheetRules.check(ITEMS, partial, true))
                .extracting(Violation::field)
                .containsExactly("implementation", "incubation");
        assertThat(ScoreSheetRules.check(ITEMS, partial, false)).isEmpty();
        assertThat(ScoreSheetRules.check(ITEMS, points("plan", "9"), false))
                .extracting(Violation::key)
                .containsExactly("appraisal.expert.error.itemRange");
    }

    @Test
    void anItemNotInTheRubricIsRefused() {
        assertThat(ScoreSheetRules.check(
                        ITEMS, points("plan", "1", "implementation", "1", "incubation", "1", "bonus", "3"), true))
                .extracting(Violation::field)
                .containsExactly("bonus");
    }
}
