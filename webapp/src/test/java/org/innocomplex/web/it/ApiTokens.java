package org.innocomplex.web.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The API tests' credentials: one personal API token per user for the whole run ({@link ApiTokenServlet}), sent as
 * {@code Authorization: Bearer}, the API's only credential.
 */
final class ApiTokens {
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private ApiTokens() {}

    /** the {@code Authorization} header's value for {@code user} */
    static String bearer(URL base, String user) {
        return "Bearer " + TOKENS.computeIfAbsent(base + " " + user, k -> create(base, user));
    }

    static String create(URL base, String user) {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(base + "it-fixtures/api-token?user=" + user))
                                    .POST(HttpRequest.BodyPublishers.noBody())
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("no API token for " + user + ": " + r.statusCode());
            }
            return r.body().trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
