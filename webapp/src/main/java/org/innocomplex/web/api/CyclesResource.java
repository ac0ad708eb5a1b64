package org.innocomplex.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.CurrentUser;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.registry.api.RegistryService;
import org.innocomplex.submission.api.CatalogueData;
import org.innocomplex.submission.api.CycleData;
import org.innocomplex.submission.api.CycleService;

/** Appraisal cycles and their catalogues (indicators, rubric, grade bands), read as the cycle screens show them. */
@Programme
@Path("cycles")
@Tag(name = "cycles")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class CyclesResource {

    @Inject
    CycleService cycles;

    @Inject
    RegistryService registry;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(summary = "A city's cycles, newest year first")
    public List<CycleData> cycles(
            @Parameter(description = "city code; the caller's own city when omitted") @QueryParam("city") String city) {
        Actor actor = currentUser.require();
        return cycles.cycles(city == null || city.isBlank() ? cityOf(actor) : city.strip());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One cycle: deadlines, scope, score aggregation")
    public CycleData cycle(@PathParam("id") long id) {
        currentUser.require();
        return cycles.cycle(id).orElseThrow(() -> new DomainException("submission.error.unknownCycle", id));
    }

    @GET
    @Path("{id}/catalogue")
    @Operation(summary = "A cycle's indicator catalogue, cross-field rules, rubric and grade bands")
    public CatalogueData catalogue(@PathParam("id") long id) {
        cycle(id);
        return cycles.catalogue(id);
    }

    /**
     * The caller's {@link org.innocomplex.registry.api.ActorScope#defaultCity}: a municipal official's city, the city
     * of an official's or operator's county, else {@code innocomplex.city} when set, else the registry's first city
     * (of their province, for a provincial official).
     */
    String cityOf(Actor actor) {
        String city = registry.scopeOf(actor).defaultCity();
        return city == null ? "" : city;
    }
}
