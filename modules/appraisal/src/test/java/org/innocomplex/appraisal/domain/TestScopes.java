package org.innocomplex.appraisal.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.innocomplex.access.api.Actor;
import org.innocomplex.registry.api.ActorScope;
import org.innocomplex.registry.api.CityData;
import org.innocomplex.registry.api.CountyData;

/** The scopes of the access tests' actors, over a registry of Lishui (Jinyun, Longquan) and Hangzhou (Shangcheng). */
final class TestScopes {
    static final Map<String, List<CountyData>> COUNTIES = Map.of(
            "331100",
                    List.of(
                            new CountyData("331122", "缙云县", "Jinyun", "331100"),
                            new CountyData("331181", "龙泉市", "Longquan", "331100")),
            "330100", List.of(new CountyData("330102", "上城区", "Shangcheng", "330100")));
    static final ActorScope.Places PLACES = ActorScope.Places.of(
            List.of(new CityData("330100", "杭州市", "Hangzhou"), new CityData("331100", "丽水市", "Lishui")),
            COUNTIES.values().stream().flatMap(List::stream).toList());

    private TestScopes() {}

    static ActorScope of(Actor actor) {
        return ActorScope.of(actor, PLACES, Optional.empty());
    }
}
