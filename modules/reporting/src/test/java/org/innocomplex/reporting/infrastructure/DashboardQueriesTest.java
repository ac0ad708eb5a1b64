package org.innocomplex.reporting.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.appraisal.api.Grade;
import org.innocomplex.registry.api.Level;
import org.innocomplex.reporting.KnownCity;
import org.innocomplex.reporting.api.ComplexRow;
import org.innocomplex.reporting.api.Dashboard;
import org.innocomplex.reporting.api.DashboardFilter;
import org.innocomplex.reporting.api.Drill;
import org.innocomplex.reporting.api.GradeCount;
import org.innocomplex.reporting.api.StepProgress;
import org.innocomplex.reporting.domain.ViewerScope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DashboardQueriesTest {

    static DashboardQueries queries;
    /** what the live process says today; a test may deploy another order */
    static volatile java.util.List<String> steps = KnownCity.STEPS;

    static final ViewerScope CITY = new ViewerScope("331100", null, false);
    static final ViewerScope JINYUN = new ViewerScope("331100", KnownCity.JINYUN, true);

    @BeforeAll
    static void data() throws Exception {
        queries = new DashboardQueries(KnownCity.create("dashboard"), () -> steps);
    }

    private static Dashboard city(DashboardFilter f) {
        return queries.dashboard(CITY, f, KnownCity.NOW);
    }

    @Test
    void approvedReportsOfTheYearAddUpToTheCityFigures() {
        Dashboard d = city(new DashboardFilter(2021, null, null, true));
        assertThat(d.reports()).isEqualTo(16);
        KnownCity.CITY_2021.forEach(
                (code, total) -> assertThat(d.total(code).value()).as(code).isEqualByComparingTo(total));
        assertThat(d.total("construction_investment").reports()).isEqualTo(16);
        assertThat(d.complexes(Level.PROVINCIAL)).isEqualTo(9);
        assertThat(d.complexes(Level.MUNICIPAL)).isEqualTo(7);
        // a share is averaged, not summed
        assertThat(d.total("high_level_talent_share").value()).isEqualByComparingTo("25");
        assertThat(d.total("high_level_talent_share").reports()).isEqualTo(2);
        // indicators nobody filled are listed with 0, in the catalogue's order
        assertThat(d.total("venture_funds").value()).isEqualByComparingTo("0");
        assertThat(d.totals().get(0).code()).isEqualTo("construction_investment");
    }

    @Test
    void allSubmittedAddsTheReportUnderReviewButNeverADraft() {
        Dashboard d = city(new DashboardFilter(2021, null, null, false));
        assertThat(d.reports()).isEqualTo(17);
        assertThat(d.total("construction_investment").value()).isEqualByComparingTo("76500");
        assertThat(d.complexes(Level.MUNICIPAL)).isEqualTo(8);
    }

    @Test
    void levelAndCountyFiltersNarrowTheTotals() {
        Dashboard provincial = city(new DashboardFilter(2021, Level.PROVINCIAL, null, true));
        // complexes 0..8 each carry the even share (4718 of 75500)
        assertThat(provincial.total("construction_investment").value()).isEqualByComparingTo("42462");
        assertThat(provincial.complexes(Level.MUNICIPAL)).isZero();

        Dashboard jinyun = city(new DashboardFilter(2021, null, KnownCity.JINYUN, true));
        // complexes 2 and 12
        assertThat(jinyun.reports()).isEqualTo(2);
        assertThat(jinyun.total("cluster_output_value").value()).isEqualByComparingTo("955512");
        assertThat(jinyun.complexes(Level.PROVINCIAL)).isEqualTo(1);
        assertThat(jinyun.complexes(Level.MUNICIPAL)).isEqualTo(1);
        // the by-county chart still shows every county; its figures add up to the city's
        assertThat(jinyun.byCounty()).hasSize(10);
        BigDecimal sum = jinyun.byCounty().stream()
                .map(a -> a.total("cluster_output_value"))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo("7644100");
        assertThat(jinyun.byCounty().get(2).complexes()).isEqualTo(2);
    }

    @Test
    void aYearWithoutSelectedReportsListsItsIndicatorsWithZero() {
        // Jingning has only complex 7, a provincial one
        Dashboard d = city(new DashboardFilter(2021, Level.MUNICIPAL, "331127", true));
        assertThat(d.reports()).isZero();
        assertThat(d.total("cluster_output_value").value()).isEqualByComparingTo("0");
        assertThat(d.totals()).hasSizeGreaterThan(11);
    }

    @Test
    void gradeDistributionCountsDecidedGradesForTheCity() {
        Dashboard d = city(new DashboardFilter(2021, null, null, true));
        assertThat(d.grades())
                .extracting(GradeCount::grade, GradeCount::complexes)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Grade.EXCELLENT, 3L),
                        org.assertj.core.groups.Tuple.tuple(Grade.GOOD, 6L),
                        org.assertj.core.groups.Tuple.tuple(Grade.PASS, 5L),
                        org.assertj.core.groups.Tuple.tuple(Grade.FAIL, 1L));
    }

    @Test
    void aCountyOfficialSeesOnlyTheirCountyAndOnlyPublishedGrades() {
        Dashboard d = queries.dashboard(JINYUN, new DashboardFilter(2021, null, null, true), KnownCity.NOW);
        assertThat(d.filter().countyCode()).isEqualTo(KnownCity.JINYUN);
        assertThat(d.reports()).isEqualTo(2);
        assertThat(d.counties()).extracting(Dashboard.CountyRef::code).containsExactly(KnownCity.JINYUN);
        // complex 2 is EXCELLENT and published; complex 12 is PASS, decided but not published
        assertThat(d.grades()).extracting(GradeCount::complexes).containsExactly(1L, 0L, 0L, 0L);
        assertThat(queries.complexes(JINYUN, d.filter(), new Drill(Drill.Kind.ALL, null), KnownCity.NOW))
                .extracting(ComplexRow::complexId, ComplexRow::grade)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(1002L, Grade.EXCELLENT),
                        org.assertj.core.groups.Tuple.tuple(1012L, null));
        assertThatThrownBy(
                        () -> queries.dashboard(JINYUN, new DashboardFilter(2021, null, "331181", true), KnownCity.NOW))
                .isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void progressCountsOpenStepsAndOverdueOnesWhateverTheStatusSwitch() {
        Dashboard d = city(new DashboardFilter(2021, null, null, true));
        assertThat(d.progress())
                .extracting(StepProgress::stepKey, StepProgress::appraisals, StepProgress::overdue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("report", 1L, 1L),
                        org.assertj.core.groups.Tuple.tuple("countyReview", 1L, 0L),
                        org.assertj.core.groups.Tuple.tuple("decision", 1L, 1L));
        // the three waiting complexes are municipal ones; two of them lie in Jinyun
        assertThat(city(new DashboardFilter(2021, Level.PROVINCIAL, null, true)).progress())
                .isEmpty();
        assertThat(city(new DashboardFilter(2021, Level.MUNICIPAL, null, true)).progress())
                .hasSize(3);
        assertThat(city(new DashboardFilter(2021, Level.MUNICIPAL, KnownCity.JINYUN, true))
                        .progress())
                .extracting(StepProgress::stepKey)
                .containsExactly("report", "countyReview");
    }

    @Test
    void progressFollowsTheLiveProcessNotTheStepIds() {
        try {
            // an administrator's version in which the decision comes first and the county review is gone
            steps = java.util.List.of("decision", "report", "provincialReview");
            assertThat(city(new DashboardFilter(2021, null, null, true)).progress())
                    .extracting(StepProgress::stepKey)
                    .containsExactly("decision", "report", "countyReview");
        } finally {
            steps = KnownCity.STEPS;
        }
    }

    @Test
    void trendShowsEveryYearWithTheSameFilters() {
        Dashboard d = city(new DashboardFilter(2021, null, null, true));
        assertThat(d.trend()).extracting(a -> a.key()).containsExactly("2020", "2021");
        assertThat(d.trend().get(0).complexes()).isEqualTo(5);
        assertThat(d.trend().get(0).total("construction_investment")).isEqualByComparingTo("25000");
        assertThat(d.trend().get(1).total("construction_investment")).isEqualByComparingTo("75500");
    }

    @Test
    void everyNumberDrillsDownToTheComplexesBehindIt() {
        DashboardFilter f = new DashboardFilter(2021, null, null, true);
        List<ComplexRow> investing =
                queries.complexes(CITY, f, new Drill(Drill.Kind.INDICATOR, "construction_investment"), KnownCity.NOW);
        assertThat(investing).hasSize(16);
        assertThat(investing.stream().map(ComplexRow::value).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("75500");
        assertThat(queries.complexes(CITY, f, new Drill(Drill.Kind.LEVEL, "PROVINCIAL"), KnownCity.NOW))
                .hasSize(9);
        assertThat(queries.complexes(CITY, f, new Drill(Drill.Kind.GRADE, "GOOD"), KnownCity.NOW))
                .extracting(ComplexRow::complexId)
                .containsExactlyInAnyOrder(1003L, 1004L, 1005L, 1006L, 1007L, 1008L);
        assertThat(queries.complexes(CITY, f, new Drill(Drill.Kind.OVERDUE, "report"), KnownCity.NOW))
                .extracting(ComplexRow::complexId)
                .containsExactly(1017L);
        assertThat(queries.complexes(CITY, f, new Drill(Drill.Kind.STEP, "countyReview"), KnownCity.NOW))
                .extracting(ComplexRow::complexId)
                .containsExactly(1016L);
        assertThat(queries.complexes(CITY, f, new Drill(Drill.Kind.COUNTY, KnownCity.JINYUN), KnownCity.NOW))
                // ordered by name: 综合体12 before 综合体2
                .extracting(ComplexRow::complexId)
                .containsExactly(1012L, 1002L);
        assertThat(queries.complexes(CITY, f, new Drill(Drill.Kind.YEAR, "2020"), KnownCity.NOW))
                .hasSize(5);
        assertThat(queries.years(CITY)).containsExactly(2021, 2020);
    }
}
