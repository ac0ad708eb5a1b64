package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.AuditTrail;
import org.innocomplex.access.api.NewUser;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.access.api.Role;
import org.innocomplex.access.api.UserService;
import org.innocomplex.web.it.LoginForm.Answer;
import org.innocomplex.web.it.LoginForm.Seen;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The three separated duties (三员分立): the system administrator keeps the programme and no longer the accounts; the
 * security administrator keeps the accounts and roles and nothing of the programme; no one changes their own role,
 * and a change of role is audited. The pages, the API and the user service each refuse on their own.
 */
@ExtendWith(ArquillianExtension.class)
class DutiesIT {
    static final String PASSWORD = AppraisalJourneyIT.PASSWORD;

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    @Inject
    UserService users;

    @Inject
    AuditTrail audit;

    @Inject
    Fixtures fixtures;

    @Test
    void eachDutyReachesItsOwnPagesOnly() throws Exception {
        LoginForm admin = loggedIn("admin", "/appraisal/inbox.xhtml");
        LoginForm security = loggedIn("security", "/access/users.xhtml");
        LoginForm auditor = loggedIn("auditor", "/access/audit.xhtml");

        assertThat(admin.get("/access/users.xhtml").statusCode()).isEqualTo(403);
        assertThat(auditor.get("/access/users.xhtml").statusCode()).isEqualTo(403);
        assertThat(security.get("/access/users.xhtml").statusCode()).isEqualTo(200);
        assertThat(auditor.get("/access/audit.xhtml").statusCode()).isEqualTo(200);
        assertThat(security.get("/access/audit.xhtml").statusCode()).isEqualTo(403);

        for (String programme : List.of(
                "/appraisal/inbox.xhtml",
                "/registry/complexes.xhtml",
                "/submission/cycles.xhtml",
                "/workflow/definitions.xhtml",
                "/import/index.xhtml",
                "/reporting/dashboard.xhtml")) {
            assertThat(security.get(programme).statusCode()).as(programme).isEqualTo(403);
            assertThat(auditor.get(programme).statusCode()).as(programme).isEqualTo(403);
        }
        assertThat(admin.get("/workflow/definitions.xhtml").statusCode()).isEqualTo(200);
        assertThat(admin.get("/registry/complexes.xhtml").statusCode()).isEqualTo(200);
        // every user keeps their own account's page
        assertThat(security.get("/account/tokens.xhtml").statusCode()).isEqualTo(200);
        assertThat(auditor.get("/account/tokens.xhtml").statusCode()).isEqualTo(200);
    }

    @Test
    void theApiKeepsTheSecurityAdministratorOutOfTheProgramme() throws Exception {
        HttpResponse<String> security = api("security", "registry/complexes");
        assertThat(security.statusCode()).isEqualTo(403);
        BadInputIT.contains(security.body(), "access.error.programmeOnly");
        assertThat(api("auditor", "cycles").statusCode()).isEqualTo(403);
        assertThat(api("municipal", "registry/complexes").statusCode()).isEqualTo(200);
    }

    @Test
    void onlyTheSecurityAdministratorManagesAccounts() {
        String name = "it-duty-" + Long.toString(System.nanoTime(), 36);
        NewUser official =
                new NewUser(name, "职责测试", "Duties@2026x".toCharArray(), Role.COUNTY_OFFICIAL, "331122", null);
        for (Actor refused : new Actor[] {Fixtures.admin(), Fixtures.municipal(), auditorActor()}) {
            assertThat(assertThatExceptionOfType(NotAuthorizedException.class)
                            .isThrownBy(() -> users.create(refused, official))
                            .actual()
                            .key())
                    .as(refused.role().name())
                    .isEqualTo("access.error.only.SECURITY_ADMIN");
        }
        users.create(Fixtures.security(), official);
        assertThat(users.find(name)).map(Actor::role).contains(Role.COUNTY_OFFICIAL);
        assertThatExceptionOfType(NotAuthorizedException.class)
                .isThrownBy(() -> users.changeRole(Fixtures.admin(), name, Role.ADMIN, null, null));
        assertThat(users.find(name)).map(Actor::role).contains(Role.COUNTY_OFFICIAL);
    }

    @Test
    void noOneChangesTheirOwnRoleAndEveryChangeIsAudited() {
        Actor security = users.create(
                Fixtures.security(),
                new NewUser(
                        "it-sec-" + Long.toString(System.nanoTime(), 36),
                        "安全管理员（测试）",
                        "Security@2026x".toCharArray(),
                        Role.SECURITY_ADMIN,
                        null,
                        null));
        assertThat(assertThatExceptionOfType(NotAuthorizedException.class)
                        .isThrownBy(() -> users.changeRole(security, security.username(), Role.ADMIN, null, null))
                        .actual()
                        .key())
                .isEqualTo("access.error.ownRole");
        assertThat(users.find(security.username())).map(Actor::role).contains(Role.SECURITY_ADMIN);

        Actor official = fixtures.user("it-role", Role.COUNTY_OFFICIAL, "331122", null);
        users.changeRole(security, official.username(), Role.COUNTY_OFFICIAL, "331181", null);
        users.changeRole(security, official.username(), Role.MUNICIPAL_OFFICIAL, "331100", null);
        assertThat(users.find(official.username()))
                .map(a -> a.role() + " " + a.scopeCode())
                .contains("MUNICIPAL_OFFICIAL 331100");
        List<AuditTrail.Entry> changes = audit.of("user", official.username()).stream()
                .filter(e -> e.action().equals("USER_ROLE_CHANGED"))
                .toList();
        assertThat(changes).hasSize(2);
        assertThat(changes.get(1).actor()).isEqualTo(security.username());
        assertThat(changes.get(1).detail()).contains("COUNTY_OFFICIAL → MUNICIPAL_OFFICIAL", "331181 → 331100");
    }

    @Test
    void aChangeOfRoleTakesEffectOnTheNextRequestOfAnOpenSession() throws Exception {
        Actor official = fixtures.user("it-demoted", Role.COUNTY_OFFICIAL, "331122", null);
        LoginForm session = new LoginForm(base, "192.0.2.250");
        assertThat(session.attempt(official.username(), "Deadline@2026").seen()).isEqualTo(Seen.SUCCEEDED);
        assertThat(session.get("/reporting/dashboard.xhtml").statusCode()).isEqualTo(200);

        // the container's groups are the role as it stands, not as it was at the login (SessionKeys.CALLER)
        users.changeRole(Fixtures.security(), official.username(), Role.EXPERT, null, null);
        assertThat(session.get("/reporting/dashboard.xhtml").statusCode()).isEqualTo(403);
        users.changeRole(Fixtures.security(), official.username(), Role.MUNICIPAL_OFFICIAL, "331100", null);
        assertThat(session.get("/reporting/dashboard.xhtml").statusCode()).isEqualTo(200);
    }

    private static Actor auditorActor() {
        return new Actor("it-auditor", "IT auditor", Role.AUDITOR, null, null);
    }

    private LoginForm loggedIn(String user, String landing) throws Exception {
        LoginForm form = new LoginForm(base, "192.0.2." + (1 + Math.floorMod(user.hashCode(), 200)));
        Answer a = form.attempt(user, PASSWORD);
        assertThat(a.seen()).as(user).isEqualTo(Seen.SUCCEEDED);
        if (landing != null) {
            assertThat(a.location()).as(user + " lands").endsWith(landing);
        }
        return form;
    }

    private HttpResponse<String> api(String user, String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "api/v1/" + path))
                                .header("Authorization", ApiTokens.bearer(base, user))
                                .header("Accept-Language", "en")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
