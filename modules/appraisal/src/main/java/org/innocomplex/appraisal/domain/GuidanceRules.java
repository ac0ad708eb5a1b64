package org.innocomplex.appraisal.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.innocomplex.access.api.Violation;
import org.innocomplex.appraisal.api.GuidanceNoteInput;

/** What a guidance note and a follow-up must hold before they are saved; refusals name the field. */
public final class GuidanceRules {
    public static final int MAX_RECOMMENDATIONS = 20;

    private GuidanceRules() {}

    public static List<Violation> checkNote(GuidanceNoteInput n, LocalDate today) {
        List<Violation> errors = new ArrayList<>();
        if (n.visitDate() == null) {
            errors.add(new Violation("visitDate", "appraisal.guidance.error.visitDateRequired"));
        } else if (n.visitDate().isAfter(today)) {
            errors.add(new Violation("visitDate", "appraisal.guidance.error.visitDateFuture"));
        }
        text(errors, "place", n.place(), 500);
        text(errors, "participants", n.participants(), 2000);
        text(errors, "problems", n.problems(), 4000);
        List<String> recs = recommendations(n.recommendations());
        if (recs.isEmpty()) {
            errors.add(new Violation("recommendations", "appraisal.guidance.error.recommendationRequired"));
        } else if (recs.size() > MAX_RECOMMENDATIONS) {
            errors.add(new Violation(
                    "recommendations", "appraisal.guidance.error.tooManyRecommendations", MAX_RECOMMENDATIONS));
        } else if (recs.stream().anyMatch(r -> r.length() > 2000)) {
            errors.add(new Violation("recommendations", "appraisal.guidance.error.tooLong", 2000));
        }
        return errors;
    }

    public static List<Violation> checkFollowUp(String actionTaken, LocalDate doneOn, LocalDate today) {
        List<Violation> errors = new ArrayList<>();
        text(errors, "actionTaken", actionTaken, 4000);
        if (doneOn == null) {
            errors.add(new Violation("doneOn", "appraisal.guidance.error.doneOnRequired"));
        } else if (doneOn.isAfter(today)) {
            errors.add(new Violation("doneOn", "appraisal.guidance.error.doneOnFuture"));
        }
        return errors;
    }

    /** The recommendations as entered, stripped, blank ones dropped. */
    public static List<String> recommendations(List<String> raw) {
        return raw == null
                ? List.of()
                : raw.stream()
                        .filter(r -> r != null && !r.isBlank())
                        .map(String::strip)
                        .toList();
    }

    private static void text(List<Violation> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new Violation(field, "appraisal.guidance.error.required"));
        } else if (value.strip().length() > max) {
            errors.add(new Violation(field, "appraisal.guidance.error.tooLong", max));
        }
    }
}
