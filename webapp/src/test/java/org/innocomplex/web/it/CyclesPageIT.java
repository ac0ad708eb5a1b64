package org.innocomplex.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.annotation.Resource;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The WAR names no city for administrators (who have none of their own): the cycles page lets them choose among the
 * registry's cities, starts on the one {@code innocomplex.city} names when it is set (the container tests set none:
 * the registry's first city), and a city the registry does not know falls back rather than failing. Before, the page
 * showed Lishui's cycles to every administrator whatever the registry held.
 */
@ExtendWith(ArquillianExtension.class)
class CyclesPageIT {
    /** a second city, after Lishui in code order so that the registry's first city stays Lishui for other tests */
    static final String HEFEI = "340100";

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;
    @Resource(lookup = "java:app/jdbc/innocomplex")
    DataSource dataSource;

    @AfterEach
    void removeTheCity() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().executeUpdate("delete from reg_city where code = '" + HEFEI + "'");
        }
    }

    @Test
    void anAdministratorChoosesAmongTheRegistrysCities() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().executeUpdate("insert into reg_city (code, name_zh, name_en) values ('" + HEFEI
                    + "', '合肥市', 'Hefei')");
        }
        BadInputIT.Browser admin = new BadInputIT().browserAt(base).login("admin");

        String first = page(admin, "/submission/cycles.xhtml");
        selected(first, "331100");
        BadInputIT.contains(first, "合肥市");
        BadInputIT.contains(first, "/submission/cycle.xhtml?id=");

        String hefei = page(admin, "/submission/cycles.xhtml?city=" + HEFEI);
        selected(hefei, HEFEI);
        BadInputIT.contains(hefei, "尚无评价年度");
        assertFalse(hefei.contains("/submission/cycle.xhtml?id="), "Hefei has no cycle");

        selected(page(admin, "/submission/cycles.xhtml?city=999999"), "331100");
        assertEquals(400, admin.get("/submission/cycles.xhtml?city=%3Cb%3E").statusCode());
    }

    @Test
    void aMunicipalOfficialKeepsTheirOwnCity() throws Exception {
        String page = page(new BadInputIT().browserAt(base).login("municipal"), "/submission/cycles.xhtml?city=" + HEFEI);
        assertFalse(page.contains("id=\"city:code\""), "no city selector for a municipal official");
        BadInputIT.contains(page, "/submission/cycle.xhtml?id=");
    }

    /**
     * The header names the place a user covers; a provincial official's is a province, which the registry keeps only
     * by its cities, so its name comes from the bundles. Before, the header showed the raw code 330000.
     */
    @Test
    void aProvincialOfficialsHeaderNamesTheirProvince() throws Exception {
        BadInputIT.Browser province = new BadInputIT().browserAt(base).login("province");

        String header = who(page(province, "/appraisal/inbox.xhtml"));
        BadInputIT.contains(header, "省级审核员 浙江省");
        assertFalse(header.contains("330000"), header);
        BadInputIT.contains(who(page(new BadInputIT().browserAt(base).login("municipal"), "/appraisal/inbox.xhtml")),
                "丽水市");
        BadInputIT.contains(who(page(new BadInputIT().browserAt(base).login("county-jinyun"),
                "/appraisal/inbox.xhtml")), "缙云县");
    }

    /** the header's "who am I" line */
    private static String who(String page) {
        Matcher m = Pattern.compile("id=\"headerForm:who\"[^>]*>([^<]*)<").matcher(page);
        if (!m.find()) {
            throw new AssertionError("no header in: " + page);
        }
        return m.group(1);
    }

    private static String page(BadInputIT.Browser b, String path) throws Exception {
        HttpResponse<String> r = b.get(path);
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    private static void selected(String page, String code) {
        if (!Pattern.compile("<option value=\"" + code + "\" selected").matcher(page).find()) {
            throw new AssertionError("city " + code + " is not the selected one in: " + page);
        }
    }
}
