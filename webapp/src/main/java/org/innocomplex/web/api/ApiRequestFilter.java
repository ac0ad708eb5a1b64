package org.innocomplex.web.api;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
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
 * What a page of another site can make a browser send, refused before any resource sees it. The API takes no cookie
 * ({@link ApiAuthenticationMechanism}), so a forged request carries no credential anyway; these two rules make sure
 * it does nothing even if one day it did:
 * <ul>
 *   <li>a request whose {@code Origin} is present and not this server's own (the scheme, host and port of
 *       {@code innocomplex.public-url}, or of the request itself as the browser addressed it) is answered 403
 *       {@code api.error.foreignOrigin}: browsers send {@code Origin} with every cross-origin {@code fetch} and form
 *       post, and with {@code null} from sandboxed frames and files;</li>
 *   <li>a body of a type that a plain HTML form or a "simple" {@code fetch} may send without asking the server first
 *       ({@code text/plain}, {@code application/x-www-form-urlencoded}, {@code multipart/form-data}), and a body of no
 *       type at all, is answered 415 {@code api.error.unsupportedMediaType}: the JSON endpoints take
 *       {@code application/json}, the imports their file's type.</li>
 * </ul>
 * Each refusal is one short log line and an audit line ({@code API_ORIGIN_REFUSED}, {@code API_MEDIA_TYPE_REFUSED}
 * on the caller's address).
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class ApiRequestFilter implements ContainerRequestFilter {
    private static final Logger LOG = Logger.getLogger(ApiRequestFilter.class.getName());
    /** the types a browser sends cross-site without a CORS preflight (Fetch standard, "CORS-safelisted") */
    static final Set<String> FORM_TYPES = Set.of("text/plain", "application/x-www-form-urlencoded",
            "multipart/form-data");

    @Inject
    HttpServletRequest servletRequest;
    @Inject
    AuditTrail audit;
    @Inject
    ClientAddresses addresses;
    @Inject
    @ConfigProperty(name = "innocomplex.public-url")
    Optional<String> publicUrl;

    @Override
    public void filter(ContainerRequestContext ctx) {
        String origin = ctx.getHeaderString("Origin");
        if (origin != null && !ownOrigin(origin)) {
            refuse(ctx, 403, "api.error.foreignOrigin", "API_ORIGIN_REFUSED", "origin: " + origin);
            return;
        }
        String type = ctx.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (type != null && FORM_TYPES.contains(essence(type))
                || type == null && hasBody(ctx)) {
            refuse(ctx, 415, "api.error.unsupportedMediaType", "API_MEDIA_TYPE_REFUSED",
                    "content type: " + (type == null ? "none" : type));
        }
    }

    /** {@code text/plain; charset=UTF-8} → {@code text/plain} */
    static String essence(String contentType) {
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    private static boolean hasBody(ContainerRequestContext ctx) {
        String length = ctx.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return ctx.getHeaderString("Transfer-Encoding") != null
                || length != null && !length.strip().equals("0");
    }

    private boolean ownOrigin(String origin) {
        String o = normalise(origin);
        if (o == null) {
            return false;
        }
        if (publicUrl.map(ApiRequestFilter::normalise).filter(o::equals).isPresent()) {
            return true;
        }
        String host = servletRequest.getHeader("Host");
        return host != null && o.equals(normalise(servletRequest.getScheme() + "://" + host));
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

    private void refuse(ContainerRequestContext ctx, int status, String code, String action, String what) {
        String address = addresses.of(servletRequest);
        String caller = ctx.getSecurityContext() == null || ctx.getSecurityContext().getUserPrincipal() == null
                ? "anonymous" : ctx.getSecurityContext().getUserPrincipal().getName();
        String path = ctx.getUriInfo().getRequestUri().getRawPath();
        audit.record(PlainText.forLog(caller, 64), action, "address", PlainText.forLog(address, 64),
                PlainText.forLog(what, 300) + "\nrequest: " + PlainText.forLog(ctx.getMethod(), 10) + " "
                        + PlainText.forLog(path, 300));
        LOG.info(() -> "API " + status + " " + code + ": " + PlainText.forLog(ctx.getMethod(), 10) + " "
                + PlainText.forLog(path, 200) + " by " + PlainText.forLog(caller, 64) + "; "
                + PlainText.forLog(what, 120));
        ApiTexts texts = ApiTexts.forHeader(ctx.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        Problem p = Problem.of(status, code, texts.text(code), path);
        ctx.abortWith(Response.status(status).type(MediaType.valueOf(Problem.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_LANGUAGE, texts.locale().toLanguageTag())
                .entity(p.toJson(texts).toString()).build());
    }
}
