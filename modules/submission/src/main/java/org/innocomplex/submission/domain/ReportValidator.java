package org.innocomplex.submission.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.innocomplex.access.api.PlainText;
import org.innocomplex.access.api.Violation;
import org.innocomplex.submission.api.Anomaly;
import org.innocomplex.submission.api.IndicatorData;
import org.innocomplex.submission.api.ReportInput;
import org.innocomplex.submission.api.ValueType;

/**
 * The rules a report must meet, driven by the cycle's catalogue: types and bounds on every save; completeness, the
 * narrative and an explanation of every anomaly on submission. Pure: no persistence, so each rule is a unit test.
 */
public final class ReportValidator {

    static final int NARRATIVE_MIN = 20;
    static final int TEXT_MAX = 4000;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final List<IndicatorData> catalogue;

    public ReportValidator(List<IndicatorData> catalogue) {
        this.catalogue = List.copyOf(catalogue);
    }

    /** Checks that apply to every save: types and bounds of the values present. */
    public List<Violation> checkValues(Map<String, BigDecimal> values, Map<String, String> texts) {
        List<Violation> errors = new ArrayList<>();
        for (IndicatorData i : catalogue) {
            BigDecimal v = values.get(i.code());
            if (v != null) {
                if (i.type() == ValueType.TEXT) {
                    errors.add(new Violation(i.code(), "submission.error.textExpected"));
                    continue;
                }
                if (i.type() == ValueType.INTEGER && v.stripTrailingZeros().scale() > 0) {
                    errors.add(new Violation(i.code(), "submission.error.integer"));
                }
                BigDecimal min = i.min() != null ? i.min() : i.type() == ValueType.PERCENT ? BigDecimal.ZERO : null;
                BigDecimal max = i.max() != null ? i.max() : i.type() == ValueType.PERCENT ? HUNDRED : null;
                if (min != null && v.compareTo(min) < 0) {
                    errors.add(new Violation(
                            i.code(),
                            "submission.error.min",
                            min.stripTrailingZeros().toPlainString()));
                }
                if (max != null && v.compareTo(max) > 0) {
                    errors.add(new Violation(
                            i.code(),
                            "submission.error.max",
                            max.stripTrailingZeros().toPlainString()));
                }
            }
            String t = texts.get(i.code());
            if (t != null && t.length() > TEXT_MAX) {
                errors.add(new Violation(i.code(), "submission.error.textTooLong", TEXT_MAX));
            }
        }
        for (String code : values.keySet()) {
            if (catalogue.stream().noneMatch(i -> i.code().equals(code))) {
                errors.add(new Violation(code, "submission.error.unknownIndicator", code));
            }
        }
        for (String code : texts.keySet()) {
            if (catalogue.stream().noneMatch(i -> i.code().equals(code))) {
                errors.add(new Violation(code, "submission.error.unknownIndicator", code));
            }
        }
        return errors;
    }

    /**
     * Checks that apply to every save of a whole input: {@link #checkValues} and, in every text of it (the
     * indicators' texts, the narrative, the explanations), only characters {@link PlainText} allows in a multi-line
     * text.
     */
    public List<Violation> checkInput(ReportInput input) {
        List<Violation> errors = checkValues(input.values(), input.texts());
        input.texts().forEach((code, t) -> hidden(code, t).ifPresent(errors::add));
        hidden("narrative", input.narrative()).ifPresent(errors::add);
        if (input.explanations() != null) {
            input.explanations().forEach((code, t) -> hidden(code, t).ifPresent(errors::add));
        }
        return errors;
    }

    private static java.util.Optional<Violation> hidden(String field, String text) {
        return PlainText.firstForbidden(text, true)
                .map(cp -> new Violation(field, PlainText.REFUSAL, PlainText.codePoint(cp)));
    }

    /**
     * Everything a submission must meet: the value checks, every required figure, the narrative, and an
     * explanation of each anomaly.
     */
    public List<Violation> checkSubmission(
            Map<String, BigDecimal> values,
            Map<String, String> texts,
            String narrative,
            List<Anomaly> anomalies,
            Map<String, String> explanations) {
        List<Violation> errors = new ArrayList<>(checkValues(values, texts));
        for (IndicatorData i : catalogue) {
            boolean missing = i.type() == ValueType.TEXT
                    ? texts.get(i.code()) == null || texts.get(i.code()).isBlank()
                    : values.get(i.code()) == null;
            if (i.required() && missing) {
                errors.add(new Violation(i.code(), "submission.error.required"));
            }
        }
        anomalies.stream().map(Anomaly::code).distinct().forEach(code -> {
            String why = explanations.get(code);
            if (why == null || why.isBlank()) {
                errors.add(new Violation(code, "submission.error.explanationRequired"));
            }
        });
        if (narrative == null || narrative.strip().length() < NARRATIVE_MIN) {
            errors.add(new Violation("narrative", "submission.error.narrativeTooShort", NARRATIVE_MIN));
        }
        return errors;
    }
}
