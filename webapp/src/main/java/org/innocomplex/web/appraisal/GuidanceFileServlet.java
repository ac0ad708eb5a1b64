package org.innocomplex.web.appraisal;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.CurrentUser;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.appraisal.api.GuidanceService;
import org.innocomplex.web.submission.ContentDisposition;

/**
 * {@code /guidance-file/photo/<id>} and {@code /guidance-file/followup/<id>}: a guidance photo or follow-up evidence
 * to whoever may read the complex's notes. Photos (JPEG or PNG by their bytes) show inline; evidence is a download.
 */
@WebServlet(name = "guidanceFile", urlPatterns = "/guidance-file/*")
public class GuidanceFileServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(photo|followup)/([0-9]{1,18})");

    @Inject
    CurrentUser currentUser;

    @Inject
    GuidanceService guidance;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<Actor> actor = currentUser.get();
        if (actor.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Matcher m = PATH.matcher(req.getPathInfo() == null ? "" : req.getPathInfo());
        if (!m.matches()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        GuidanceService.StoredFile file;
        try {
            file = guidance.file(m.group(1), Long.valueOf(m.group(2)), actor.get());
        } catch (NotAuthorizedException e) {
            resp.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (DomainException e) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setContentType(file.contentType());
        resp.setContentLengthLong(file.content().length);
        if ("photo".equals(m.group(1))) {
            resp.setHeader("Content-Disposition", "inline");
        } else {
            resp.setHeader("Content-Disposition", ContentDisposition.attachment(file.fileName()));
        }
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Cache-Control", "no-store");
        resp.getOutputStream().write(file.content());
    }
}
