package org.innocomplex.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.innocomplex.registry.api.ActorScope;
import org.innocomplex.registry.api.RegistryService;

/**
 * The name of a place a user is scoped to, in the user's language: a county or city by the registry, a province by
 * the bundles (the registry keeps no provinces; {@code access.province.<code>}, Zhejiang's is there), else the code.
 */
@ApplicationScoped
public class PlaceNames {
    /** bundle keys of province names, by code: {@code access.province.330000} */
    static final String PROVINCE_KEY = "access.province.";

    @Inject
    RegistryService registry;

    @Inject
    Faces faces;

    /** a county's, city's or province's name; county, city and province codes never coincide */
    public String name(String code, boolean chinese) {
        if (code == null) {
            return "";
        }
        return registry.county(code)
                .map(c -> c.name(chinese))
                .or(() -> registry.city(code).map(c -> c.name(chinese)))
                .orElseGet(() -> province(code));
    }

    /** a province's name from the bundles, else its code */
    public String province(String code) {
        String key = PROVINCE_KEY + code;
        return code.equals(ActorScope.provinceOf(code)) && faces.has(key) ? faces.text(key) : code;
    }
}
