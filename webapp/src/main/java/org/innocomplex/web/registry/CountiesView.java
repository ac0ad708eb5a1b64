package org.innocomplex.web.registry;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.innocomplex.registry.api.CityData;
import org.innocomplex.registry.api.CountyData;
import org.innocomplex.registry.api.RegistryService;

/** {@code registry/counties.xhtml}: each city's county-level units (reference data) and their active complexes. */
@Named
@ViewScoped
public class CountiesView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    RegistryService registry;

    /** A county with its city and the number of its active complexes. */
    public record Row(CityData city, CountyData county, long activeComplexes) implements Serializable {}

    private List<Row> rows;

    @PostConstruct
    void load() {
        rows = new ArrayList<>();
        for (CityData city : registry.cities()) {
            var counts = registry.activeComplexesByCounty(city.code());
            for (CountyData county : registry.counties(city.code())) {
                rows.add(new Row(city, county, counts.getOrDefault(county.code(), 0L)));
            }
        }
    }

    public List<Row> getRows() {
        return rows;
    }
}
