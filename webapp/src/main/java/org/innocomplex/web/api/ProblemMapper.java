package org.innocomplex.web.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every exception leaving a resource becomes a problem document; unexpected ones are logged, never shown. */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    HttpHeaders headers;
    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable thrown) {
        ApiTexts texts = ApiTexts.forHeader(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        Problem p = Problems.of(thrown, texts, uri == null ? null : uri.getRequestUri().getRawPath());
        if (p.status() >= 500) {
            LOG.log(Level.SEVERE, "API request failed: " + (uri == null ? "" : uri.getRequestUri()), thrown);
        }
        return Response.status(p.status()).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, texts.locale().toLanguageTag())
                .entity(p.toJson(texts).toString()).build();
    }
}
