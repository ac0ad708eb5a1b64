package org.innocomplex.appraisal.api;

/**
 * What an inbox page asks for; null filters mean "any". Each filter and each sort runs on an index of its own
 * (a filter combined with another sort than by creation may sort the filtered rows).
 */
public record InboxQuery(
        Long cycleId, String countyCode, String stepKey, boolean overdueOnly, Sort sort, boolean ascending)
        implements java.io.Serializable {

    public enum Sort {
        CREATED,
        DUE,
        STEP,
        COMPLEX
    }

    /** everything, newest first */
    public static InboxQuery all() {
        return new InboxQuery(null, null, null, false, Sort.CREATED, false);
    }

    public InboxQuery withStep(String step) {
        return new InboxQuery(cycleId, countyCode, step, overdueOnly, sort, ascending);
    }

    public InboxQuery withCounty(String county) {
        return new InboxQuery(cycleId, county, stepKey, overdueOnly, sort, ascending);
    }

    public InboxQuery withCycle(Long cycle) {
        return new InboxQuery(cycle, countyCode, stepKey, overdueOnly, sort, ascending);
    }

    public InboxQuery withOverdueOnly(boolean only) {
        return new InboxQuery(cycleId, countyCode, stepKey, only, sort, ascending);
    }

    public InboxQuery sortedBy(Sort by, boolean asc) {
        return new InboxQuery(cycleId, countyCode, stepKey, overdueOnly, by == null ? Sort.CREATED : by, asc);
    }

    /** no filter set: the step counts add up to the total */
    public boolean unfiltered() {
        return cycleId == null && countyCode == null && stepKey == null && !overdueOnly;
    }
}
