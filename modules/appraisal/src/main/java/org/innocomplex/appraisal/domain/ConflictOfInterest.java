package org.innocomplex.appraisal.domain;

import java.util.Locale;
import org.innocomplex.registry.api.ComplexData;
import org.innocomplex.registry.api.ExpertData;

/**
 * An expert may not appraise a complex run by their own organisation or by one they declared an affiliation with.
 * Names are compared trimmed and case-insensitively; the registry is the place to keep them consistent.
 */
public final class ConflictOfInterest {
    private ConflictOfInterest() {}

    public static boolean conflicts(ExpertData expert, ComplexData complex) {
        String unit = norm(complex.operatingUnit());
        if (unit.isEmpty()) {
            return false;
        }
        if (unit.equals(norm(expert.organisation()))) {
            return true;
        }
        return expert.affiliations().stream().map(ConflictOfInterest::norm).anyMatch(unit::equals);
    }

    /**
     * The experts who may be offered for a complex's appraisal: no conflict by organisation or affiliation, none
     * who declared a conflict with it, none already assigned to it.
     */
    public static java.util.List<ExpertData> eligible(
            java.util.List<ExpertData> roster,
            ComplexData complex,
            java.util.Collection<String> declared,
            java.util.Collection<String> assigned) {
        return roster.stream()
                .filter(e -> !conflicts(e, complex))
                .filter(e -> !declared.contains(e.username()))
                .filter(e -> !assigned.contains(e.username()))
                .toList();
    }

    private static String norm(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }
}
