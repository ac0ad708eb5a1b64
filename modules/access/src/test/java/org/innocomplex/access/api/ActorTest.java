package org.innocomplex.access.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActorTest {

    @Test
    void operatorIsOfferedTheTasksOfTheirComplex() {
        Actor operator = new Actor("op-jinyun", "缙云综合体填报员", Role.OPERATOR, "331122", 7L);

        assertThat(operator.groups()).containsExactly("complex:7");
    }

    @Test
    void operatorWithoutAComplexHasNoGroup() {
        Actor operator = new Actor("op-none", "n/a", Role.OPERATOR, "331122", null);

        assertThat(operator.groups()).isEmpty();
    }

    @Test
    void countyOfficialIsOfferedTheTasksOfTheirCounty() {
        Actor official = new Actor("county-jinyun", "县级审核员", Role.COUNTY_OFFICIAL, "331122", null);

        assertThat(official.groups()).containsExactly("county:331122");
    }

    @Test
    void municipalOfficialIsOfferedTheTasksOfTheirCity() {
        Actor official = new Actor("municipal", "市级审核员", Role.MUNICIPAL_OFFICIAL, "331100", null);

        assertThat(official.groups()).containsExactly("municipal:331100");
    }

    @Test
    void provincialOfficialIsOfferedTheTasksOfTheirProvince() {
        Actor official = new Actor("province", "省级审核员", Role.PROVINCIAL_OFFICIAL, "330000", null);

        assertThat(official.groups()).containsExactly("province:330000");
    }

    @Test
    void adminIsInTheAdminGroupWhateverTheScope() {
        Actor admin = new Actor("admin", "系统管理员", Role.ADMIN, "331100", 3L);

        assertThat(admin.groups()).containsExactly("admin");
    }

    @Test
    void expertGetsTasksByAssigneeOnlyNeverByGroup() {
        Actor expert = new Actor("expert1", "王教授", Role.EXPERT, "331100", 3L);

        assertThat(expert.groups()).isEmpty();
    }

    @Test
    void theSecurityAndAuditAdministratorsTakeNoTaskOfTheProgramme() {
        assertThat(new Actor("security", "安全管理员", Role.SECURITY_ADMIN, null, null).groups())
                .isEmpty();
        assertThat(new Actor("auditor", "审计管理员", Role.AUDITOR, null, null).groups())
                .isEmpty();
    }

    @Test
    void everyRoleOfTheProgrammeButExpertHasExactlyOneGroupAndGroupsAreDistinctAcrossRoles() {
        Set<String> seen = new java.util.HashSet<>();
        for (Role role : EnumSet.complementOf(EnumSet.of(Role.EXPERT, Role.SECURITY_ADMIN, Role.AUDITOR))) {
            Set<String> groups = new Actor("u", "U", role, "331122", 1L).groups();
            assertThat(groups).as(role.name()).hasSize(1);
            assertThat(seen.addAll(groups))
                    .as("group of %s is not shared with another role", role)
                    .isTrue();
        }
    }

    @Test
    void groupsCannotBeChangedByTheCaller() {
        Set<String> groups = new Actor("u", "U", Role.ADMIN, null, null).groups();

        assertThatThrownBy(() -> groups.add("county:331122")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void isComparesTheRole() {
        Actor official = new Actor("c", "C", Role.COUNTY_OFFICIAL, "331122", null);

        assertThat(official.is(Role.COUNTY_OFFICIAL)).isTrue();
        assertThat(official.is(Role.MUNICIPAL_OFFICIAL)).isFalse();
    }

    @Test
    void aDutyIsRequiredOfExactlyItsRole() {
        Actor security = new Actor("security", "安全管理员", Role.SECURITY_ADMIN, null, null);
        Actor admin = new Actor("admin", "系统管理员", Role.ADMIN, null, null);

        assertThat(Actor.requireRole(security, Role.SECURITY_ADMIN)).isSameAs(security);
        assertThatThrownBy(() -> Actor.requireRole(admin, Role.SECURITY_ADMIN))
                .isInstanceOfSatisfying(
                        NotAuthorizedException.class,
                        e -> assertThat(e.key()).isEqualTo("access.error.only.SECURITY_ADMIN"));
        assertThatThrownBy(() -> Actor.requireRole(null, Role.AUDITOR)).isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void theSecurityAndAuditDutiesTakeNoPartInTheProgramme() {
        assertThat(EnumSet.allOf(Role.class).stream().filter(r -> !r.inProgramme()))
                .containsExactlyInAnyOrder(Role.SECURITY_ADMIN, Role.AUDITOR);
    }
}
