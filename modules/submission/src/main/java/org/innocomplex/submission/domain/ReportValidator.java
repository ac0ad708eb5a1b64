package org.innocomplex.submission.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.innocomplex.submission.api.FieldError;
import org.innocomplex.submission.api.IndicatorView;
import org.innocomplex.submission.api.ValueType;

/**
 * The rules a report must meet, as data-driven checks over the catalogue plus the cross-field rules of the
 * programme. Pure: no persistence, so each rule is tested in plain JUnit.
 */
public final class ReportValidator {

    /** Parts that cannot exceed their whole: enterprises of a kind are counted among the cluster's enterprises. */
    static final Map<String, String> NOT_MORE_THAN = Map.of(
            "above_scale_enterprises", "cluster_enterprises",
            "national_high_tech_enterprises", "cluster_enterprises",
            "provincial_sme_tech_enterprises", "cluster_enterprises");

    static final int NARRATIVE_MIN = 20;

    private final List<IndicatorView> catalogue;

    public ReportValidator(List<IndicatorView> catalogue) {
        this.catalogue = List.copyOf(catalogue);
    }

    /** Checks that apply to every save: types and bounds of the values present. */
    public List<FieldError> checkValues(Map<String, BigDecimal> values) {
        List<FieldError> errors = new ArrayList<>();
        for (IndicatorView i : catalogue) {
            BigDecimal v = values.get(i.code());
            if (v == null) {
                continue;
            }
            if (i.type() == ValueType.INTEGER && v.stripTrailingZeros().scale() > 0) {
                errors.add(new FieldError(i.code(), "submission.error.integer"));
            }
            if (i.min() != null && v.compareTo(i.min()) < 0) {
                errors.add(new FieldError(i.code(), "submission.error.min", i.min()));
            }
            if (i.max() != null && v.compareTo(i.max()) > 0) {
                errors.add(new FieldError(i.code(), "submission.error.max", i.max()));
            }
        }
        for (String code : values.keySet()) {
            if (catalogue.stream().noneMatch(i -> i.code().equals(code))) {
                errors.add(new FieldError(code, "submission.error.unknownIndicator", code));
            }
        }
        return errors;
    }

    /** Everything a submission must meet: the value checks, completeness, cross-field rules and the narrative. */
    public List<FieldError> checkSubmission(Map<String, BigDecimal> values, String narrative) {
        List<FieldError> errors = new ArrayList<>(checkValues(values));
        for (IndicatorView i : catalogue) {
            if (i.required() && values.get(i.code()) == null) {
                errors.add(new FieldError(i.code(), "submission.error.required"));
            }
        }
        NOT_MORE_THAN.forEach((part, whole) -> {
            BigDecimal p = values.get(part);
            BigDecimal w = values.get(whole);
            if (p != null && w != null && p.compareTo(w) > 0) {
                errors.add(new FieldError(part, "submission.error.notMoreThan", whole));
            }
        });
        if (narrative == null || narrative.strip().length() < NARRATIVE_MIN) {
            errors.add(new FieldError("narrative", "submission.error.narrativeTooShort", NARRATIVE_MIN));
        }
        return errors;
    }
}
