package org.innocomplex.web.submission;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Year;
import java.util.List;
import org.innocomplex.access.api.CurrentUser;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.registry.api.ActorScope;
import org.innocomplex.registry.api.CityData;
import org.innocomplex.registry.api.RegistryService;
import org.innocomplex.submission.api.CycleData;
import org.innocomplex.submission.api.CycleService;
import org.innocomplex.web.errors.RequestParams;
import org.innocomplex.web.support.Faces;

/**
 * {@code submission/cycles.xhtml}: the city's appraisal cycles, and a new one for a year. A municipal official keeps
 * their own city's; everyone else chooses among the registry's cities ({@code ?city=}), starting on the
 * {@link ActorScope#defaultCity} (their county's city, else {@code innocomplex.city} when set).
 */
@Named
@ViewScoped
public class CyclesView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    CycleService cycleService;

    @Inject
    RegistryService registry;

    @Inject
    Faces faces;

    private List<CycleData> cycles = List.of();
    /** the cities an administrator may choose among; empty for a municipal official */
    private List<CityData> cities = List.of();
    /** the city whose cycles are shown and created; null when the registry has no city */
    private String city;

    private Integer year = Year.now().getValue();

    @PostConstruct
    void load() {
        ActorScope scope = registry.scopeOf(currentUser.require());
        if (scope.bureauCity().isEmpty()) {
            cities = registry.cities();
        }
        city = scope.city(RequestParams.optionalToken("city"), cities);
        cycles = city == null ? List.of() : cycleService.cycles(city);
    }

    /** the city selector's choice, as a bookmarkable address */
    public void changeCity() {
        faces.redirect("/submission/cycles.xhtml?city=" + city);
    }

    public void create() {
        if (city == null) {
            faces.error(null, "submission.cycles.noCity");
            return;
        }
        try {
            var c = cycleService.createCycle(year == null ? 0 : year, city, currentUser.require());
            faces.flashInfo("submission.cycles.created", c.year());
            faces.redirect("/submission/cycle.xhtml?id=" + c.id());
        } catch (DomainException e) {
            faces.error(e);
        }
    }

    public List<CycleData> getCycles() {
        return cycles;
    }

    public List<CityData> getCities() {
        return cities;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public int getFirstYear() {
        return CycleService.FIRST_YEAR;
    }

    public int getLastYear() {
        return CycleService.LAST_YEAR;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
