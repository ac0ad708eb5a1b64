package org.innocomplex.appraisal.domain;

/**
 * Who hears about a step's deadline: the step's own candidate group is reminded, the next level up is told when
 * it is overdue. Mirrors the candidate groups of the BPMN.
 */
public final class DeadlineRouting {
    /** Above the municipal bureau there is only the administrator of the installation. */
    public static final String ADMINS = "admin";

    private DeadlineRouting() {
    }

    /** The candidate group of a step's task; null for the expert review, whose tasks are assigned by name. */
    public static String stepGroup(String stepKey, Appraisal a) {
        return switch (stepKey) {
            case "report" -> "complex:" + a.complexId();
            case "countyReview" -> "county:" + a.countyCode();
            case "municipalReview", "assignExperts", "decision" -> "municipal:" + a.cityCode();
            default -> null;
        };
    }

    /**
     * The group an overdue step is escalated to: a late report to its county, a late county review or expert
     * review to the municipal bureau, and a late step of the municipal bureau itself to the administrators.
     */
    public static String escalationGroup(String stepKey, Appraisal a) {
        return switch (stepKey) {
            case "report" -> "county:" + a.countyCode();
            case "countyReview", "expertReview" -> "municipal:" + a.cityCode();
            default -> ADMINS;
        };
    }
}
