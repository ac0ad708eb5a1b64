package org.innocomplex.submission.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.innocomplex.access.api.ValidationException;
import org.innocomplex.access.api.Violation;
import org.innocomplex.submission.api.GradeBandData;
import org.innocomplex.submission.api.RubricGroupData;
import org.innocomplex.submission.api.RubricItemData;
import org.junit.jupiter.api.Test;

class RubricCheckTest {
    static final List<RubricGroupData> GROUPS = List.of(
            new RubricGroupData("construction", "建设推进", "Construction", BigDecimal.valueOf(30), 1),
            new RubricGroupData("rest", "其他", "Rest", BigDecimal.valueOf(70), 2));
    static final List<GradeBandData> BANDS = List.of(
            new GradeBandData("EXCELLENT", BigDecimal.valueOf(90)),
            new GradeBandData("GOOD", BigDecimal.valueOf(70)),
            new GradeBandData("PASS", BigDecimal.valueOf(60)),
            new GradeBandData("FAIL", BigDecimal.ZERO));

    static List<RubricItemData> items(String... codeGroupPoints) {
        List<RubricItemData> l = new ArrayList<>();
        for (int i = 0; i < codeGroupPoints.length; i += 3) {
            l.add(new RubricItemData(
                    codeGroupPoints[i], codeGroupPoints[i + 1], "x", "x", new BigDecimal(codeGroupPoints[i + 2]), i));
        }
        return l;
    }

    @Test
    void aRubricWhoseItemsAddUpToItsGroupsAndItsGroupsToAHundredPasses() {
        assertThat(RubricCheck.check(
                        GROUPS,
                        items("plan", "construction", "2", "impl", "construction", "28", "all", "rest", "70"),
                        BANDS))
                .isEmpty();
    }

    @Test
    void aRubricThatDoesNotAddUpIsRefusedAsTheRubricNotAsAReport() {
        ValidationException e = catchThrowableOfType(
                () -> RubricCheck.requireSound(GROUPS, items("plan", "construction", "2", "all", "rest", "70"), BANDS),
                ValidationException.class);

        assertThat(e.key()).isEqualTo("submission.error.rubricInvalid");
        assertThat(e.args()).containsExactly(1);
        assertThat(e.violations()).extracting(Violation::key).containsExactly("submission.rubric.groupSum");
        assertThatCode(() -> RubricCheck.requireSound(
                        GROUPS, items("plan", "construction", "30", "all", "rest", "70"), BANDS))
                .doesNotThrowAnyException();
    }

    @Test
    void aGroupWhoseItemsDoNotAddUpIsNamedWithBothSums() {
        List<Violation> e = RubricCheck.check(
                GROUPS, items("plan", "construction", "2", "impl", "construction", "27.5", "all", "rest", "70"), BANDS);

        assertThat(e).singleElement().satisfies(f -> {
            assertThat(f.key()).isEqualTo("submission.rubric.groupSum");
            assertThat(f.args()).containsExactly("建设推进", "29.5", "30");
        });
    }

    @Test
    void groupsNotAddingUpToAHundredAreRefused() {
        List<RubricGroupData> groups =
                List.of(GROUPS.get(0), new RubricGroupData("rest", "其他", "Rest", BigDecimal.valueOf(60), 2));

        assertThat(RubricCheck.check(groups, items("a", "construction", "30", "b", "rest", "60"), BANDS))
                .extracting(Violation::key)
                .containsExactly("submission.rubric.total");
    }

    @Test
    void anItemOfNoGroupIsRefused() {
        assertThat(RubricCheck.check(
                        GROUPS, items("a", "construction", "30", "b", "rest", "70", "c", "gone", "0"), BANDS))
                .extracting(Violation::key)
                .containsExactly("submission.rubric.orphanItem");
    }

    @Test
    void bandsMustDescendAndBeComplete() {
        List<GradeBandData> wrong = List.of(
                new GradeBandData("EXCELLENT", BigDecimal.valueOf(70)),
                new GradeBandData("GOOD", BigDecimal.valueOf(70)),
                new GradeBandData("PASS", BigDecimal.valueOf(60)));

        assertThat(RubricCheck.check(GROUPS, items("a", "construction", "30", "b", "rest", "70"), wrong))
                .extracting(Violation::key)
                .containsExactly("submission.rubric.bandOrder", "submission.rubric.bandMissing");
    }

    @Test
    void theTemplatesShaoxingDefaultsAddUp() {
        // the defaults of V2__catalogue_per_cycle.sql: construction 30, innovation 25, services 25, outcomes 20
        List<RubricGroupData> groups = List.of(
                new RubricGroupData("construction", "建设推进", "c", BigDecimal.valueOf(30), 1),
                new RubricGroupData("innovation", "创新能力", "i", BigDecimal.valueOf(25), 2),
                new RubricGroupData("services", "服务绩效", "s", BigDecimal.valueOf(25), 3),
                new RubricGroupData("outcomes", "产业成效", "o", BigDecimal.valueOf(20), 4));
        List<RubricItemData> items = items(
                "plan",
                "construction",
                "2",
                "implementation",
                "construction",
                "8",
                "mechanism",
                "construction",
                "3",
                "one_stop",
                "construction",
                "2",
                "team",
                "construction",
                "3",
                "leading",
                "construction",
                "1",
                "hall",
                "construction",
                "3",
                "exhibition",
                "construction",
                "4",
                "signage",
                "construction",
                "2",
                "video",
                "construction",
                "2",
                "c1",
                "innovation",
                "3",
                "c2",
                "innovation",
                "2",
                "i1",
                "innovation",
                "3",
                "i2",
                "innovation",
                "1",
                "n1",
                "innovation",
                "2",
                "n2",
                "innovation",
                "1",
                "t1",
                "innovation",
                "2",
                "t2",
                "innovation",
                "1",
                "h",
                "innovation",
                "2",
                "ia",
                "innovation",
                "4",
                "tt",
                "innovation",
                "4",
                "es",
                "services",
                "10",
                "ps",
                "services",
                "10",
                "inc",
                "services",
                "5",
                "og",
                "outcomes",
                "8",
                "rd",
                "outcomes",
                "6",
                "ht",
                "outcomes",
                "6");

        assertThat(RubricCheck.check(groups, items, BANDS)).isEmpty();
    }
}
