package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.access.api.Role;
import org.innocomplex.submission.api.EvidenceData;
import org.innocomplex.submission.api.EvidenceKind;
import org.innocomplex.submission.api.EvidenceService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Evidence files in the container: stored with checksum, size and detected type in the database; refused by content,
 * by size while reading, and for anyone but the complex's operator, with nothing stored; and served over HTTP as an
 * attachment to a reviewer who may see the report, 403 to one who may not. The HTTP calls go from inside the
 * container to its own port, logged in through the real login page as demo users. JUnit's assertions only: the
 * tests run inside the deployed application, which does not carry AssertJ.
 */
@ExtendWith(ArquillianExtension.class)
class EvidenceIT {
    static final String JINYUN = "331122";
    static final String PASSWORD = "Demo@2026";

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    EvidenceService evidence;

    @Inject
    org.innocomplex.access.api.AuditTrail audit;
    /** the request in which Arquillian runs this test: it tells the port and context path of the application */
    @Inject
    HttpServletRequest request;

    static byte[] pdf() {
        return """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
                3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """.getBytes(StandardCharsets.US_ASCII);
    }

    /** a Windows executable's start: MZ, and the PE signature where the DOS header points */
    static byte[] exe() {
        byte[] b = new byte[1024];
        b[0] = 'M';
        b[1] = 'Z';
        b[0x3c] = (byte) 0x80;
        b[0x80] = 'P';
        b[0x81] = 'E';
        return b;
    }

    static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    @Test
    void aPdfIsStoredWithItsChecksumSizeAndDetectedType() throws Exception {
        Fixtures.Case c = fixtures.atReportStep(JINYUN);
        byte[] pdf = pdf();

        EvidenceData v =
                evidence.attach(c.report().id(), c.operator(), EvidenceService.GENERAL, "C:\\扫描件\\2025年度建设情况.pdf", pdf);

        assertThat(v.filename()).as("the last path segment only").isEqualTo("2025年度建设情况.pdf");
        assertThat(v.mediaType()).isEqualTo("application/pdf");
        assertThat(v.kind()).isEqualTo(EvidenceKind.PDF);
        assertThat(v.size()).isEqualTo(pdf.length);
        assertThat(v.sha256()).isEqualTo(sha256(pdf));
        assertThat(v.uploadedBy()).isEqualTo(c.operator().username());
        assertThat(v.section()).isEqualTo("general");
        assertThat(evidence.list(c.report().id(), c.operator())).isEqualTo(java.util.List.of(v));
        assertThat(evidence.content(v.id(), c.operator()).bytes()).isEqualTo(pdf);
        assertThat(fixtures.evidenceRows(c.report().id())).isEqualTo(1);
        assertThat(audit.of("report", String.valueOf(c.report().id())))
                .as("who took which file")
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo("EVIDENCE_DOWNLOADED");
                    assertThat(e.actor()).isEqualTo(c.operator().username());
                    assertThat(e.detail()).contains("2025年度建设情况.pdf", v.sha256());
                });
    }

    @Test
    void anExecutableRenamedToPdfIsRefusedInBothLanguagesAndNothingIsStored() {
        Fixtures.Case c = fixtures.atReportStep(JINYUN);

        DomainException e = assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() ->
                        evidence.attach(c.report().id(), c.operator(), EvidenceService.GENERAL, "申报材料.pdf", exe()))
                .actual();

        assertThat(e.key()).isEqualTo("submission.error.evidenceMismatch");
        assertThat(e.args()).isEqualTo(java.util.List.of("申报材料.pdf", EvidenceKind.EXECUTABLE, EvidenceKind.PDF));
        assertContains(translated(Locale.SIMPLIFIED_CHINESE, e), "申报材料.pdf", "可执行程序", "PDF 文件");
        assertContains(translated(Locale.ENGLISH, e), "申报材料.pdf", "executable program", "PDF file");
        assertThat(fixtures.evidenceRows(c.report().id())).isEqualTo(0);
        assertThat(evidence.list(c.report().id(), c.operator()).isEmpty()).isTrue();
    }

    private static void assertContains(String text, String... parts) {
        for (String p : parts) {
            assertThat(text.contains(p))
                    .as(() -> "\"" + text + "\" does not name " + p)
                    .isTrue();
        }
    }

    /** the message as the page shows it: the key from the bundle, the kinds in words */
    private static String translated(Locale locale, DomainException e) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                "org.innocomplex.web.messages", locale, Thread.currentThread().getContextClassLoader());
        Object[] args = e.args().stream()
                .map(a -> a instanceof EvidenceKind k ? bundle.getString("submission.evidence.kind." + k.name()) : a)
                .toArray();
        return new MessageFormat(bundle.getString(e.key()), locale).format(args);
    }

    @Test
    void aFileOverTheLimitIsRefusedAfterReadingOneByteMoreAndNothingIsStored() {
        Fixtures.Case c = fixtures.atReportStep(JINYUN);
        long limit = evidence.maxBytes();
        assertThat(limit).as("the configured default").isEqualTo(20L * 1024 * 1024);
        CountingStream over = new CountingStream(pdf(), limit * 2);

        DomainException e = assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() ->
                        evidence.attach(c.report().id(), c.operator(), EvidenceService.GENERAL, "超大扫描件.pdf", over, -1))
                .actual();

        assertThat(e.key()).isEqualTo("submission.error.evidenceTooLarge");
        assertThat(e.args()).isEqualTo(java.util.List.of("超大扫描件.pdf", "20 MB"));
        assertThat(over.read).as("bytes read from the upload").isEqualTo(limit + 1);

        CountingStream announced = new CountingStream(pdf(), limit + 1);
        DomainException early = assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> evidence.attach(
                        c.report().id(), c.operator(), EvidenceService.GENERAL, "超大扫描件.pdf", announced, limit + 1))
                .actual();
        assertThat(early.key()).isEqualTo("submission.error.evidenceTooLarge");
        assertThat(announced.read)
                .as("a file announced too large is not read at all")
                .isEqualTo(0);

        assertThat(fixtures.evidenceRows(c.report().id())).isEqualTo(0);
    }

    @Test
    void anotherComplexsOperatorCanNeitherAttachNorRemove() {
        Fixtures.Case c = fixtures.atReportStep(JINYUN);
        EvidenceData v = evidence.attach(c.report().id(), c.operator(), EvidenceService.GENERAL, "a.pdf", pdf());
        Actor other = new Actor(
                "it-op-elsewhere", "other", Role.OPERATOR, JINYUN, c.complex().id() + 100_000);
        Actor official = Fixtures.county(JINYUN);

        NotAuthorizedException attach = assertThatExceptionOfType(NotAuthorizedException.class)
                .isThrownBy(() -> evidence.attach(c.report().id(), other, EvidenceService.GENERAL, "b.pdf", pdf()))
                .actual();
        NotAuthorizedException remove = assertThatExceptionOfType(NotAuthorizedException.class)
                .isThrownBy(() -> evidence.remove(v.id(), other))
                .actual();
        NotAuthorizedException byOfficial = assertThatExceptionOfType(NotAuthorizedException.class)
                .isThrownBy(() -> evidence.attach(c.report().id(), official, EvidenceService.GENERAL, "c.pdf", pdf()))
                .actual();

        assertThat(attach.key()).isEqualTo("submission.error.evidenceNotYours");
        assertThat(remove.key()).isEqualTo("submission.error.evidenceNotYours");
        assertThat(byOfficial.key()).isEqualTo("submission.error.evidenceNotYours");
        assertThat(evidence.list(c.report().id(), c.operator())).isEqualTo(java.util.List.of(v));
    }

    @Test
    void onceSubmittedEvenTheOwnOperatorCanNeitherAttachNorRemoveUntilItIsReturned() {
        Fixtures.Case draft = fixtures.atReportStep(JINYUN);
        EvidenceData v =
                evidence.attach(draft.report().id(), draft.operator(), EvidenceService.GENERAL, "a.pdf", pdf());
        Fixtures.Case submitted = fixtures.submit(draft);

        DomainException attach = assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> evidence.attach(
                        submitted.report().id(), submitted.operator(), EvidenceService.GENERAL, "b.pdf", pdf()))
                .actual();
        DomainException remove = assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> evidence.remove(v.id(), submitted.operator()))
                .actual();

        assertThat(attach.key()).isEqualTo("submission.error.notEditable");
        assertThat(remove.key()).isEqualTo("submission.error.notEditable");
        assertThat(fixtures.evidenceRows(submitted.report().id())).isEqualTo(1);

        fixtures.returnToOperator(submitted);
        evidence.remove(v.id(), submitted.operator());
        assertThat(fixtures.evidenceRows(submitted.report().id())).isEqualTo(0);
    }

    @Test
    void theModuleItselfLetsOnlyThoseWhoMayReadTheReportListOrReadItsFiles() {
        Fixtures.Case c = fixtures.atReportStep(JINYUN);
        EvidenceData v = evidence.attach(c.report().id(), c.operator(), EvidenceService.GENERAL, "材料.pdf", pdf());
        Long report = c.report().id();
        Actor county = Fixtures.county(JINYUN);
        Actor elsewhere = Fixtures.county("331181");
        Actor otherOperator = fixtures.user(
                "it-ev-other", Role.OPERATOR, JINYUN, fixtures.complexIn(JINYUN).id());
        Actor expert = fixtures.user("it-ev-expert", Role.EXPERT, null, null);

        for (Actor outsider : java.util.List.of(elsewhere, otherOperator, expert)) {
            assertThatExceptionOfType(NotAuthorizedException.class)
                    .as(outsider.username())
                    .isThrownBy(() -> evidence.list(report, outsider));
            assertThatExceptionOfType(NotAuthorizedException.class)
                    .as(outsider.username())
                    .isThrownBy(() -> evidence.find(v.id(), outsider));
            assertThatExceptionOfType(NotAuthorizedException.class)
                    .as(outsider.username())
                    .isThrownBy(() -> evidence.content(v.id(), outsider));
            assertThat(audit.of("report", String.valueOf(report)))
                    .as("the refused download of " + outsider.username() + " is on the trail")
                    .anySatisfy(e -> {
                        assertThat(e.action()).isEqualTo("EVIDENCE_DOWNLOAD_REFUSED");
                        assertThat(e.actor()).isEqualTo(outsider.username());
                    });
        }
        assertThat(evidence.list(report, county))
                .as("the report's county reads it")
                .isEqualTo(java.util.List.of(v));
        assertThat(evidence.find(v.id(), Fixtures.admin())).isEqualTo(java.util.Optional.of(v));
        assertThat(evidence.find(v.id() + 1_000_000, county).isEmpty())
                .as("an unknown id is simply absent")
                .isTrue();
    }

    @Test
    void aReviewerDownloadsTheFileAsAnAttachmentOverHttpAndOthersAreTurnedAway() throws Exception {
        Fixtures.Case c = fixtures.atReportStep(JINYUN);
        byte[] pdf = pdf();
        EvidenceData v =
                evidence.attach(c.report().id(), c.operator(), EvidenceService.GENERAL, "2025年度 建设情况.pdf", pdf);
        fixtures.submit(c);
        String app = "http://localhost:" + request.getLocalPort() + request.getContextPath();

        WebSession county = WebSession.login(app, "county-jinyun", PASSWORD);
        HttpResponse<byte[]> ok = county.get("/evidence/" + v.id());

        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo(pdf);
        assertThat(ok.headers().firstValue("Content-Type").orElse(null)).isEqualTo("application/pdf");
        assertThat(ok.headers().firstValue("X-Content-Type-Options").orElse(null))
                .isEqualTo("nosniff");
        String disposition = ok.headers().firstValue("Content-Disposition").orElse("");
        assertThat(disposition.startsWith("attachment;")).as(disposition).isTrue();
        assertThat(disposition.contains(
                        "filename*=UTF-8''2025%E5%B9%B4%E5%BA%A6%20%E5%BB%BA%E8%AE%BE%E6%83%85%E5%86%B5.pdf"))
                .as(disposition)
                .isTrue();
        assertThat(county.get("/evidence/" + (v.id() + 1_000_000)).statusCode())
                .as("unknown id")
                .isEqualTo(404);

        WebSession otherCounty = WebSession.login(app, "county-longquan", PASSWORD);
        assertThat(otherCounty.get("/evidence/" + v.id()).statusCode())
                .as("a county official elsewhere")
                .isEqualTo(403);
        WebSession otherOperator = WebSession.login(app, "op-longquan", PASSWORD);
        assertThat(otherOperator.get("/evidence/" + v.id()).statusCode())
                .as("another complex's operator")
                .isEqualTo(403);

        HttpResponse<byte[]> anonymous = WebSession.anonymous(app).get("/evidence/" + v.id());
        assertThat(anonymous.statusCode())
                .as("anonymous callers are sent to log in")
                .isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElse("").contains("/login.xhtml"))
                .isTrue();
    }

    /** A browser's session without the browser: cookies kept, redirects not followed, login through login.xhtml. */
    static final class WebSession {
        private static final Pattern VIEW_STATE = LoginForm.VIEW_STATE;
        private final HttpClient http;
        private final String app;

        private WebSession(String app) {
            this.app = app;
            this.http = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        }

        static WebSession anonymous(String app) {
            return new WebSession(app);
        }

        static WebSession login(String app, String user, String password) throws Exception {
            WebSession s = new WebSession(app);
            String page = new String(s.get("/login.xhtml").body(), StandardCharsets.UTF_8);
            Matcher m = VIEW_STATE.matcher(page);
            if (!m.find()) {
                throw new AssertionError("no view state on the login page: " + page);
            }
            Map<String, String> form = Map.of(
                    "login",
                    "login",
                    "login:username",
                    user,
                    "login:password",
                    password,
                    "login:submit",
                    "",
                    "jakarta.faces.ViewState",
                    m.group(1),
                    "primefaces.nonce",
                    LoginForm.nonce(page));
            String body = form.entrySet().stream()
                    .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                    .collect(Collectors.joining("&"));
            HttpResponse<byte[]> r = s.http.send(
                    HttpRequest.newBuilder(URI.create(app + "/login.xhtml"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 302
                    || !r.headers().firstValue("Location").orElse("").contains("inbox")) {
                throw new AssertionError("login of " + user + " failed: " + r.statusCode() + " "
                        + new String(r.body(), StandardCharsets.UTF_8));
            }
            return s;
        }

        HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
            return http.send(
                    HttpRequest.newBuilder(URI.create(app + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }

    /** an upload of the given length that starts with {@code head}, counting how much is read of it */
    static final class CountingStream extends InputStream {
        private final byte[] head;
        private final long length;
        long read;

        CountingStream(byte[] head, long length) {
            this.head = head;
            this.length = length;
        }

        @Override
        public int read() {
            if (read >= length) {
                return -1;
            }
            int b = read < head.length ? head[(int) read] & 0xff : 0;
            read++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= length) {
                return -1;
            }
            int n = (int) Math.min(len, length - read);
            Arrays.fill(b, off, off + n, (byte) 0);
            for (int i = 0; i < n && read + i < head.length; i++) {
                b[off + i] = head[(int) read + i];
            }
            read += n;
            return n;
        }
    }
}
