package org.innocomplex.web.support;

import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.innocomplex.registry.api.CityView;

/**
 * The city an administrator, who has no city of their own, works on in the cycle and collection pages and the cycles
 * API: the one asked for, else {@code innocomplex.city} when it is set, else the registry's first city. Only a city of
 * the registry is ever chosen: a configured code the registry does not know is passed over, not used. The WAR sets no
 * city; the administrator picks another one on the cycles page.
 */
public final class AdminCity {
    private AdminCity() {
    }

    /** @return the chosen city's code, or null when the registry has no city at all */
    public static String choose(String asked, Optional<String> configured, List<CityView> cities) {
        return known(asked, cities).or(() -> configured.flatMap(c -> known(c, cities)))
                .or(() -> cities.stream().map(CityView::code).findFirst()).orElse(null);
    }

    /** {@code innocomplex.city}, read when needed: a view-scoped bean may hold only what can be passivated */
    public static Optional<String> configured() {
        return ConfigProvider.getConfig().getOptionalValue("innocomplex.city", String.class);
    }

    private static Optional<String> known(String code, List<CityView> cities) {
        return Optional.ofNullable(code).map(String::strip)
                .filter(c -> cities.stream().anyMatch(city -> city.code().equals(c)));
    }
}
