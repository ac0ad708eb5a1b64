package org.innocomplex.access.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.innocomplex.access.api.NewUser;
import org.innocomplex.access.api.Role;
import org.innocomplex.access.api.Scopes;
import org.innocomplex.access.api.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserRulesTest {

    /** Lishui's Jinyun county, the city, and complex 7 in Jinyun */
    static final Scopes LISHUI = new Scopes() {
        @Override
        public boolean isCounty(String code) {
            return "331122".equals(code);
        }

        @Override
        public boolean isCity(String code) {
            return "331100".equals(code);
        }

        @Override
        public boolean isProvince(String code) {
            return "330000".equals(code);
        }

        @Override
        public Optional<String> countyOfComplex(Long complexId) {
            return Optional.ofNullable(Map.of(7L, "331122").get(complexId));
        }
    };

    static final char[] GOOD = "Lishui#2026x".toCharArray();
    static final PasswordPolicy POLICY = new PasswordPolicy(PasswordPolicyTest.DEFAULTS);

    private static List<String> keys(NewUser u) {
        return UserRules.check(u, false, LISHUI, POLICY).stream()
                .map(v -> v.field() + ":" + v.key())
                .toList();
    }

    @Test
    void aCompleteCountyOfficialPasses() {
        assertThat(keys(new NewUser("county-jinyun2", "缙云县审核员", GOOD, Role.COUNTY_OFFICIAL, "331122", null)))
                .isEmpty();
    }

    @Test
    void everyMissingFieldIsReportedAtOnceAgainstItsInput() {
        assertThat(keys(new NewUser(" ", null, new char[0], null, null, null)))
                .containsExactly(
                        "username:access.error.required",
                        "displayName:access.error.required",
                        "role:access.error.required",
                        "password:access.error.required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Admin", "a", "-lead", "名字", "with space"})
    void malformedUsernamesAreRefused(String username) {
        assertThat(keys(new NewUser(username, "名", GOOD, Role.EXPERT, null, null)))
                .containsExactly("username:access.error.usernameInvalid");
    }

    @Test
    void aTakenUsernameIsRefused() {
        List<Violation> v =
                UserRules.check(new NewUser("admin", "名", GOOD, Role.ADMIN, null, null), true, LISHUI, POLICY);

        assertThat(v).containsExactly(new Violation("username", "access.error.usernameTaken", "admin"));
    }

    @Test
    void officialsNeedAKnownCountyOrCity() {
        assertThat(keys(new NewUser("c1", "名", GOOD, Role.COUNTY_OFFICIAL, null, null)))
                .containsExactly("scopeCode:access.error.scopeRequired");
        assertThat(keys(new NewUser("c1", "名", GOOD, Role.COUNTY_OFFICIAL, "330100", null)))
                .containsExactly("scopeCode:access.error.unknownCounty");
        assertThat(keys(new NewUser("m1", "名", GOOD, Role.MUNICIPAL_OFFICIAL, "331122", null)))
                .as("a county is no city")
                .containsExactly("scopeCode:access.error.unknownCity");
        assertThat(keys(new NewUser("m1", "名", GOOD, Role.MUNICIPAL_OFFICIAL, "331100", null)))
                .isEmpty();
    }

    @Test
    void aProvincialOfficialNeedsAKnownProvince() {
        assertThat(keys(new NewUser("p1", "名", GOOD, Role.PROVINCIAL_OFFICIAL, null, null)))
                .containsExactly("scopeCode:access.error.scopeRequired");
        assertThat(keys(new NewUser("p1", "名", GOOD, Role.PROVINCIAL_OFFICIAL, "331100", null)))
                .as("a city is no province")
                .containsExactly("scopeCode:access.error.unknownProvince");
        assertThat(keys(new NewUser("p1", "名", GOOD, Role.PROVINCIAL_OFFICIAL, "330000", null)))
                .isEmpty();
    }

    @Test
    void anOperatorNeedsAnExistingComplexInTheirOwnCounty() {
        assertThat(keys(new NewUser("op1", "名", GOOD, Role.OPERATOR, "331122", null)))
                .containsExactly("complexId:access.error.complexRequired");
        assertThat(keys(new NewUser("op1", "名", GOOD, Role.OPERATOR, "331122", 99L)))
                .containsExactly("complexId:access.error.unknownComplex");
        assertThat(keys(new NewUser("op1", "名", GOOD, Role.OPERATOR, "331181", 7L)))
                .containsExactly("scopeCode:access.error.scopeNotComplexCounty");
        assertThat(keys(new NewUser("op1", "名", GOOD, Role.OPERATOR, "331122", 7L)))
                .isEmpty();
    }

    @Test
    void administratorsAndExpertsHaveNoScope() {
        assertThat(keys(new NewUser("a1", "名", GOOD, Role.ADMIN, "331122", null)))
                .containsExactly("scopeCode:access.error.noScopeForRole");
        assertThat(keys(new NewUser("e1", "名", GOOD, Role.EXPERT, null, 7L)))
                .containsExactly("scopeCode:access.error.noScopeForRole");
    }

    @Test
    void overlongDisplayNamesAreRefused() {
        assertThat(keys(new NewUser("e1", "名".repeat(201), GOOD, Role.EXPERT, null, null)))
                .containsExactly("displayName:access.error.tooLong");
    }

    @Test
    void emailAddresses() {
        assertThat(UserRules.isEmail("li.ming@lishui.gov.cn")).isTrue();
        assertThat(UserRules.isEmail("no-at.example.cn")).isFalse();
        assertThat(UserRules.isEmail("a@b")).isFalse();
        assertThat(UserRules.isEmail("a b@c.cn")).isFalse();
        assertThat(UserRules.isEmail("a@@c.cn")).isFalse();
        assertThat(UserRules.isEmail("x".repeat(196) + "@c.cn")).isFalse();
    }
}
