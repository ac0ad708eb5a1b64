package org.innocomplex.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.Role;
import org.junit.jupiter.api.Test;

/** What every role covers: a county in or out of the city, a city in or out of the province, the default city. */
class ActorScopeTest {
    static final String LISHUI = "331100";
    static final String JINYUN = "331122";
    static final String LONGQUAN = "331181";
    static final String WENZHOU = "330300";
    static final String LUCHENG = "330302";
    static final String NANJING = "320100";
    static final String XUANWU = "320102";
    static final String ZHEJIANG = "330000";

    /** two cities of Zhejiang, one of Jiangsu, in the registry's order (by code) */
    static final List<CityData> CITIES = List.of(
            new CityData(NANJING, "南京市", "Nanjing"),
            new CityData(WENZHOU, "温州市", "Wenzhou"),
            new CityData(LISHUI, "丽水市", "Lishui"));

    static final Map<String, List<CountyData>> COUNTIES = Map.of(
            LISHUI,
                    List.of(
                            new CountyData(JINYUN, "缙云县", "Jinyun", LISHUI),
                            new CountyData(LONGQUAN, "龙泉市", "Longquan", LISHUI)),
            WENZHOU, List.of(new CountyData(LUCHENG, "鹿城区", "Lucheng", WENZHOU)),
            NANJING, List.of(new CountyData(XUANWU, "玄武区", "Xuanwu", NANJING)));

    static final ActorScope.Places REGISTRY = places(CITIES);

    static ActorScope.Places places(List<CityData> cities) {
        return ActorScope.Places.of(
                cities, COUNTIES.values().stream().flatMap(List::stream).toList());
    }

    static ActorScope scope(Role role, String code, Long complexId) {
        return ActorScope.of(new Actor("u", "u", role, code, complexId), REGISTRY, Optional.empty());
    }

    @Test
    void anAdministratorCoversEveryCountyAndCityButRunsNoBureau() {
        ActorScope admin = scope(Role.ADMIN, null, null);

        assertThat(admin.coversAll()).isTrue();
        assertThat(admin.covers(JINYUN)).isTrue();
        assertThat(admin.covers(XUANWU)).isTrue();
        assertThat(admin.coversCity(NANJING)).isTrue();
        assertThat(admin.spansCounties()).isTrue();
        assertThat(admin.worksIn(WENZHOU)).isTrue();
        assertThat(admin.bureauCity()).isEmpty();
        assertThat(admin.isBureauOf(LISHUI)).isFalse();
        assertThat(admin.runsCycles(LISHUI)).isTrue();
        assertThat(admin.runsCycles()).isTrue();
        assertThat(admin.cityCode()).isNull();
        assertThat(admin.provinceCode()).isNull();
    }

    @Test
    void aProvincialOfficialCoversTheCountiesOfTheCitiesOfTheirProvinceOnly() {
        ActorScope province = scope(Role.PROVINCIAL_OFFICIAL, ZHEJIANG, null);

        assertThat(province.provinceCode()).isEqualTo(ZHEJIANG);
        assertThat(province.cityCode()).isNull();
        assertThat(province.counties()).containsExactlyInAnyOrder(JINYUN, LONGQUAN, LUCHENG);
        assertThat(province.covers(JINYUN)).isTrue();
        assertThat(province.covers(LUCHENG)).isTrue();
        assertThat(province.covers(XUANWU)).as("a county of Jiangsu").isFalse();
        assertThat(province.coversCity(LISHUI)).isTrue();
        assertThat(province.coversCity(NANJING)).isFalse();
        assertThat(province.worksIn(NANJING)).isFalse();
        assertThat(province.spansCounties()).isTrue();
        assertThat(province.coversAll()).isFalse();
        assertThat(province.runsCycles()).isFalse();
        assertThat(province.defaultCity())
                .as("the first city of the province, not of the registry")
                .isEqualTo(WENZHOU);
    }

    @Test
    void aProvincialOfficialScopedToACityOrAnUnknownProvinceCoversNothing() {
        for (String code : List.of(LISHUI, "340000")) {
            ActorScope odd = scope(Role.PROVINCIAL_OFFICIAL, code, null);

            assertThat(odd.counties()).as(code).isEmpty();
            assertThat(odd.covers(JINYUN)).as(code).isFalse();
            assertThat(odd.coversCity(LISHUI)).as(code).isFalse();
            assertThat(odd.defaultCity()).as(code).isNull();
        }
    }

    @Test
    void aMunicipalOfficialCoversTheCountiesOfTheirCityAndIsItsBureau() {
        ActorScope municipal = scope(Role.MUNICIPAL_OFFICIAL, LISHUI, null);

        assertThat(municipal.cityCode()).isEqualTo(LISHUI);
        assertThat(municipal.provinceCode()).isEqualTo(ZHEJIANG);
        assertThat(municipal.covers(JINYUN)).isTrue();
        assertThat(municipal.covers(LONGQUAN)).isTrue();
        assertThat(municipal.covers(LUCHENG)).as("a county of another city").isFalse();
        assertThat(municipal.coversCity(LISHUI)).isTrue();
        assertThat(municipal.coversCity(WENZHOU)).isFalse();
        assertThat(municipal.spansCounties()).isTrue();
        assertThat(municipal.bureauCity()).contains(LISHUI);
        assertThat(municipal.isBureauOf(LISHUI)).isTrue();
        assertThat(municipal.isBureauOf(WENZHOU)).isFalse();
        assertThat(municipal.runsCycles(LISHUI)).isTrue();
        assertThat(municipal.runsCycles(WENZHOU)).isFalse();
        assertThat(municipal.defaultCity()).isEqualTo(LISHUI);
        assertThat(municipal.city(WENZHOU, CITIES))
                .as("a bureau's city is its own")
                .isEqualTo(LISHUI);
    }

    @Test
    void aMunicipalOfficialScopedToACountyIsNoBureau() {
        ActorScope odd = scope(Role.MUNICIPAL_OFFICIAL, JINYUN, null);

        assertThat(odd.covers(JINYUN)).isFalse();
        assertThat(odd.coversCity(LISHUI)).isFalse();
        assertThat(odd.bureauCity()).isEmpty();
        assertThat(odd.runsCycles()).as("the role runs cycles").isTrue();
        assertThat(odd.runsCycles(JINYUN)).isFalse();
        assertThat(odd.runsCycles(LISHUI)).isFalse();
    }

    @Test
    void aCountyOfficialCoversTheirCountyOnlyAndWorksInItsCity() {
        ActorScope county = scope(Role.COUNTY_OFFICIAL, JINYUN, null);

        assertThat(county.countyCode()).isEqualTo(JINYUN);
        assertThat(county.cityCode()).isEqualTo(LISHUI);
        assertThat(county.provinceCode()).isEqualTo(ZHEJIANG);
        assertThat(county.covers(JINYUN)).isTrue();
        assertThat(county.covers(LONGQUAN))
                .as("another county of the same city")
                .isFalse();
        assertThat(county.coversCity(LISHUI)).isFalse();
        assertThat(county.worksIn(LISHUI)).isTrue();
        assertThat(county.worksIn(WENZHOU)).isFalse();
        assertThat(county.spansCounties()).isFalse();
        assertThat(county.runsCycles(LISHUI)).isFalse();
        assertThat(county.defaultCity()).isEqualTo(LISHUI);
        assertThat(county.city(WENZHOU, CITIES))
                .as("may look at another city's cycles")
                .isEqualTo(WENZHOU);
    }

    @Test
    void aCountyOfficialScopedToTheCityCodeIsNotACityOfficial() {
        ActorScope odd = scope(Role.COUNTY_OFFICIAL, LISHUI, null);

        assertThat(odd.covers(JINYUN)).isFalse();
        assertThat(odd.covers(LISHUI)).isFalse();
        assertThat(odd.coversCity(LISHUI)).isFalse();
    }

    @Test
    void anOperatorCoversTheirComplexOnlyNotTheirCounty() {
        ActorScope operator = scope(Role.OPERATOR, JINYUN, 7L);

        assertThat(operator.countyCode()).isEqualTo(JINYUN);
        assertThat(operator.cityCode()).isEqualTo(LISHUI);
        assertThat(operator.coversComplex(7L, JINYUN)).isTrue();
        assertThat(operator.coversComplex(8L, JINYUN))
                .as("another complex of the county")
                .isFalse();
        assertThat(operator.covers(JINYUN)).isFalse();
        assertThat(operator.worksIn(LISHUI)).isTrue();
        assertThat(operator.spansCounties()).isFalse();
        assertThat(operator.defaultCity()).isEqualTo(LISHUI);
        assertThat(scope(Role.OPERATOR, JINYUN, null).coversComplex(7L, JINYUN)).isFalse();
    }

    @Test
    void anExpertCoversNoPlace() {
        ActorScope expert = scope(Role.EXPERT, null, null);

        assertThat(expert.covers(JINYUN)).isFalse();
        assertThat(expert.coversCity(LISHUI)).isFalse();
        assertThat(expert.coversComplex(7L, JINYUN)).isFalse();
        assertThat(expert.worksIn(LISHUI)).isFalse();
        assertThat(expert.spansCounties()).isFalse();
        assertThat(expert.runsCycles()).isFalse();
        assertThat(expert.defaultCity()).as("the registry's first city").isEqualTo(NANJING);
    }

    @Test
    void officialsCoverACountyOfTheirOwnCityOnlyWhenAComplexIsAsked() {
        assertThat(scope(Role.MUNICIPAL_OFFICIAL, LISHUI, null).coversComplex(7L, JINYUN))
                .isTrue();
        assertThat(scope(Role.MUNICIPAL_OFFICIAL, WENZHOU, null).coversComplex(7L, JINYUN))
                .isFalse();
        assertThat(scope(Role.COUNTY_OFFICIAL, LONGQUAN, null).coversComplex(7L, JINYUN))
                .isFalse();
    }

    // --- the city a page of one city starts on, for those who have no city of their own

    static final List<CityData> WENZHOU_AND_LISHUI =
            List.of(new CityData(WENZHOU, "温州市", "Wenzhou"), new CityData(LISHUI, "丽水市", "Lishui"));

    static ActorScope admin(Optional<String> configured, List<CityData> cities) {
        return ActorScope.of(new Actor("admin", "admin", Role.ADMIN, null, null), places(cities), configured);
    }

    @Test
    void withNoCityConfiguredTheRegistrysFirstCity() {
        assertThat(admin(Optional.empty(), WENZHOU_AND_LISHUI).defaultCity()).isEqualTo(WENZHOU);
    }

    @Test
    void theConfiguredCityWhenTheRegistryKnowsIt() {
        assertThat(admin(Optional.of(LISHUI), WENZHOU_AND_LISHUI).defaultCity()).isEqualTo(LISHUI);
        assertThat(admin(Optional.of("999999"), WENZHOU_AND_LISHUI).defaultCity())
                .isEqualTo(WENZHOU);
    }

    @Test
    void theCityAskedForWinsWhenTheRegistryKnowsIt() {
        ActorScope admin = admin(Optional.of(LISHUI), WENZHOU_AND_LISHUI);

        assertThat(admin.city(WENZHOU, WENZHOU_AND_LISHUI)).isEqualTo(WENZHOU);
        assertThat(admin.city("330301", WENZHOU_AND_LISHUI)).isEqualTo(LISHUI);
    }

    @Test
    void noCityAtAllWhenTheRegistryHasNone() {
        ActorScope admin = admin(Optional.of(LISHUI), List.of());

        assertThat(admin.defaultCity()).isNull();
        assertThat(admin.city(LISHUI, List.of())).isNull();
    }

    @Test
    void aProvincialOfficialStartsOnTheConfiguredCityOnlyWhenItIsInTheirProvince() {
        Actor province = new Actor("p", "p", Role.PROVINCIAL_OFFICIAL, ZHEJIANG, null);

        assertThat(ActorScope.of(province, REGISTRY, Optional.of(LISHUI)).defaultCity())
                .isEqualTo(LISHUI);
        assertThat(ActorScope.of(province, REGISTRY, Optional.of(NANJING)).defaultCity())
                .isEqualTo(WENZHOU);
    }

    @Test
    void theProvinceOfACityIsItsFirstTwoDigits() {
        assertThat(ActorScope.provinceOf(LISHUI)).isEqualTo(ZHEJIANG);
        assertThat(ActorScope.provinceOf(null)).isNull();
    }
}
