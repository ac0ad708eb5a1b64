package org.innocomplex.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innocomplex.access.api.AuditTrail;
import org.innocomplex.access.api.PlainText;
import org.innocomplex.web.support.ClientAddresses;

/**
 * What a page of another site can make a browser send to the API, refused before anything else looks at the request
 * (by {@link ApiAuthenticationMechanism}, the first code every API request meets, before its credential is read).
 * The API takes no cookie, so a forged request carries no credential anyway; these two rules make sure it does
 * nothing even if one day it did:
 * <ul>
 *   <li>a request whose {@code Origin} is present and not this server's own (the scheme, host and port of
 *       {@code innocomplex.public-url}, or of the request itself as the browser addressed it) is answered 403
 *       {@code api.error.foreignOrigin}: browsers send {@code Origin} with every cross-origin {@code fetch} and form
 *       post, and {@code null} from sandboxed frames and files;</li>
 *   <li>a body of a type that a plain HTML form or a "simple" {@code fetch} may send without asking the server first
 *       ({@code text/plain}, {@code application/x-www-form-urlencoded}, {@code multipart/form-data}), and a body of no
 *       type at all, is answered 415 {@code api.error.unsupportedMediaType}: the JSON endpoints take
 *       {@code application/json}, the imports their file's type.</li>
 * </ul>
 * Each refusal is one short log line and an audit line ({@code API_ORIGIN_REFUSED}, {@code API_MEDIA_TYPE_REFUSED}
 * on the caller's address; repetitions within a minute are counted into one, {@link AuditTrail#refusal}).
 */
@ApplicationScoped
public class CrossSiteGuard {
    private static final Logger LOG = Logger.getLogger(CrossSiteGuard.class.getName());
    /** the types a browser sends cross-site without a CORS preflight (Fetch standard, "CORS-safelisted") */
    static final Set<String> FORM_TYPES =
            Set.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data");

    /** a refusal: the status and the problem's code */
    record Refusal(int status, String code) {}

    @Inject
    AuditTrail audit;

    @Inject
    ClientAddresses addresses;

    @Inject
    @ConfigProperty(name = "innocomplex.public-url")
    Optional<String> publicUrl;

    /** @return why the request is refused, or empty when it may go on (audited and logged when refused) */
    public Optional<Refusal> check(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin != null && !ownOrigin(request, origin)) {
            return Optional.of(
                    refuse(request, 403, "api.error.foreignOrigin", "API_ORIGIN_REFUSED", "origin: " + origin));
        }
        String type = request.getContentType();
        if (type != null && FORM_TYPES.contains(essence(type)) || type == null && hasBody(request)) {
            return Optional.of(refuse(
                    request,
                    415,
                    "api.error.unsupportedMediaType",
                    "API_MEDIA_TYPE_REFUSED",
                    "content type: " + (type == null ? "none" : type)));
        }
        return Optional.empty();
    }

    /** {@code text/plain; charset=UTF-8} → {@code text/plain} */
    static String essence(String contentType) {
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getHeader("Transfer-Encoding") != null || request.getContentLengthLong() > 0;
    }

    private boolean ownOrigin(HttpServletRequest request, String origin) {
        String o = normalise(origin);
        if (o == null) {
            return false;
        }
        if (publicUrl.map(CrossSiteGuard::normalise).filter(o::equals).isPresent()) {
            return true;
        }
        String host = request.getHeader("Host");
        return host != null && o.equals(normalise(request.getScheme() + "://" + host));
    }

    /**
     * {@code scheme://host[:port]} in lower case without a default port, or null when it is no such thing
     * ({@code null}, a path, user info).
     */
    static String normalise(String url) {
        URI u;
        try {
            u = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (u.getScheme() == null || u.getHost() == null || u.getRawUserInfo() != null) {
            return null;
        }
        String scheme = u.getScheme().toLowerCase(Locale.ROOT);
        int port = u.getPort();
        boolean standard = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
        return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (standard ? "" : ":" + port);
    }

    private Refusal refuse(HttpServletRequest request, int status, String code, String action, String what) {
        String address = addresses.of(request);
        String path = PlainText.forLog(request.getRequestURI(), 300);
        String method = PlainText.forLog(request.getMethod(), 10);
        audit.refusal(
                "anonymous",
                action,
                "address",
                PlainText.forLog(address, 64),
                PlainText.forLog(what, 300) + "\nrequest: " + method + " " + path);
        LOG.info(() -> "API " + status + " " + code + ": " + method + " " + PlainText.forLog(path, 200) + " from "
                + PlainText.forLog(address, 64) + "; " + PlainText.forLog(what, 120));
        return new Refusal(status, code);
    }
}
