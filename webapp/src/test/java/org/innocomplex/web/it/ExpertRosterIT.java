package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.access.api.Role;
import org.innocomplex.registry.api.ExpertSort;
import org.innocomplex.registry.api.RegistryService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The expert roster (names, logins, organisations, declared affiliations) is for the officials and administrators:
 * the operators are appraised by these experts. The registry service refuses anyone else, and so do the page and the
 * API that call it.
 */
@ExtendWith(ArquillianExtension.class)
class ExpertRosterIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    @Inject
    RegistryService registry;

    @Test
    void theServiceShowsTheRosterToOfficialsAndAdministratorsOnly() {
        for (Actor reader : new Actor[] {
            Fixtures.admin(),
            Fixtures.municipal(),
            Fixtures.county("331122"),
            new Actor("it-province", "IT province", Role.PROVINCIAL_OFFICIAL, "330000", null)
        }) {
            assertThat(registry.countExperts(reader, null) > 0)
                    .as(reader.role().name())
                    .isTrue();
            assertThat(registry.findExperts(reader, null, ExpertSort.NAME, true, 0, 10)
                            .isEmpty())
                    .isFalse();
        }
        Actor operator = new Actor("it-op-roster", "IT operator", Role.OPERATOR, "331122", 1L);
        for (Actor refused : new Actor[] {operator, Fixtures.expert("expert1")}) {
            assertThat(assertThatExceptionOfType(NotAuthorizedException.class)
                            .isThrownBy(() -> registry.findExperts(refused, null, ExpertSort.NAME, true, 0, 10))
                            .actual()
                            .key())
                    .isEqualTo("registry.error.rosterOfficialsOnly");
            assertThatExceptionOfType(NotAuthorizedException.class)
                    .isThrownBy(() -> registry.countExperts(refused, "教授"));
        }
    }

    @Test
    void theApiRefusesAnOperatorTheRosterAndAnswersAnOfficial() throws Exception {
        HttpResponse<String> operator = api("op-jinyun");
        assertThat(operator.statusCode()).isEqualTo(403);
        BadInputIT.contains(operator.body(), "registry.error.rosterOfficialsOnly");
        assertThat(operator.body().contains("expert1")).isFalse();

        HttpResponse<String> county = api("county-jinyun");
        assertThat(county.statusCode()).isEqualTo(200);
        BadInputIT.contains(county.body(), "\"username\":\"expert1\"");
    }

    @Test
    void thePageIsNotAnOperatorsAndHasNoLinkInTheirMenu() throws Exception {
        BadInputIT.Browser op = new BadInputIT().browserAt(base).login("op-jinyun");
        String menu = op.get("/appraisal/inbox.xhtml").body();
        BadInputIT.contains(menu, "/registry/complexes.xhtml");
        assertThat(menu.contains("/registry/experts.xhtml")).isFalse();
        HttpResponse<String> page = op.get("/registry/experts.xhtml");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body().contains("expert1")).isFalse();

        BadInputIT.Browser official = new BadInputIT().browserAt(base).login("county-jinyun");
        HttpResponse<String> roster = official.get("/registry/experts.xhtml");
        assertThat(roster.statusCode()).isEqualTo(200);
        BadInputIT.contains(roster.body(), "expert1");
    }

    /** as a script calls the API; how it authenticates is the API's business, kept in this one place */
    private HttpResponse<String> api(String user) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "api/v1/registry/experts"))
                                .header("Authorization", ApiTokens.bearer(base, user))
                                .header("Accept", "application/json")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
