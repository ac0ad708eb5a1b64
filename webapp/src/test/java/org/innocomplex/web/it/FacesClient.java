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
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

/**
 * One browser session without a browser: GETs pages and posts their Faces forms as a plain (non-AJAX) submit of a
 * button, with the page's view state and CSP nonce, from an address of the test's own (see {@link LoginForm}).
 * Redirects are not followed, so a test sees where the server sends it.
 */
final class FacesClient {
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String app;
    private final String address;
    private String page = "";

    FacesClient(URL base, String address) {
        this.app = LoginForm.loopback(base);
        this.address = address;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
            page = r.body();
        }
        return r;
    }

    /**
     * Posts the form {@code form} of {@code path} (opened first) by its button {@code button}, with the fields given
     * by their ids within the form.
     */
    HttpResponse<String> submit(String path, String form, String button, Map<String, String> fields)
            throws IOException, InterruptedException {
        HttpResponse<String> opened = get(path);
        if (opened.statusCode() != 200) {
            throw new AssertionError("opening " + path + ": " + opened.statusCode() + " "
                    + opened.headers().firstValue("Location").orElse(""));
        }
        return post(path, form, button, fields);
    }

    /** posts a form of the page last opened (or answered) */
    HttpResponse<String> post(String path, String form, String button, Map<String, String> fields)
            throws IOException, InterruptedException {
        Matcher m = LoginForm.VIEW_STATE.matcher(page);
        if (!m.find()) {
            throw new AssertionError("no view state on the page: " + page);
        }
        Map<String, String> body = new LinkedHashMap<>();
        body.put(form, form);
        fields.forEach((k, v) -> body.put(form + ":" + k, v));
        body.put(form + ":" + button, "");
        body.put("jakarta.faces.ViewState", m.group(1));
        body.put("primefaces.nonce", LoginForm.nonce(page));
        String encoded = body.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> r = http.send(
                request(path)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(encoded))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
            page = r.body();
        }
        return r;
    }

    String page() {
        return page;
    }

    static String location(HttpResponse<String> r) {
        return r.headers().firstValue("Location").orElse("");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(app + path))
                .header("X-Forwarded-For", address)
                .header("Accept-Language", "zh-CN");
    }
}
