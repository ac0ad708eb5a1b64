package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The audit administrator's journey: a failed login happens; the auditor filters the trail down to it, opens the
 * entry, exports the filtered rows to Excel and verifies the chain, in Chinese and in English (screenshots under
 * {@code target/screenshots/audit/}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditJourneyIT {
    static final ResourceBundle ZH = LoginForm.ZH;
    static final ResourceBundle EN = ResourceBundle.getBundle("org.innocomplex.web.messages", Locale.ENGLISH);

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    @Test
    void theAuditorFiltersTheTrailOpensAnEntryExportsItAndVerifiesTheChain() throws Exception {
        String auditor = post("/it-fixtures/login/user?role=AUDITOR");
        String victim = post("/it-fixtures/login/user");
        String address = LoginFailuresIT.address();
        assertThat(new LoginForm(base, address)
                        .attempt(victim, "wrong-password")
                        .seen())
                .isEqualTo(LoginForm.Seen.FAILED);

        try (Browser b = new Browser(base, "audit")) {
            b.login(auditor, LoginFixturesServlet.PASSWORD);
            b.open("/access/audit.xhtml");
            b.waitForText(ZH.getString("access.audit.title"));
            b.type("audit:objectId", victim);
            b.click(By.id("audit:search"));
            // the account's creation and its failed login
            rows(b, "USER_CREATED", "LOGIN_FAILED");
            b.choose("audit:result", ZH.getString("access.audit.result.FAILED"));
            b.click(By.id("audit:search"));
            rows(b, "LOGIN_FAILED");
            b.waitForText(address, ZH.getString("access.audit.result.FAILED"));
            b.screenshot("filtered-zh");

            b.click(By.cssSelector("[id='audit:list_data'] > tr"));
            b.waitForText(ZH.getString("access.audit.detail"), "failures: 1 of");
            b.screenshot("entry-zh");
            b.driverFindAll(By.cssSelector(".ui-dialog-titlebar-close")).stream()
                    .filter(e -> e.isDisplayed())
                    .findFirst()
                    .ifPresent(e -> e.click());

            Path downloads = b.allowDownloads("export");
            b.click(By.id("audit:export"));
            Path xlsx = b.waitForDownload(downloads, ".xlsx");
            try (InputStream in = Files.newInputStream(xlsx);
                    XSSFWorkbook wb = new XSSFWorkbook(in)) {
                Sheet sheet = wb.getSheetAt(0);
                assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(2);
                Row row = sheet.getRow(1);
                DataFormatter f = new DataFormatter();
                assertThat(f.formatCellValue(row.getCell(3))).isEqualTo(address);
                assertThat(f.formatCellValue(row.getCell(4))).isEqualTo("LOGIN_FAILED");
                assertThat(f.formatCellValue(row.getCell(6))).isEqualTo(victim);
                assertThat(f.formatCellValue(row.getCell(9))).matches("[0-9a-f]{64}");
            }

            b.click(By.id("audit:verify"));
            b.waitForText(ZH.getString("access.audit.verify.intact"));
            b.screenshot("verified-zh");

            b.click(By.id("headerForm:lang"));
            b.waitForText(EN.getString("access.audit.title"));
            b.type("audit:objectId", victim);
            b.choose("audit:result", EN.getString("access.audit.result.FAILED"));
            b.click(By.id("audit:search"));
            rows(b, "LOGIN_FAILED");
            b.waitForText(EN.getString("access.audit.result.FAILED"));
            b.click(By.id("audit:verify"));
            b.waitForText(EN.getString("access.audit.verify.intact"));
            b.screenshot("verified-en");
            // the choice outlives the session: the login page after the logout speaks English too
            b.logout();
            b.waitForText(EN.getString("access.login.username"));
            b.click(By.id("login:lang"));
            b.waitForText(ZH.getString("access.login.username"));
        }
    }

    /** waits until the table lists exactly these actions, newest first */
    private static void rows(Browser b, String... actions) {
        b.waitForScript(
                "the table never listed exactly " + String.join(", ", actions),
                "const cells = [...document.querySelectorAll(\"[id='audit:list_data'] > tr [id$=':action']\")];"
                        + " return cells.map(c => c.textContent.trim()).join(',') === arguments[0];",
                String.join(",", reversed(actions)));
    }

    private static String[] reversed(String[] a) {
        String[] r = new String[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[a.length - 1 - i];
        }
        return r;
    }

    private String post(String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(LoginForm.loopback(base) + path))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body().trim();
    }
}
