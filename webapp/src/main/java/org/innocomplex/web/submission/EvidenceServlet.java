package org.innocomplex.web.submission;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.CurrentUser;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.submission.api.EvidenceContent;
import org.innocomplex.submission.api.EvidenceData;
import org.innocomplex.submission.api.EvidenceService;

/**
 * {@code /evidence/<id>}: an evidence file as a download, to whoever may see its report (the appraisal's rule, asked
 * through {@link AppraisalService#record}); 403 to anyone else, 404 for an id that does not exist. Always an
 * attachment with the type detected on upload and {@code nosniff}, so a browser never renders an uploaded file as a
 * page of this site.
 */
@WebServlet(name = "evidence", urlPatterns = "/evidence/*")
public class EvidenceServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    EvidenceService evidence;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<Actor> actor = currentUser.get();
        if (actor.isEmpty()) {
            // web.xml sends anonymous callers to the login page first; this only guards a changed constraint
            resp.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        EvidenceContent content;
        try {
            Optional<EvidenceData> file = id(req.getPathInfo()).flatMap(id -> evidence.find(id, actor.get()));
            if (file.isEmpty()) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            content = evidence.content(file.get().id(), actor.get());
        } catch (NotAuthorizedException e) {
            resp.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        resp.setContentType(content.mediaType());
        resp.setContentLengthLong(content.bytes().length);
        resp.setHeader("Content-Disposition", ContentDisposition.attachment(content.filename()));
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Cache-Control", "no-store");
        resp.getOutputStream().write(content.bytes());
    }

    /** {@code /123} → 123; anything else is no id */
    static Optional<Long> id(String pathInfo) {
        if (pathInfo == null || !pathInfo.matches("/[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.valueOf(pathInfo.substring(1)));
    }
}
