package org.innocomplex.reporting.api;

import org.innocomplex.registry.api.Level;

/**
 * What the dashboard adds up.
 *
 * @param level        null for both levels
 * @param countyCode   null for every county the viewer may see
 * @param approvedOnly true: reports that passed the reviews (ACCEPTED); false: every submitted report (SUBMITTED or
 *                     ACCEPTED; a report returned for revision counts again once resubmitted)
 */
public record DashboardFilter(int year, Level level, String countyCode, boolean approvedOnly)
        implements java.io.Serializable {

    public DashboardFilter withCounty(String code) {
        return new DashboardFilter(year, level, code, approvedOnly);
    }

    public DashboardFilter withYear(int y) {
        return new DashboardFilter(y, level, countyCode, approvedOnly);
    }
}
