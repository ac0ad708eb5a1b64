package org.innocomplex.web.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The login form as a browser posts it, from an address of the test's choosing: requests go to the server over
 * loopback, which the container tests configure as a trusted proxy ({@code innocomplex.trusted-proxies}), with
 * {@code X-Forwarded-For} naming the client, so that each test's failures are counted under addresses of its own.
 * Outcomes are read from the page's message in Chinese, the default language, by the bundle's own texts.
 */
final class LoginForm {
    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** the page's Content-Security-Policy nonce, which PrimeFaces' script puts into every form it posts */
    static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    static final ResourceBundle ZH =
            ResourceBundle.getBundle("org.innocomplex.web.messages", Locale.SIMPLIFIED_CHINESE);

    enum Seen {
        SUCCEEDED,
        FAILED,
        DELAYED,
        LOCKED,
        ADDRESS_LOCKED,
        BUSY,
        UNKNOWN
    }

    record Answer(Seen seen, int status, long retryAfter, long nanos, String body, String location) {}

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String app;
    private final String address;

    LoginForm(URL base, String address) {
        this.app = loopback(base);
        this.address = address;
    }

    /** the server's address as the tests reach it: over loopback (the trusted proxy), never the machine's interface */
    static String loopback(URL base) {
        String b = base.toString().replaceFirst("//[^/:]+", "//127.0.0.1");
        return b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }

    /** opens the login page (not timed) and posts the form (timed) */
    Answer attempt(String user, String password) throws IOException, InterruptedException {
        String page = http.send(request("/login.xhtml").GET().build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher m = VIEW_STATE.matcher(page);
        if (!m.find()) {
            throw new AssertionError("no view state on the login page: " + page);
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", user);
        form.put("login:password", password);
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", m.group(1));
        form.put("primefaces.nonce", nonce(page));
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest post = request("/login.xhtml")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.send(post, HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - t0;
        long retry = r.headers().firstValue("Retry-After").map(Long::parseLong).orElse(-1L);
        return new Answer(
                seen(r.statusCode(), r.headers().firstValue("Location").orElse(""), r.body()),
                r.statusCode(),
                retry,
                nanos,
                r.body(),
                r.headers().firstValue("Location").orElse(""));
    }

    /** a page of the session this form logged in (or not), as the browser would ask for it */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** the nonce of a page, as PrimeFaces' script posts it with the page's forms */
    static String nonce(String page) {
        Matcher n = NONCE.matcher(page);
        if (!n.find()) {
            throw new AssertionError("no CSP nonce on the page: " + page);
        }
        return n.group(1);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(app + path))
                .header("X-Forwarded-For", address)
                .header("Accept-Language", "zh-CN");
    }

    static Seen seen(int status, String location, String body) {
        // in: sent on to the role's first page (the inbox, the accounts of a security administrator, ...)
        if (status == 302 && !location.isEmpty() && !location.contains("/login.xhtml")) {
            return Seen.SUCCEEDED;
        }
        if (body.contains(prefix("access.login.delayed"))) {
            return Seen.DELAYED;
        }
        if (body.contains(prefix("access.login.locked"))) {
            return Seen.LOCKED;
        }
        if (body.contains(prefix("access.login.addressLocked"))) {
            return Seen.ADDRESS_LOCKED;
        }
        if (body.contains(prefix("access.login.busy"))) {
            return Seen.BUSY;
        }
        if (body.contains(prefix("access.login.failed"))) {
            return Seen.FAILED;
        }
        return Seen.UNKNOWN;
    }

    /** a message's text up to its first argument */
    static String prefix(String key) {
        String text = ZH.getString(key);
        int arg = text.indexOf('{');
        return arg < 0 ? text : text.substring(0, arg);
    }
}
