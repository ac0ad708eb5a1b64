package org.innocomplex.appraisal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.Role;
import org.innocomplex.registry.api.ActorScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who may see an appraisal and who may review it, for every role, in and out of scope. */
class AppraisalAccessTest {

    static final long COMPLEX = 7L;
    static final String COUNTY = "331122";
    static final String OTHER_COUNTY = "331181";
    static final String CITY = "331100";
    static final String OTHER_CITY = "330100";

    private Appraisal appraisal;

    @BeforeEach
    void appraisalOfAJinyunComplexWithTwoExperts() {
        appraisal = new Appraisal(100L, 1L, COMPLEX, COUNTY, CITY, 2025);
        appraisal.assignExperts(List.of("expert1", "expert2"));
    }

    private static Actor actor(String username, Role role, String scope, Long complexId) {
        return new Actor(username, username, role, scope, complexId);
    }

    @Test
    void adminSeesEveryAppraisalButReviewsNone() {
        Actor admin = actor("admin", Role.ADMIN, null, null);

        assertThat(AppraisalAccess.canView(TestScopes.of(admin), appraisal)).isTrue();
        assertThat(AppraisalAccess.canReview(TestScopes.of(admin), appraisal)).isFalse();
    }

    @Test
    void operatorSeesTheirOwnComplexOnlyAndReviewsNothing() {
        Actor own = actor("op-jinyun", Role.OPERATOR, COUNTY, COMPLEX);
        Actor other = actor("op-other", Role.OPERATOR, COUNTY, 8L);
        Actor withoutComplex = actor("op-none", Role.OPERATOR, COUNTY, null);

        assertThat(AppraisalAccess.canView(TestScopes.of(own), appraisal)).isTrue();
        assertThat(AppraisalAccess.canReview(TestScopes.of(own), appraisal)).isFalse();
        assertThat(AppraisalAccess.canView(TestScopes.of(other), appraisal)).isFalse();
        assertThat(AppraisalAccess.canReview(TestScopes.of(other), appraisal)).isFalse();
        assertThat(AppraisalAccess.canView(TestScopes.of(withoutComplex), appraisal))
                .isFalse();
    }

    @Test
    void countyOfficialSeesAndReviewsTheirOwnCountyOnly() {
        Actor own = actor("county-jinyun", Role.COUNTY_OFFICIAL, COUNTY, null);
        Actor other = actor("county-longquan", Role.COUNTY_OFFICIAL, OTHER_COUNTY, null);

        assertThat(AppraisalAccess.canView(TestScopes.of(own), appraisal)).isTrue();
        assertThat(AppraisalAccess.canReview(TestScopes.of(own), appraisal)).isTrue();
        assertThat(AppraisalAccess.canView(TestScopes.of(other), appraisal)).isFalse();
        assertThat(AppraisalAccess.canReview(TestScopes.of(other), appraisal)).isFalse();
    }

    @Test
    void aCountyOfficialScopedToTheCityCodeIsNotACityOfficial() {
        Actor county = actor("county-odd", Role.COUNTY_OFFICIAL, CITY, null);

        assertThat(AppraisalAccess.canView(TestScopes.of(county), appraisal)).isFalse();
        assertThat(AppraisalAccess.canReview(TestScopes.of(county), appraisal)).isFalse();
    }

    @Test
    void municipalOfficialSeesAndReviewsTheirOwnCityOnly() {
        Actor own = actor("municipal", Role.MUNICIPAL_OFFICIAL, CITY, null);
        Actor other = actor("municipal-hz", Role.MUNICIPAL_OFFICIAL, OTHER_CITY, null);
        Actor scopedToACounty = actor("municipal-odd", Role.MUNICIPAL_OFFICIAL, COUNTY, null);

        assertThat(AppraisalAccess.canView(TestScopes.of(own), appraisal)).isTrue();
        assertThat(AppraisalAccess.canReview(TestScopes.of(own), appraisal)).isTrue();
        assertThat(AppraisalAccess.canView(TestScopes.of(other), appraisal)).isFalse();
        assertThat(AppraisalAccess.canReview(TestScopes.of(other), appraisal)).isFalse();
        assertThat(AppraisalAccess.canView(TestScopes.of(scopedToACounty), appraisal))
                .isFalse();
        assertThat(AppraisalAccess.canReview(TestScopes.of(scopedToACounty), appraisal))
                .isFalse();
    }

    @Test
    void provincialOfficialSeesAndReviewsTheCitiesOfTheirProvinceOnly() {
        Actor own = actor("province", Role.PROVINCIAL_OFFICIAL, "330000", null);
        Actor other = actor("province-js", Role.PROVINCIAL_OFFICIAL, "320000", null);
        Actor scopedToTheCity = actor("province-odd", Role.PROVINCIAL_OFFICIAL, CITY, null);

        assertThat(AppraisalAccess.canView(TestScopes.of(own), appraisal)).isTrue();
        assertThat(AppraisalAccess.canReview(TestScopes.of(own), appraisal)).isTrue();
        assertThat(AppraisalAccess.canView(TestScopes.of(other), appraisal)).isFalse();
        assertThat(AppraisalAccess.canReview(TestScopes.of(other), appraisal)).isFalse();
        assertThat(AppraisalAccess.canReview(TestScopes.of(scopedToTheCity), appraisal))
                .isFalse();
        assertThat(ActorScope.provinceOf("331100")).isEqualTo("330000");
    }

    @Test
    void anAssignedExpertSeesTheAppraisalButDoesNotReviewIt() {
        Actor expert = actor("expert2", Role.EXPERT, null, null);

        assertThat(AppraisalAccess.canView(TestScopes.of(expert), appraisal)).isTrue();
        assertThat(AppraisalAccess.canReview(TestScopes.of(expert), appraisal)).isFalse();
    }

    @Test
    void anUnassignedExpertSeesNothing() {
        Actor expert = actor("expert3", Role.EXPERT, CITY, COMPLEX);

        assertThat(AppraisalAccess.canView(TestScopes.of(expert), appraisal)).isFalse();
        assertThat(AppraisalAccess.canReview(TestScopes.of(expert), appraisal)).isFalse();
    }

    @Test
    void anExpertWhoseNameContainsAnAssignedNameIsNotAssigned() {
        // the report list pre-filters experts with SQL LIKE '%name%'; this rule must match whole names
        assertThat(AppraisalAccess.canView(TestScopes.of(actor("expert10", Role.EXPERT, null, null)), appraisal))
                .isFalse();
        assertThat(AppraisalAccess.canView(TestScopes.of(actor("expert", Role.EXPERT, null, null)), appraisal))
                .isFalse();
    }

    @Test
    void noExpertSeesAnAppraisalBeforeExpertsAreAssigned() {
        Appraisal fresh = new Appraisal(101L, 1L, COMPLEX, COUNTY, CITY, 2025);

        assertThat(fresh.experts()).isEmpty();
        assertThat(AppraisalAccess.canView(TestScopes.of(actor("expert1", Role.EXPERT, null, null)), fresh))
                .isFalse();
    }

    @Test
    void assigningExpertsAgainReplacesTheEarlierOnes() {
        appraisal.assignExperts(List.of("expert3"));

        assertThat(appraisal.experts()).containsExactly("expert3");
        assertThat(AppraisalAccess.canView(TestScopes.of(actor("expert1", Role.EXPERT, null, null)), appraisal))
                .isFalse();
        assertThat(AppraisalAccess.canView(TestScopes.of(actor("expert3", Role.EXPERT, null, null)), appraisal))
                .isTrue();
    }

    @Test
    void onlyTheBureauOfTheAppraisalsCityAssignsAndDecides() {
        assertThat(AppraisalAccess.isBureauOf(
                        TestScopes.of(actor("municipal", Role.MUNICIPAL_OFFICIAL, CITY, null)), appraisal))
                .isTrue();
        assertThat(AppraisalAccess.isBureauOf(
                        TestScopes.of(actor("m-hz", Role.MUNICIPAL_OFFICIAL, OTHER_CITY, null)), appraisal))
                .isFalse();
        assertThat(AppraisalAccess.isBureauOf(
                        TestScopes.of(actor("county-jinyun", Role.COUNTY_OFFICIAL, COUNTY, null)), appraisal))
                .isFalse();
        assertThat(AppraisalAccess.isBureauOf(
                        TestScopes.of(actor("province", Role.PROVINCIAL_OFFICIAL, "330000", null)), appraisal))
                .isFalse();
        assertThat(AppraisalAccess.isBureauOf(TestScopes.of(actor("admin", Role.ADMIN, null, null)), appraisal))
                .isFalse();
    }
}
