package org.innocomplex.submission.domain;

import java.math.BigDecimal;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.submission.api.CycleService;
import org.innocomplex.submission.api.IndicatorData;

/**
 * What a cycle and its catalogue accept, each refusal a {@link DomainException} naming the first rule broken. Pure:
 * what only the database knows (does the group exist) comes in as an argument, so the rules are unit-tested without
 * a container.
 */
public final class CatalogueRules {
    /** rubric items and grade bands are points of a score out of a hundred */
    public static final BigDecimal MAX_POINTS = BigDecimal.valueOf(100);
    /** an indicator's code is a column heading of the Excel template and a key of the report's values */
    static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{1,63}");

    private CatalogueRules() {}

    public static void requireYear(int year) {
        if (year < CycleService.FIRST_YEAR || year > CycleService.LAST_YEAR) {
            throw new DomainException("submission.error.yearRange");
        }
    }

    /** Code, both names, bounds in order, a group of the cycle: checked in that order. */
    public static void requireIndicator(IndicatorData v, Predicate<String> groupExists) {
        if (v.code() == null || !CODE.matcher(v.code()).matches()) {
            throw new DomainException("submission.error.codeInvalid", String.valueOf(v.code()));
        }
        if (isBlank(v.nameZh()) || isBlank(v.nameEn())) {
            throw new DomainException("submission.error.nameRequired");
        }
        if (v.min() != null && v.max() != null && v.min().compareTo(v.max()) > 0) {
            throw new DomainException("submission.error.boundsOrder");
        }
        if (v.groupCode() == null || !groupExists.test(v.groupCode())) {
            throw new DomainException("submission.error.unknownGroup", String.valueOf(v.groupCode()));
        }
    }

    /** a rubric item's maximum or a grade band's lowest score */
    public static void requirePoints(BigDecimal points) {
        if (points == null || points.signum() < 0 || points.compareTo(MAX_POINTS) > 0) {
            throw new DomainException("submission.error.pointsRange");
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
