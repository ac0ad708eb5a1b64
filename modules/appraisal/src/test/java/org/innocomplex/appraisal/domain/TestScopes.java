package org.innocomplex.appraisal.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.innocomplex.access.api.Actor;
import org.innocomplex.registry.api.ActorScope;
import org.innocomplex.registry.api.CityView;
import org.innocomplex.registry.api.CountyView;

/** The scopes of the access tests' actors, over a registry of Lishui (Jinyun, Longquan) and Hangzhou (Shangcheng). */
final class TestScopes {
    static final Map<String, List<CountyView>> COUNTIES = Map.of(
            "331100", List.of(new CountyView("331122", "缙云县", "Jinyun", "331100"),
                    new CountyView("331181", "龙泉市", "Longquan", "331100")),
            "330100", List.of(new CountyView("330102", "上城区", "Shangcheng", "330100")));
    static final ActorScope.Places PLACES = new ActorScope.Places() {
        @Override
        public List<CityView> cities() {
            return List.of(new CityView("330100", "杭州市", "Hangzhou"), new CityView("331100", "丽水市", "Lishui"));
        }

        @Override
        public List<CountyView> counties(String cityCode) {
            return COUNTIES.getOrDefault(cityCode, List.of());
        }

        @Override
        public Optional<CountyView> county(String code) {
            return COUNTIES.values().stream().flatMap(List::stream).filter(c -> c.code().equals(code)).findFirst();
        }
    };

    private TestScopes() {
    }

    static ActorScope of(Actor actor) {
        return ActorScope.of(actor, PLACES, Optional.empty());
    }
}
