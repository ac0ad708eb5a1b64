package org.innocomplex.submission.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.innocomplex.access.api.Violation;
import org.innocomplex.submission.api.Anomaly;
import org.innocomplex.submission.api.IndicatorData;
import org.innocomplex.submission.api.ReportInput;
import org.innocomplex.submission.api.ValueType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each rule of {@link ReportValidator}, over the catalogue the V1 migration seeds. */
class ReportValidatorTest {

    static final String NARRATIVE = "本年度综合体围绕锯床产业开展共性技术攻关，服务企业数量稳步增长。";

    static final List<IndicatorData> CATALOGUE = List.of(
            indicator("construction_investment", ValueType.DECIMAL, true, 0, 10_000_000, 10),
            indicator("cluster_output_value", ValueType.DECIMAL, true, 0, 100_000_000, 20),
            indicator("cluster_rd_investment", ValueType.DECIMAL, true, 0, 10_000_000, 30),
            indicator("cluster_enterprises", ValueType.INTEGER, true, 0, 1_000_000, 40),
            indicator("above_scale_enterprises", ValueType.INTEGER, true, 0, 1_000_000, 50),
            indicator("national_high_tech_enterprises", ValueType.INTEGER, true, 0, 1_000_000, 60),
            indicator("provincial_sme_tech_enterprises", ValueType.INTEGER, true, 0, 1_000_000, 70),
            indicator("service_institutions", ValueType.INTEGER, true, 0, 100_000, 80),
            indicator("academicians", ValueType.INTEGER, false, 0, 1_000, 90),
            indicator("enterprise_services", ValueType.INTEGER, true, 0, 10_000_000, 100),
            indicator("technical_problems_solved", ValueType.INTEGER, true, 0, 1_000_000, 110));

    private final ReportValidator validator = new ReportValidator(CATALOGUE);

    private static IndicatorData indicator(
            String code, ValueType type, boolean required, long min, long max, int sort) {
        return new IndicatorData(
                code,
                code + "（中）",
                code + " (en)",
                "单位",
                "unit",
                type,
                required,
                BigDecimal.valueOf(min),
                BigDecimal.valueOf(max),
                "group",
                sort);
    }

    /** a complete report that meets every rule */
    private static Map<String, BigDecimal> complete() {
        Map<String, BigDecimal> v = new HashMap<>();
        v.put("construction_investment", new BigDecimal("12500.50"));
        v.put("cluster_output_value", new BigDecimal("856000"));
        v.put("cluster_rd_investment", new BigDecimal("23000.75"));
        v.put("cluster_enterprises", new BigDecimal("420"));
        v.put("above_scale_enterprises", new BigDecimal("96"));
        v.put("national_high_tech_enterprises", new BigDecimal("31"));
        v.put("provincial_sme_tech_enterprises", new BigDecimal("78"));
        v.put("service_institutions", new BigDecimal("45"));
        v.put("academicians", new BigDecimal("2"));
        v.put("enterprise_services", new BigDecimal("1300"));
        v.put("technical_problems_solved", new BigDecimal("64"));
        return v;
    }

    private static Map<String, BigDecimal> completeWith(String code, String value) {
        Map<String, BigDecimal> v = complete();
        v.put(code, value == null ? null : new BigDecimal(value));
        return v;
    }

    @Test
    void aCompleteValidReportHasNoErrors() {
        assertThat(validator.checkValues(complete(), Map.of())).isEmpty();
        assertThat(validator.checkSubmission(complete(), Map.of(), NARRATIVE, List.of(), Map.of()))
                .isEmpty();
    }

    @Test
    void anOptionalIndicatorMayBeLeftOut() {
        Map<String, BigDecimal> v = complete();
        v.remove("academicians");

        assertThat(validator.checkSubmission(v, Map.of(), NARRATIVE, List.of(), Map.of()))
                .isEmpty();
    }

    // --- integer type

    @Test
    void anIntegerIndicatorRefusesAFraction() {
        List<Violation> errors = validator.checkValues(completeWith("service_institutions", "12.5"), Map.of());

        assertThat(errors)
                .extracting(Violation::field, Violation::key)
                .containsExactly(tuple("service_institutions", "submission.error.integer"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "12.0", "12.0000", "1E+2", "0"})
    void anIntegerIndicatorAcceptsWholeNumbersWhateverTheirScale(String value) {
        assertThat(validator.checkValues(completeWith("service_institutions", value), Map.of()))
                .isEmpty();
    }

    @Test
    void aDecimalIndicatorAcceptsAFraction() {
        assertThat(validator.checkValues(completeWith("construction_investment", "0.0001"), Map.of()))
                .isEmpty();
    }

    // --- bounds

    @Test
    void aValueBelowTheMinimumIsRefusedWithTheMinimum() {
        List<Violation> errors = validator.checkValues(completeWith("cluster_output_value", "-0.01"), Map.of());

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("cluster_output_value");
            assertThat(e.key()).isEqualTo("submission.error.min");
            // shown as written, not in scientific notation
            assertThat(e.args()).containsExactly("0");
        });
    }

    @Test
    void theMinimumItselfIsAllowed() {
        assertThat(validator.checkValues(completeWith("cluster_output_value", "0"), Map.of()))
                .isEmpty();
    }

    @Test
    void aValueAboveTheMaximumIsRefusedWithTheMaximum() {
        List<Violation> errors = validator.checkValues(completeWith("academicians", "1001"), Map.of());

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("academicians");
            assertThat(e.key()).isEqualTo("submission.error.max");
            assertThat(e.args()).containsExactly("1000");
        });
    }

    @Test
    void theMaximumItselfIsAllowed() {
        assertThat(validator.checkValues(completeWith("academicians", "1000"), Map.of()))
                .isEmpty();
        assertThat(validator.checkValues(completeWith("construction_investment", "10000000.0000"), Map.of()))
                .isEmpty();
    }

    @Test
    void anIndicatorWithoutBoundsTakesAnyValue() {
        IndicatorData unbounded =
                new IndicatorData("free", "自由", "free", null, null, ValueType.DECIMAL, false, null, null, "g", 1);

        assertThat(new ReportValidator(List.of(unbounded))
                        .checkValues(Map.of("free", new BigDecimal("-99999999999.5")), Map.of()))
                .isEmpty();
    }

    @Test
    void oneValueCanBreakSeveralRulesAtOnce() {
        List<Violation> errors = validator.checkValues(completeWith("academicians", "-0.5"), Map.of());

        assertThat(errors)
                .extracting(Violation::field, Violation::key)
                .containsExactlyInAnyOrder(
                        tuple("academicians", "submission.error.integer"),
                        tuple("academicians", "submission.error.min"));
    }

    // --- unknown indicators

    @Test
    void aValueForAnIndicatorNotInTheCatalogueIsRefused() {
        List<Violation> errors = validator.checkValues(completeWith("patents_filed", "3"), Map.of());

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("patents_filed");
            assertThat(e.key()).isEqualTo("submission.error.unknownIndicator");
            assertThat(e.args()).containsExactly("patents_filed");
        });
    }

    // --- required, on submission only

    @Test
    void aMissingRequiredIndicatorIsRefusedOnSubmissionButNotWhenSaving() {
        Map<String, BigDecimal> v = complete();
        v.remove("technical_problems_solved");

        assertThat(validator.checkValues(v, Map.of()))
                .as("a draft may be incomplete")
                .isEmpty();
        assertThat(validator.checkSubmission(v, Map.of(), NARRATIVE, List.of(), Map.of()))
                .extracting(Violation::field, Violation::key)
                .containsExactly(tuple("technical_problems_solved", "submission.error.required"));
    }

    @Test
    void aRequiredIndicatorMappedToNullCountsAsMissing() {
        assertThat(validator.checkSubmission(
                        completeWith("enterprise_services", null), Map.of(), NARRATIVE, List.of(), Map.of()))
                .extracting(Violation::field, Violation::key)
                .containsExactly(tuple("enterprise_services", "submission.error.required"));
    }

    @Test
    void anEmptyReportListsEveryRequiredIndicatorAndTheNarrative() {
        List<Violation> errors = validator.checkSubmission(Map.of(), Map.of(), null, List.of(), Map.of());

        List<String> required = CATALOGUE.stream()
                .filter(IndicatorData::required)
                .map(IndicatorData::code)
                .toList();
        assertThat(required).hasSize(10);
        assertThat(errors)
                .filteredOn(e -> e.key().equals("submission.error.required"))
                .extracting(Violation::field)
                .containsExactlyInAnyOrderElementsOf(required);
        assertThat(errors).extracting(Violation::field).contains("narrative").doesNotContain("academicians");
        assertThat(errors).hasSize(11);
    }

    // --- narrative

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   \n\t  ", "太短了", "一二三四五六七八九十一二三四五六七八九", "          一二三四五六七八九十一二三四五六七八九          "})
    void aNarrativeShorterThanTheMinimumIsRefused(String narrative) {
        List<Violation> errors = validator.checkSubmission(complete(), Map.of(), narrative, List.of(), Map.of());

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("narrative");
            assertThat(e.key()).isEqualTo("submission.error.narrativeTooShort");
            assertThat(e.args()).containsExactly(ReportValidator.NARRATIVE_MIN);
        });
    }

    @Test
    void aNarrativeOfExactlyTheMinimumIsAllowed() {
        String twenty = "一二三四五六七八九十一二三四五六七八九十";
        assertThat(twenty).hasSize(ReportValidator.NARRATIVE_MIN);

        assertThat(validator.checkSubmission(complete(), Map.of(), twenty, List.of(), Map.of()))
                .isEmpty();
        assertThat(validator.checkSubmission(complete(), Map.of(), "  " + twenty + "\n", List.of(), Map.of()))
                .isEmpty();
    }

    @Test
    void theMinimumIsTwentyCharacters() {
        assertThat(ReportValidator.NARRATIVE_MIN).isEqualTo(20);
    }

    // --- all together

    @Test
    void aSubmissionListsEveryFaultAtOnce() {
        Map<String, BigDecimal> v = complete();
        v.put("cluster_enterprises", new BigDecimal("90"));
        v.put("above_scale_enterprises", new BigDecimal("91"));
        v.put("service_institutions", new BigDecimal("2.5"));
        v.put("construction_investment", new BigDecimal("10000000.01"));
        v.remove("enterprise_services");
        v.put("unknown_code", BigDecimal.ONE);

        List<Anomaly> anomalies = List.of(new Anomaly(
                "above_scale_enterprises",
                Anomaly.Kind.RULE,
                null,
                v.get("above_scale_enterprises"),
                null,
                "cluster_enterprises"));
        assertThat(validator.checkSubmission(v, Map.of(), "short", anomalies, Map.of()))
                .extracting(Violation::field, Violation::key)
                .containsExactlyInAnyOrder(
                        tuple("above_scale_enterprises", "submission.error.explanationRequired"),
                        tuple("service_institutions", "submission.error.integer"),
                        tuple("construction_investment", "submission.error.max"),
                        tuple("enterprise_services", "submission.error.required"),
                        tuple("unknown_code", "submission.error.unknownIndicator"),
                        tuple("narrative", "submission.error.narrativeTooShort"));
    }

    // --- anomalies

    @Test
    void anUnexplainedAnomalyIsRefusedOnSubmissionAndAnExplainedOneIsNot() {
        List<Anomaly> anomalies = List.of(new Anomaly(
                "enterprise_services",
                Anomaly.Kind.CHANGE,
                new BigDecimal("100"),
                new BigDecimal("300"),
                new BigDecimal("200.0"),
                null));

        assertThat(validator.checkSubmission(complete(), Map.of(), NARRATIVE, anomalies, Map.of()))
                .extracting(Violation::field, Violation::key)
                .containsExactly(tuple("enterprise_services", "submission.error.explanationRequired"));
        assertThat(validator.checkSubmission(
                        complete(), Map.of(), NARRATIVE, anomalies, Map.of("enterprise_services", "  ")))
                .hasSize(1);
        assertThat(validator.checkSubmission(
                        complete(), Map.of(), NARRATIVE, anomalies, Map.of("enterprise_services", "新增两个服务站，服务次数翻倍。")))
                .isEmpty();
    }

    @Test
    void twoAnomaliesOfOneFigureNeedOneExplanation() {
        List<Anomaly> anomalies = List.of(
                new Anomaly(
                        "above_scale_enterprises",
                        Anomaly.Kind.CHANGE,
                        BigDecimal.ONE,
                        BigDecimal.TEN,
                        new BigDecimal("900.0"),
                        null),
                new Anomaly(
                        "above_scale_enterprises",
                        Anomaly.Kind.RULE,
                        null,
                        BigDecimal.TEN,
                        null,
                        "cluster_enterprises"));

        assertThat(validator.checkSubmission(complete(), Map.of(), NARRATIVE, anomalies, Map.of()))
                .hasSize(1);
    }

    // --- percent and text indicators

    @Test
    void aPercentIsBoundedByZeroAndAHundredWithoutExplicitBounds() {
        ReportValidator v = new ReportValidator(List.of(
                new IndicatorData("share", "占比", "share", "%", "%", ValueType.PERCENT, false, null, null, "g", 1)));

        assertThat(v.checkValues(Map.of("share", new BigDecimal("100")), Map.of()))
                .isEmpty();
        assertThat(v.checkValues(Map.of("share", new BigDecimal("12.5")), Map.of()))
                .isEmpty();
        assertThat(v.checkValues(Map.of("share", new BigDecimal("100.1")), Map.of()))
                .extracting(Violation::key)
                .containsExactly("submission.error.max");
        assertThat(v.checkValues(Map.of("share", new BigDecimal("-1")), Map.of()))
                .extracting(Violation::key)
                .containsExactly("submission.error.min");
    }

    @Test
    void aTextIndicatorIsRequiredAsTextAndRefusesANumber() {
        ReportValidator v = new ReportValidator(List.of(new IndicatorData(
                "highlights", "亮点", "highlights", null, null, ValueType.TEXT, true, null, null, "g", 1)));

        assertThat(v.checkSubmission(Map.of(), Map.of("highlights", "建成中试基地"), NARRATIVE, List.of(), Map.of()))
                .isEmpty();
        assertThat(v.checkSubmission(Map.of(), Map.of("highlights", "   "), NARRATIVE, List.of(), Map.of()))
                .extracting(Violation::key)
                .containsExactly("submission.error.required");
        assertThat(v.checkValues(Map.of("highlights", BigDecimal.ONE), Map.of()))
                .extracting(Violation::key)
                .containsExactly("submission.error.textExpected");
        assertThat(v.checkValues(Map.of(), Map.of("highlights", "x".repeat(4001))))
                .extracting(Violation::key)
                .containsExactly("submission.error.textTooLong");
    }

    @Test
    void theValidatorKeepsItsOwnCopyOfTheCatalogue() {
        List<IndicatorData> catalogue = new java.util.ArrayList<>(CATALOGUE);
        ReportValidator own = new ReportValidator(catalogue);
        catalogue.clear();

        assertThat(own.checkValues(Map.of("academicians", BigDecimal.ONE), Map.of()))
                .isEmpty();
    }

    @Test
    void aSavedNarrativeOrExplanationWithControlOrBidiCharactersIsRefusedButLineBreaksAreFine() {
        var input = new ReportInput(
                Map.of("cluster_enterprises", BigDecimal.TEN),
                Map.of(),
                "第一段\r\n第二段\u0000",
                Map.of("cluster_enterprises", "原因\u202E"));

        assertThat(validator.checkInput(input))
                .extracting(Violation::field, Violation::key, e -> e.args().get(0))
                .containsExactly(
                        tuple("narrative", "access.text.error.invisibleCharacter", "U+0000"),
                        tuple("cluster_enterprises", "access.text.error.invisibleCharacter", "U+202E"));
        assertThat(validator.checkInput(ReportInput.of(Map.of(), "第一段\n\t第二段"))).isEmpty();
    }
}
