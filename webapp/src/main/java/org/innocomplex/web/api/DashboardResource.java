package org.innocomplex.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.CurrentUser;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.registry.api.Level;
import org.innocomplex.reporting.api.Dashboard;
import org.innocomplex.reporting.api.DashboardFilter;
import org.innocomplex.reporting.api.DashboardService;

/**
 * The dashboard's figures, exactly as the dashboard page adds them up and with its scope: municipal officials their
 * city, county officials their own county only (another county's figures are a 403 problem), administrators all.
 */
@Programme
@Path("dashboard")
@Tag(name = "dashboard")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class DashboardResource {

    @Inject
    DashboardService dashboards;

    @Inject
    CurrentUser currentUser;

    @Inject
    ZoneId bureau;

    @GET
    @Operation(
            summary = "Totals of every numeric indicator, complexes by level, the cycle's progress, grades, "
                    + "figures by county and by year")
    public Dashboard dashboard(
            @Parameter(description = "report year; the latest year with reports when omitted") @QueryParam("year")
                    Integer year,
            @Parameter(description = "PROVINCIAL or MUNICIPAL; both when omitted") @QueryParam("level") String level,
            @Parameter(description = "county code; every county the caller may see when omitted") @QueryParam("county")
                    String county,
            @Parameter(description = "true: approved reports only; false: every submitted report")
                    @QueryParam("approvedOnly")
                    @DefaultValue("true")
                    Boolean approvedOnly) {
        Actor actor = currentUser.require();
        return dashboards.dashboard(actor, filter(actor, year, level, county, !Boolean.FALSE.equals(approvedOnly)));
    }

    @GET
    @Path("years")
    @Operation(summary = "Years that have reports in the caller's scope, newest first")
    public List<Integer> years() {
        return dashboards.years(currentUser.require());
    }

    private DashboardFilter filter(Actor actor, Integer year, String level, String county, boolean approvedOnly) {
        int y = year != null
                ? year
                : dashboards.years(actor).stream()
                        .findFirst()
                        .orElse(LocalDate.now(bureau).getYear());
        Level l = null;
        if (level != null && !level.isBlank()) {
            try {
                l = Level.valueOf(level.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new DomainException("api.error.badLevel", level);
            }
        }
        return new DashboardFilter(y, l, county == null || county.isBlank() ? null : county.strip(), approvedOnly);
    }
}
