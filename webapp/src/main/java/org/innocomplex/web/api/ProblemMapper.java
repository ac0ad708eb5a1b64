package org.innocomplex.web.api;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.innocomplex.access.api.AuditTrail;
import org.innocomplex.access.api.PlainText;
import org.innocomplex.web.errors.DatabaseUnavailable;

/**
 * Every exception leaving a resource becomes a problem document. An unexpected failure (5xx) is logged with its
 * stack, never shown; a refusal (4xx) is the caller's mistake and gets one line: status, code, method, path and
 * caller, each cleaned of anything that could break or forge a log line ({@link PlainText#forLog}), and no stack.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Context
    Request request;

    @Context
    SecurityContext security;

    private String method() {
        return request == null ? "-" : PlainText.forLog(request.getMethod(), 10);
    }

    private String caller() {
        return security == null || security.getUserPrincipal() == null
                ? "-"
                : security.getUserPrincipal().getName();
    }

    @Override
    public Response toResponse(Throwable thrown) {
        ApiTexts texts =
                ApiTexts.forHeader(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        Problem p = Problems.of(
                thrown, texts, uri == null ? null : uri.getRequestUri().getRawPath());
        String path = uri == null ? "-" : PlainText.forLog(uri.getRequestUri().getRawPath(), 200);
        if (p.status() == 503) {
            DatabaseUnavailable.log(method(), path, thrown);
        } else if (p.status() >= 500) {
            LOG.log(Level.SEVERE, "API request failed: " + method() + " " + path, thrown);
        } else {
            if (p.status() == 403 || p.status() == 404 && security != null && security.getUserPrincipal() != null) {
                // who asked for what: counted per minute, so a flood of them is one line a minute
                // a provider, not a CDI bean (discovery is by annotation): the trail is looked up
                CDI.current()
                        .select(AuditTrail.class)
                        .get()
                        .refusal(
                                caller().equals("-") ? "anonymous" : caller(),
                                "API_REFUSED",
                                "api",
                                uri == null ? "-" : uri.getRequestUri().getRawPath(),
                                "status: " + p.status() + "\ncode: " + p.code() + "\nrequest: " + method() + " "
                                        + path);
            }
            LOG.info(() -> "API " + p.status() + " " + p.code() + ": " + method() + " " + path + " by "
                    + PlainText.forLog(caller(), 64));
        }
        Response.ResponseBuilder answer = Response.status(p.status());
        if (p.status() == 503) {
            answer.header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS);
        }
        return answer.type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, texts.locale().toLanguageTag())
                .entity(p.toJson(texts).toString())
                .build();
    }
}
