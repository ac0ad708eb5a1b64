package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import javax.sql.DataSource;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.ApiTokenService;
import org.innocomplex.access.api.CredentialService;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.NewUser;
import org.innocomplex.access.api.Obligation;
import org.innocomplex.access.api.Role;
import org.innocomplex.access.api.SecondFactorEnrolment;
import org.innocomplex.access.api.SecurityPolicy;
import org.innocomplex.access.api.SecurityPolicyService;
import org.innocomplex.access.api.SessionCheck;
import org.innocomplex.access.api.SessionEnd;
import org.innocomplex.access.api.SessionRegistry;
import org.innocomplex.access.api.UserService;
import org.innocomplex.access.api.ValidationException;
import org.innocomplex.access.api.Violation;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The password policy on every path that sets a password (a new account, a reset, the user's own change), the history
 * of the last passwords, the change at first login of a password someone else set, the API token gate, and the
 * security policy's own bounds and audit — through the services the pages call.
 */
@ExtendWith(ArquillianExtension.class)
class CredentialPolicyIT {
    /** user administration is the security administrator's */
    static final Actor ADMIN = Fixtures.security();

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    UserService users;

    @Inject
    CredentialService credentials;

    @Inject
    SecurityPolicyService policies;

    @Inject
    ApiTokenService tokens;

    @Inject
    SessionRegistry sessions;

    @Resource(lookup = "java:app/jdbc/innocomplex")
    DataSource dataSource;

    /** the user's password was set that many days ago, as the clock would have it */
    void agePassword(String username, int days) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement u =
                        c.prepareStatement("UPDATE acc_user SET password_changed_at = ? WHERE username = ?")) {
            u.setTimestamp(
                    1, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).minusDays(days)));
            u.setString(2, username);
            assertThat(u.executeUpdate()).isEqualTo(1);
        }
    }

    static String fresh() {
        return "it-pw-" + Long.toString(System.nanoTime(), 36);
    }

    static List<String> keys(ValidationException e) {
        return e.violations().stream().map(Violation::key).toList();
    }

    @Test
    void aWeakPasswordIsRefusedWhenAnAccountIsCreated() {
        for (String[] weak : new String[][] {
            {"Ab1$x", "access.error.passwordTooShort"},
            {"abcdefgh12", "access.error.passwordTooSimple"},
            {"XX-%s-2026!", "access.error.passwordIsUsername"}
        }) {
            String name = fresh();
            String pw = weak[0].formatted(name);
            assertThatExceptionOfType(ValidationException.class)
                    .as(pw)
                    .isThrownBy(() ->
                            users.create(ADMIN, new NewUser(name, "IT", pw.toCharArray(), Role.EXPERT, null, null)))
                    .satisfies(e -> assertThat(keys(e)).contains(weak[1]));
            assertThat(users.find(name)).as("not created").isEmpty();
        }
        String name = fresh();
        users.create(ADMIN, new NewUser(name, "IT", "Demo@2026".toCharArray(), Role.EXPERT, null, null));
        assertThat(users.find(name)).isPresent();
    }

    @Test
    void aResetByTheAdministratorFollowsThePolicyAndTheHistory() {
        String name = fresh();
        users.create(ADMIN, new NewUser(name, "IT", "First@Pass-1".toCharArray(), Role.EXPERT, null, null));
        assertThatExceptionOfType(ValidationException.class)
                .isThrownBy(() -> users.resetPassword(ADMIN, name, "password".toCharArray()))
                .satisfies(e -> assertThat(keys(e)).containsExactly("access.error.passwordTooSimple"));
        assertThatExceptionOfType(ValidationException.class)
                .as("the current password")
                .isThrownBy(() -> users.resetPassword(ADMIN, name, "First@Pass-1".toCharArray()))
                .satisfies(e -> assertThat(keys(e)).containsExactly("access.error.passwordReused"));
        users.resetPassword(ADMIN, name, "Second@Pass-2".toCharArray());
    }

    @Test
    void aResetBySomeoneElseEndsTheUsersSessionsAndRevokesTheirTokens() {
        String name = fresh();
        Actor user =
                users.create(ADMIN, new NewUser(name, "IT", "First@Pass-1".toCharArray(), Role.EXPERT, null, null));
        String token = tokens.create(user, "laptop", 30).token();
        String session = sessions.start(name, "127.0.0.1", "IT");
        assertThat(tokens.authenticate(token, "127.0.0.1")).isPresent();
        assertThat(sessions.check(session, false).active()).isTrue();

        users.resetPassword(ADMIN, name, "Second@Pass-2".toCharArray());

        assertThat(tokens.authenticate(token, "127.0.0.1"))
                .as("the token made with the old password")
                .isEmpty();
        assertThat(tokens.mine(user)).isEmpty();
        SessionCheck after = sessions.check(session, false);
        assertThat(after.active()).isFalse();
        assertThat(after.reason()).isEqualTo(SessionEnd.ENDED_BY_SECURITY_ADMIN);
    }

    @Test
    void theOwnChangeChecksTheCurrentPasswordThePolicyAndTheLastFive() {
        String name = fresh();
        Actor self =
                users.create(ADMIN, new NewUser(name, "IT", "Start@Pass-0".toCharArray(), Role.EXPERT, null, null));
        assertThatExceptionOfType(ValidationException.class)
                .isThrownBy(() -> credentials.changePassword(self, "wrong".toCharArray(), "Good@Pass-1".toCharArray()))
                .satisfies(e ->
                        assertThat(e.violations()).extracting(Violation::field).containsExactly("currentPassword"));
        assertThatExceptionOfType(ValidationException.class)
                .isThrownBy(
                        () -> credentials.changePassword(self, "Start@Pass-0".toCharArray(), "short1A".toCharArray()))
                .satisfies(e -> assertThat(keys(e)).containsExactly("access.error.passwordTooShort"));

        String current = "Start@Pass-0";
        for (int i = 1; i <= 5; i++) {
            credentials.changePassword(self, current.toCharArray(), ("Good@Pass-" + i).toCharArray());
            current = "Good@Pass-" + i;
        }
        // the last five: Good@Pass-1 … 5 (the current one included); Start@Pass-0 was the sixth
        for (int i = 1; i <= 5; i++) {
            String again = "Good@Pass-" + i;
            String now = current;
            assertThatExceptionOfType(ValidationException.class)
                    .as(again)
                    .isThrownBy(() -> credentials.changePassword(self, now.toCharArray(), again.toCharArray()))
                    .satisfies(e -> assertThat(keys(e)).containsExactly("access.error.passwordReused"));
        }
        credentials.changePassword(self, current.toCharArray(), "Start@Pass-0".toCharArray());
    }

    @Test
    void aPasswordSomeoneElseSetMustBeChangedAtFirstLoginWhenThePolicySaysSo() {
        SecurityPolicy before = policies.current();
        Actor security = CredentialFixturesServlet.SECURITY;
        String name = fresh();
        Actor user;
        try {
            policies.update(security, before.withChangeAtFirstLogin(true));
            user = users.create(ADMIN, new NewUser(name, "IT", "Handed@Out-1".toCharArray(), Role.EXPERT, null, null));
            assertThat(credentials.obligations(name)).containsExactly(Obligation.CHANGE_PASSWORD);

            credentials.changePassword(user, "Handed@Out-1".toCharArray(), "Mine@Own-12".toCharArray());
            assertThat(credentials.obligations(name)).as("changed by its owner").isEmpty();

            users.resetPassword(ADMIN, name, "Reset@Again-2".toCharArray());
            assertThat(credentials.obligations(name))
                    .as("reset by another")
                    .containsExactly(Obligation.CHANGE_PASSWORD);
        } finally {
            policies.update(security, before);
        }
        String seeded = fresh();
        users.create(ADMIN, new NewUser(seeded, "IT", "Handed@Out-1".toCharArray(), Role.EXPERT, null, null));
        assertThat(credentials.obligations(seeded))
                .as("with the test server's policy (off), as the fixtures' users")
                .isEmpty();
    }

    @Test
    void anApiTokenNeedsTheSecondFactorWhereTheRoleRequiresIt() {
        SecurityPolicy before = policies.current();
        String name = fresh();
        Actor user =
                users.create(ADMIN, new NewUser(name, "IT", "Token@User-1".toCharArray(), Role.EXPERT, null, null));
        try {
            policies.update(CredentialFixturesServlet.SECURITY, before.withSecondFactorRoles(Set.of(Role.EXPERT)));
            assertThat(credentials.obligations(name)).containsExactly(Obligation.ENROL_SECOND_FACTOR);
            assertThatExceptionOfType(DomainException.class)
                    .isThrownBy(() -> tokens.create(user, "script", 7))
                    .satisfies(e -> assertThat(e.key()).isEqualTo("access.tokens.error.secondFactorRequired"));

            SecondFactorEnrolment e = credentials.startEnrolment(user);
            assertThat(e.qrDataUri()).startsWith("data:image/png;base64,");
            assertThat(e.uri()).startsWith("otpauth://totp/").contains("secret=" + e.secret());
            assertThatExceptionOfType(ValidationException.class)
                    .isThrownBy(() -> credentials.confirmEnrolment(
                            user,
                            e,
                            "000000".equals(CredentialFixturesServlet.code(e.secret(), 0)) ? "111111" : "000000"));
            assertThat(credentials.hasSecondFactor(name)).isFalse();
            List<String> codes = credentials.confirmEnrolment(user, e, CredentialFixturesServlet.code(e.secret(), 0));
            assertThat(codes).hasSize(10).doesNotHaveDuplicates();
            assertThat(credentials.recoveryCodesLeft(name)).isEqualTo(10);
            assertThat(credentials.obligations(name)).isEmpty();
            assertThat(tokens.create(user, "script", 7).token()).startsWith("ic_");
        } finally {
            policies.update(CredentialFixturesServlet.SECURITY, before);
        }
        credentials.resetSecondFactor(CredentialFixturesServlet.SECURITY, name);
        assertThat(credentials.hasSecondFactor(name)).isFalse();
        assertThat(credentials.recoveryCodesLeft(name)).isZero();
    }

    @Test
    void thePolicyIsTheSecurityAdministratorsAndRefusesValuesOutOfBounds() {
        SecurityPolicy before = policies.current();
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> policies.update(Fixtures.admin(), before))
                .satisfies(e -> assertThat(e.key()).isEqualTo("access.error.only.SECURITY_ADMIN"));
        SecurityPolicy bad =
                new SecurityPolicy(6, 3, 12, 5, 180, 14, before.changeAtFirstLogin(), before.secondFactorRoles());
        assertThatExceptionOfType(ValidationException.class)
                .isThrownBy(() -> policies.update(CredentialFixturesServlet.SECURITY, bad))
                .satisfies(e ->
                        assertThat(e.violations()).extracting(Violation::field).containsExactly("minLength"));
        assertThat(policies.current()).isEqualTo(before);
    }

    @Test
    void aPasswordOlderThanItsMaximumAgeMustBeChangedAndOneAboutToExpireIsWarned() throws Exception {
        SecurityPolicy before = policies.current();
        String name = fresh();
        Actor user =
                users.create(ADMIN, new NewUser(name, "IT", "Aging@Pass-1".toCharArray(), Role.EXPERT, null, null));
        try {
            policies.update(
                    CredentialFixturesServlet.SECURITY,
                    new SecurityPolicy(
                            before.minLength(),
                            before.minClasses(),
                            before.passphraseLength(),
                            before.history(),
                            180,
                            14,
                            before.changeAtFirstLogin(),
                            before.secondFactorRoles()));
            agePassword(name, 100);
            assertThat(credentials.passwordExpiresInDays(name)).isEmpty();
            agePassword(name, 170);
            assertThat(credentials.passwordExpiresInDays(name)).isEqualTo(OptionalLong.of(10));
            assertThat(credentials.obligations(name)).isEmpty();
            agePassword(name, 181);
            assertThat(credentials.obligations(name)).containsExactly(Obligation.PASSWORD_EXPIRED);
            credentials.changePassword(user, "Aging@Pass-1".toCharArray(), "Fresh@Pass-2".toCharArray());
            assertThat(credentials.obligations(name)).isEmpty();
        } finally {
            policies.update(CredentialFixturesServlet.SECURITY, before);
        }
    }
}
