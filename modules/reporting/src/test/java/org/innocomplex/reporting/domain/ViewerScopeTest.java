package org.innocomplex.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.access.api.Role;
import org.innocomplex.registry.api.ActorScope;
import org.innocomplex.registry.api.CityData;
import org.innocomplex.registry.api.CountyData;
import org.junit.jupiter.api.Test;

/** Whose dashboard covers what, from their ActorScope. */
class ViewerScopeTest {
    static final CountyData JINYUN = new CountyData("331122", "缙云县", "Jinyun", "331100");
    static final ActorScope.Places LISHUI =
            ActorScope.Places.of(List.of(new CityData("331100", "丽水市", "Lishui")), List.of(JINYUN));

    static ViewerScope of(Role role, String scope) {
        return ViewerScope.of(ActorScope.of(new Actor("u", "u", role, scope, null), LISHUI, Optional.empty()));
    }

    @Test
    void theBureauSeesItsCityWithGradesFromTheDecisionOn() {
        assertThat(of(Role.MUNICIPAL_OFFICIAL, "331100")).isEqualTo(new ViewerScope("331100", null, false));
    }

    @Test
    void aCountyOfficialSeesTheirCountyOfItsCityWithPublishedGradesOnly() {
        assertThat(of(Role.COUNTY_OFFICIAL, "331122")).isEqualTo(new ViewerScope("331100", "331122", true));
    }

    @Test
    void anAdministratorSeesEveryCity() {
        assertThat(of(Role.ADMIN, null)).isEqualTo(new ViewerScope(null, null, false));
    }

    @Test
    void operatorsExpertsAndTheProvinceHaveNoDashboard() {
        for (Role role : List.of(Role.OPERATOR, Role.EXPERT, Role.PROVINCIAL_OFFICIAL)) {
            assertThatThrownBy(() -> of(role, role == Role.PROVINCIAL_OFFICIAL ? "330000" : "331122"))
                    .as(role.name())
                    .isInstanceOf(NotAuthorizedException.class)
                    .hasMessageContaining("reporting.dashboard.error.notAllowed");
        }
    }

    @Test
    void anOfficialOfAPlaceTheRegistryDoesNotKnowSeesNothingRatherThanEverything() {
        assertThatThrownBy(() -> of(Role.COUNTY_OFFICIAL, "339999")).isInstanceOf(NotAuthorizedException.class);
        assertThatThrownBy(() -> of(Role.MUNICIPAL_OFFICIAL, "339900")).isInstanceOf(NotAuthorizedException.class);
    }
}
