package org.innocomplex.registry.api;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.Area;

/**
 * What an actor covers, worked out once from their role's {@link Area}, their scope code and the registry's
 * counties, cities and provinces. Every page and every module asks this instead of looking at the role.
 *
 * <ul>
 *   <li>an administrator covers everything;</li>
 *   <li>a provincial official the counties of every city of their province;</li>
 *   <li>a municipal official (their city's bureau) the counties of their city;</li>
 *   <li>a county official their county;</li>
 *   <li>an operator their complex only, in their county and its city;</li>
 *   <li>an expert no place: they see what they are assigned to, which the appraisal decides.</li>
 * </ul>
 * A scope code the registry does not know as a place of the role's kind covers nothing.
 *
 * @param countyCode   a county official's or an operator's county, else null
 * @param cityCode     the city of that county, or a municipal official's own city, else null
 * @param provinceCode the province of that city, or a provincial official's own, else null
 * @param counties     the counties an official covers; empty for administrators (who cover all), operators and experts
 * @param defaultCity  the city the pages of one city start on: {@code cityCode} where there is one, else the
 *                     configured {@code innocomplex.city} when the actor covers that city of the registry, else the
 *                     first city of the registry they cover (any, for an administrator or an expert); null when none
 */
public record ActorScope(
        Actor actor, String countyCode, String cityCode, String provinceCode, Set<String> counties, String defaultCity)
        implements java.io.Serializable {

    /** What the registry knows that a scope needs; {@link RegistryService} is one. */
    public interface Places {
        /** the cities, by code */
        List<CityData> cities();

        List<CountyData> counties(String cityCode);

        Optional<CountyData> county(String code);

        /** places known in full beforehand (the scope's rules tested without a registry) */
        static Places of(List<CityData> cities, List<CountyData> counties) {
            List<CityData> allCities = List.copyOf(cities);
            List<CountyData> allCounties = List.copyOf(counties);
            return new Places() {
                @Override
                public List<CityData> cities() {
                    return allCities;
                }

                @Override
                public List<CountyData> counties(String cityCode) {
                    return allCounties.stream()
                            .filter(c -> c.cityCode().equals(cityCode))
                            .toList();
                }

                @Override
                public Optional<CountyData> county(String code) {
                    return allCounties.stream()
                            .filter(c -> c.code().equals(code))
                            .findFirst();
                }
            };
        }
    }

    public ActorScope {
        counties = Set.copyOf(counties);
    }

    /**
     * @param configuredCity {@code innocomplex.city}, the installation's own city, when set
     */
    public static ActorScope of(Actor actor, Places places, Optional<String> configuredCity) {
        String code = actor.scopeCode() == null || actor.scopeCode().isBlank()
                ? null
                : actor.scopeCode().strip();
        String county = null;
        String city = null;
        String province = null;
        Set<String> counties = new LinkedHashSet<>();
        switch (actor.role().area()) {
            case COUNTY, COMPLEX -> {
                Optional<CountyData> c = code == null ? Optional.empty() : places.county(code);
                if (c.isPresent()) {
                    county = code;
                    city = c.get().cityCode();
                    province = provinceOf(city);
                    if (actor.role().area() == Area.COUNTY) {
                        counties.add(code);
                    }
                }
            }
            case CITY -> {
                List<CountyData> of = code == null ? List.of() : places.counties(code);
                boolean known = !of.isEmpty()
                        || code != null
                                && places.cities().stream()
                                        .anyMatch(c -> c.code().equals(code));
                if (known) {
                    city = code;
                    province = provinceOf(city);
                    of.forEach(c -> counties.add(c.code()));
                }
            }
            case PROVINCE -> {
                List<CityData> cities = code == null
                        ? List.of()
                        : places.cities().stream()
                                .filter(c -> code.equals(provinceOf(c.code())))
                                .toList();
                if (!cities.isEmpty()) {
                    province = code;
                    cities.forEach(c -> places.counties(c.code()).forEach(k -> counties.add(k.code())));
                }
            }
            case ALL, NONE -> {
                // an administrator covers every place, an expert none: neither has a place of their own
            }
        }
        String defaultCity = city;
        if (defaultCity == null
                && (actor.role().area() == Area.ALL || actor.role().area() == Area.NONE || province != null)) {
            String p = province;
            List<String> choices = places.cities().stream()
                    .map(CityData::code)
                    .filter(c -> p == null || p.equals(provinceOf(c)))
                    .toList();
            defaultCity = configuredCity
                    .map(String::strip)
                    .filter(choices::contains)
                    .or(() -> choices.stream().findFirst())
                    .orElse(null);
        }
        return new ActorScope(actor, county, city, province, counties, defaultCity);
    }

    /** The province of a city by the national division code: its first two digits, then 0000 (331100 → 330000). */
    public static String provinceOf(String cityCode) {
        return cityCode == null || cityCode.length() < 2 ? null : cityCode.substring(0, 2) + "0000";
    }

    public Area area() {
        return actor.role().area();
    }

    /** the administrators' view: every city, county and complex */
    public boolean coversAll() {
        return area() == Area.ALL;
    }

    /** Whether every complex of the county is the actor's to see. */
    public boolean covers(String county) {
        return county != null && (coversAll() || counties.contains(county));
    }

    /** Whether the whole city is the actor's: an administrator, its bureau, its province's official. */
    public boolean coversCity(String city) {
        if (city == null) {
            return false;
        }
        return switch (area()) {
            case ALL -> true;
            case CITY -> city.equals(cityCode);
            case PROVINCE -> provinceCode != null && provinceCode.equals(provinceOf(city));
            case COUNTY, COMPLEX, NONE -> false;
        };
    }

    /** Whether the complex is the actor's to see: it is theirs (an operator's), or its county is covered. */
    public boolean coversComplex(Long complexId, String county) {
        return actor.operates(complexId) || covers(county);
    }

    /** Whether the actor looks across counties (and so filters by one), rather than having one county or none. */
    public boolean spansCounties() {
        return area() == Area.ALL || area() == Area.PROVINCE || area() == Area.CITY;
    }

    /**
     * Whether the actor works in the city, whole or in part: whose counties and cycles their lists offer. An
     * operator and a county official work in their county's city.
     */
    public boolean worksIn(String city) {
        return coversCity(city) || city != null && city.equals(cityCode);
    }

    /** The city whose bureau the actor is: a municipal official's. */
    public Optional<String> bureauCity() {
        return Optional.ofNullable(area() == Area.CITY ? cityCode : null);
    }

    /** Whether the actor is the bureau of the city: who assigns its experts, decides and publishes its grades. */
    public boolean isBureauOf(String city) {
        return city != null && bureauCity().filter(city::equals).isPresent();
    }

    /** Who runs a city's cycles (creates them, keeps their catalogue, collects their reports): its bureau, an administrator. */
    public boolean runsCycles(String city) {
        return coversAll() || isBureauOf(city);
    }

    /**
     * whether the actor's role runs cycles at all: an administrator or a municipal official (whose city, when the
     * registry does not know it, is then refused as not theirs rather than the role as not allowed)
     */
    public boolean runsCycles() {
        return coversAll() || area() == Area.CITY;
    }

    /**
     * The city a page of one city shows: the one asked for when the registry has it, else {@link #defaultCity}. A
     * bureau is not asked: its city is its own.
     *
     * @param cities the registry's cities
     */
    public String city(String asked, List<CityData> cities) {
        if (bureauCity().isPresent()) {
            return cityCode;
        }
        return Optional.ofNullable(asked)
                .map(String::strip)
                .filter(a -> cities.stream().anyMatch(c -> c.code().equals(a)))
                .orElse(defaultCity);
    }
}
