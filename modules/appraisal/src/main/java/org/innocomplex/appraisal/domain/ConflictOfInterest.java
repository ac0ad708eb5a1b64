package org.innocomplex.appraisal.domain;

import java.util.Locale;
import org.innocomplex.registry.api.ComplexView;
import org.innocomplex.registry.api.ExpertView;

/**
 * An expert may not appraise a complex run by their own organisation or by one they declared an affiliation with.
 * Names are compared trimmed and case-insensitively; the registry is the place to keep them consistent.
 */
public final class ConflictOfInterest {
    private ConflictOfInterest() {
    }

    public static boolean conflicts(ExpertView expert, ComplexView complex) {
        String unit = norm(complex.operatingUnit());
        if (unit.isEmpty()) {
            return false;
        }
        if (unit.equals(norm(expert.organisation()))) {
            return true;
        }
        return expert.affiliations().stream().map(ConflictOfInterest::norm).anyMatch(unit::equals);
    }

    private static String norm(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }
}
