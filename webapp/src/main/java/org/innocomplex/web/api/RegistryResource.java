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
import org.innocomplex.registry.api.CityData;
import org.innocomplex.registry.api.ComplexData;
import org.innocomplex.registry.api.ComplexFilter;
import org.innocomplex.registry.api.ComplexSort;
import org.innocomplex.registry.api.CountyData;
import org.innocomplex.registry.api.ExpertData;
import org.innocomplex.registry.api.ExpertSort;
import org.innocomplex.registry.api.InstitutionData;
import org.innocomplex.registry.api.Level;
import org.innocomplex.registry.api.ListStatus;
import org.innocomplex.registry.api.RegistryService;

/** The registry, read-only: every logged-in user reads it on the screens, so every API caller may here. */
@Programme
@Path("registry")
@Tag(name = "registry")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class RegistryResource {

    @Inject
    RegistryService registry;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("cities")
    @Operation(summary = "The cities whose bureaus use the system")
    public List<CityData> cities() {
        currentUser.require();
        return registry.cities();
    }

    @GET
    @Path("cities/{city}/counties")
    @Operation(summary = "The county-level units of a city")
    public List<CountyData> counties(@PathParam("city") String city) {
        currentUser.require();
        registry.city(city).orElseThrow(() -> new DomainException("api.error.notFound"));
        return registry.counties(city);
    }

    @GET
    @Path("complexes")
    @Operation(
            summary = "Complexes, filtered and paged",
            description = "Sorted by `sort` (NAME_ZH, NAME_EN, COUNTY, "
                    + "LEVEL, LIST_STATUS, ESTABLISHED); ties by id, so pages neither repeat nor skip.")
    public Page<ComplexData> complexes(
            @Parameter(description = "part of the Chinese or English name") @QueryParam("text") String text,
            @QueryParam("county") String county,
            @Parameter(description = "PROVINCIAL or MUNICIPAL") @QueryParam("level") String level,
            @Parameter(description = "CULTIVATION, CREATION or RECOGNISED") @QueryParam("listStatus") String status,
            @QueryParam("active") Boolean active,
            @QueryParam("sort") String sort,
            @QueryParam("descending") Boolean descending,
            @QueryParam("first") Integer first,
            @Parameter(description = "at most 500") @QueryParam("max") Integer max) {
        currentUser.require();
        ComplexFilter filter = new ComplexFilter(
                text,
                county,
                Params.enumOf(Level.class, level, "level"),
                Params.enumOf(ListStatus.class, status, "listStatus"),
                active);
        ComplexSort by = Params.enumOf(ComplexSort.class, sort, "sort");
        int f = Params.first(first);
        return new Page<>(
                registry.countComplexes(filter),
                f,
                registry.findComplexes(
                        filter,
                        by == null ? ComplexSort.NAME_ZH : by,
                        !Boolean.TRUE.equals(descending),
                        f,
                        Params.max(max, 50, 500)));
    }

    @GET
    @Path("complexes/{id}")
    @Operation(summary = "One complex")
    public ComplexData complex(@PathParam("id") long id) {
        currentUser.require();
        return registry.complex(id).orElseThrow(() -> new DomainException("registry.error.unknownComplex", id));
    }

    @GET
    @Path("complexes/{id}/institutions")
    @Operation(summary = "A complex's service institutions")
    public List<InstitutionData> institutions(@PathParam("id") long id) {
        complex(id);
        return registry.institutions(id);
    }

    @GET
    @Path("experts")
    @Operation(
            summary = "The expert roster, paged",
            description =
                    "Officials and administrators only: anyone else gets 403 `registry.error.rosterOfficialsOnly`.")
    public Page<ExpertData> experts(
            @QueryParam("text") String text,
            @QueryParam("sort") String sort,
            @QueryParam("descending") Boolean descending,
            @QueryParam("first") Integer first,
            @QueryParam("max") Integer max) {
        Actor actor = currentUser.require();
        ExpertSort by = Params.enumOf(ExpertSort.class, sort, "sort");
        int f = Params.first(first);
        return new Page<>(
                registry.countExperts(actor, text),
                f,
                registry.findExperts(
                        actor,
                        text,
                        by == null ? ExpertSort.NAME : by,
                        !Boolean.TRUE.equals(descending),
                        f,
                        Params.max(max, 50, 500)));
    }
}
