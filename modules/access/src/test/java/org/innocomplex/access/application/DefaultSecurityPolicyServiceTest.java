package org.innocomplex.access.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.innocomplex.access.api.Role;
import org.innocomplex.access.api.SecurityPolicy;
import org.junit.jupiter.api.Test;

/** The policy's settings as stored (one row each) and read back, and the configured list of roles. */
class DefaultSecurityPolicyServiceTest {

    @Test
    void aPolicyGoesIntoSettingsAndComesBackTheSame() {
        SecurityPolicy p = new SecurityPolicy(10, 2, 14, 3, 90, 7, false, Set.of(Role.AUDITOR, Role.ADMIN));
        var settings = DefaultSecurityPolicyService.asSettings(p);
        assertThat(settings)
                .containsEntry("password.min-length", "10")
                .containsEntry("second-factor.required-roles", "ADMIN,AUDITOR")
                .containsEntry("password.change-at-first-login", "false");
        assertThat(DefaultSecurityPolicyService.fromSettings(settings)).isEqualTo(p);
    }

    @Test
    void noRoleIsWrittenNoneSinceConfigurationTakesAnEmptyValueForAMissingOne() {
        assertThat(DefaultSecurityPolicyService.roles("none")).isEmpty();
        assertThat(DefaultSecurityPolicyService.roles(" ")).isEmpty();
        assertThat(DefaultSecurityPolicyService.roles("ADMIN, security_admin ,AUDITOR"))
                .containsExactlyInAnyOrder(Role.ADMIN, Role.SECURITY_ADMIN, Role.AUDITOR);
        assertThat(DefaultSecurityPolicyService.asSettings(new SecurityPolicy(8, 3, 12, 5, 0, 14, true, Set.of())))
                .containsEntry("second-factor.required-roles", "none");
        assertThatThrownBy(() -> DefaultSecurityPolicyService.roles("ADMIN,ROOT"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
