package org.innocomplex.submission.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Set;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractThrowableAssert;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.submission.api.IndicatorData;
import org.innocomplex.submission.api.ValueType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogueRulesTest {
    static final Predicate<String> GROUPS = Set.of("innovation", "services")::contains;

    static IndicatorData indicator(
            String code, String nameZh, String nameEn, BigDecimal min, BigDecimal max, String group) {
        return new IndicatorData(code, nameZh, nameEn, "件", "items", ValueType.INTEGER, false, min, max, group, 65);
    }

    static IndicatorData patents() {
        return indicator("patents_granted", "授权专利", "Patents granted", BigDecimal.ZERO, null, "innovation");
    }

    private static AbstractThrowableAssert<?, ?> refusal(Runnable rule, String key) {
        return assertThatThrownBy(rule::run).isInstanceOf(DomainException.class).hasMessage(key);
    }

    @Test
    void aCycleYearLiesBetween2000And2100() {
        assertThatCode(() -> CatalogueRules.requireYear(2000)).doesNotThrowAnyException();
        assertThatCode(() -> CatalogueRules.requireYear(2100)).doesNotThrowAnyException();
        refusal(() -> CatalogueRules.requireYear(1999), "submission.error.yearRange");
        refusal(() -> CatalogueRules.requireYear(2101), "submission.error.yearRange");
    }

    @Test
    void aCompleteIndicatorOfAKnownGroupPasses() {
        assertThatCode(() -> CatalogueRules.requireIndicator(patents(), GROUPS)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Patents", "1patents", "p", "patents-granted", "专利", "patents granted"})
    void anIndicatorCodeIsALowerCaseLetterThenLettersDigitsOrUnderscores(String code) {
        refusal(
                        () -> CatalogueRules.requireIndicator(
                                indicator(code, "名", "n", null, null, "innovation"), GROUPS),
                        "submission.error.codeInvalid")
                .satisfies(e -> assertThat(((DomainException) e).args()).containsExactly(code));
    }

    @Test
    void anIndicatorCodeIsTwoTo64CharactersLong() {
        assertThatCode(() ->
                        CatalogueRules.requireIndicator(indicator("p2", "名", "n", null, null, "innovation"), GROUPS))
                .doesNotThrowAnyException();
        assertThatCode(() -> CatalogueRules.requireIndicator(
                        indicator("p" + "x".repeat(63), "名", "n", null, null, "innovation"), GROUPS))
                .doesNotThrowAnyException();
        refusal(
                () -> CatalogueRules.requireIndicator(
                        indicator("p" + "x".repeat(64), "名", "n", null, null, "innovation"), GROUPS),
                "submission.error.codeInvalid");
        refusal(
                () -> CatalogueRules.requireIndicator(indicator(null, "名", "n", null, null, "innovation"), GROUPS),
                "submission.error.codeInvalid");
    }

    @Test
    void anIndicatorNeedsBothNames() {
        refusal(
                () -> CatalogueRules.requireIndicator(indicator("patents", " ", "n", null, null, "innovation"), GROUPS),
                "submission.error.nameRequired");
        refusal(
                () -> CatalogueRules.requireIndicator(
                        indicator("patents", "名", null, null, null, "innovation"), GROUPS),
                "submission.error.nameRequired");
    }

    @Test
    void anIndicatorsMinimumMayNotExceedItsMaximum() {
        assertThatCode(() -> CatalogueRules.requireIndicator(
                        indicator("share", "名", "n", BigDecimal.ONE, BigDecimal.ONE, "innovation"), GROUPS))
                .doesNotThrowAnyException();
        refusal(
                () -> CatalogueRules.requireIndicator(
                        indicator("share", "名", "n", BigDecimal.TEN, BigDecimal.ONE, "innovation"), GROUPS),
                "submission.error.boundsOrder");
    }

    @Test
    void anIndicatorBelongsToAGroupOfTheCycle() {
        refusal(
                () -> CatalogueRules.requireIndicator(indicator("patents", "名", "n", null, null, "gone"), GROUPS),
                "submission.error.unknownGroup");
        refusal(
                () -> CatalogueRules.requireIndicator(indicator("patents", "名", "n", null, null, null), GROUPS),
                "submission.error.unknownGroup");
    }

    @Test
    void theFirstRuleBrokenIsTheOneNamed() {
        refusal(
                () -> CatalogueRules.requireIndicator(
                        indicator("Bad", " ", " ", BigDecimal.TEN, BigDecimal.ONE, "gone"), GROUPS),
                "submission.error.codeInvalid");
    }

    @Test
    void pointsLieBetweenZeroAndAHundred() {
        assertThatCode(() -> CatalogueRules.requirePoints(BigDecimal.ZERO)).doesNotThrowAnyException();
        assertThatCode(() -> CatalogueRules.requirePoints(new BigDecimal("100.00")))
                .doesNotThrowAnyException();
        refusal(() -> CatalogueRules.requirePoints(new BigDecimal("-0.5")), "submission.error.pointsRange");
        refusal(() -> CatalogueRules.requirePoints(new BigDecimal("100.01")), "submission.error.pointsRange");
        refusal(() -> CatalogueRules.requirePoints(null), "submission.error.pointsRange");
    }
}
