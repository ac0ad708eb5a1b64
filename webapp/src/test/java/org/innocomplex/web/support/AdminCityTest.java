package org.innocomplex.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.innocomplex.registry.api.CityView;
import org.junit.jupiter.api.Test;

class AdminCityTest {
    static final CityView LISHUI = new CityView("331100", "丽水市", "Lishui");
    static final CityView WENZHOU = new CityView("330300", "温州市", "Wenzhou");
    static final List<CityView> CITIES = List.of(WENZHOU, LISHUI);

    @Test
    void withNoCityConfiguredTheRegistrysFirstCity() {
        assertThat(AdminCity.choose(null, Optional.empty(), CITIES)).isEqualTo("330300");
    }

    @Test
    void theConfiguredCityWhenTheRegistryKnowsIt() {
        assertThat(AdminCity.choose(null, Optional.of("331100"), CITIES)).isEqualTo("331100");
        assertThat(AdminCity.choose(null, Optional.of("999999"), CITIES)).isEqualTo("330300");
    }

    @Test
    void theCityAskedForWinsWhenTheRegistryKnowsIt() {
        assertThat(AdminCity.choose("330300", Optional.of("331100"), CITIES)).isEqualTo("330300");
        assertThat(AdminCity.choose("330301", Optional.of("331100"), CITIES)).isEqualTo("331100");
    }

    @Test
    void noCityAtAllWhenTheRegistryHasNone() {
        assertThat(AdminCity.choose("331100", Optional.of("331100"), List.of())).isNull();
    }
}
