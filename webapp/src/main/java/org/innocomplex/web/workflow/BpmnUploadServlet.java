package org.innocomplex.web.workflow;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.CurrentUser;
import org.innocomplex.access.api.Role;
import org.innocomplex.appraisal.api.ProcessAdministrationService;

/**
 * {@code POST /workflow/bpmn-upload}: the modeler's diagram as the body of a request of its own (UTF-8
 * {@code application/xml}), read with a bound; the answer is a token the modeler's next action (validate, save,
 * deploy) passes to take it, see {@link ModelerUploads}.
 *
 * <p>Why not a form field, as before: the web server refuses a url-encoded form over its maximum post size (Grizzly's
 * "Post too large", 2 MB) before the application sees it, and url-encoding inflates BPMN, a Chinese one up to three
 * times, so a file well inside the product's own limit never arrived and an oversize one got only an
 * {@code IllegalStateException}, unaudited. A body that is not a form is not held to that limit; this servlet reads
 * at most {@link ProcessAdministrationService#maxBytes()} + 1 bytes of it, so every file inside the limit reaches the
 * validator and every larger one is refused by the product itself, with its message and its audit line (at the
 * action, which knows what the administrator meant to do). What is beyond the bound is read and dropped (counted for the
 * message), up to {@value #DRAIN_FACTOR} times the limit, so that the browser gets the answer rather than a reset
 * connection; a larger body is not read at all and its connection closed.
 *
 * <p>Administrators only (web.xml's constraint on {@code /workflow/*}, and again here). A cross-site page cannot send
 * it: it needs the {@code X-Requested-With} header and the XML content type, which a form cannot set and a
 * cross-origin script may not without a preflight this servlet never answers.
 */
@WebServlet(name = "bpmnUpload", urlPatterns = "/workflow/bpmn-upload")
public class BpmnUploadServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String HEADER = "X-Requested-With";
    static final String HEADER_VALUE = "InnoModeler";
    static final int DRAIN_FACTOR = 16;

    @Inject
    CurrentUser currentUser;

    @Inject
    ProcessAdministrationService admin;

    @Inject
    ModelerUploads uploads;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<Actor> actor = currentUser.get();
        if (actor.isEmpty() || !actor.get().is(Role.ADMIN)) {
            resp.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(Locale.ROOT);
        if (!HEADER_VALUE.equals(req.getHeader(HEADER)) || !type.startsWith("application/xml")) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        int max = admin.maxBytes();
        long bound = (long) DRAIN_FACTOR * max;
        long declared = req.getContentLengthLong();
        ModelerUploads.Upload upload;
        try (InputStream in = req.getInputStream()) {
            if (declared > bound) {
                // not worth reading: its declared size is all the refusal needs
                resp.setHeader("Connection", "close");
                upload = new ModelerUploads.Upload(null, declared);
            } else {
                byte[] body = in.readNBytes(max + 1);
                if (body.length <= max) {
                    upload = new ModelerUploads.Upload(new String(body, StandardCharsets.UTF_8), body.length);
                } else {
                    long rest = drain(in, bound - body.length);
                    if (body.length + rest > bound) {
                        resp.setHeader("Connection", "close");
                    }
                    upload = new ModelerUploads.Upload(null, Math.max(declared, body.length + rest));
                }
            }
        }
        String token = uploads.put(upload);
        resp.setStatus(upload.tooLarge() ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE : HttpServletResponse.SC_OK);
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        // the token is hex: nothing to escape
        resp.getWriter().write("{\"upload\":\"" + token + "\",\"bytes\":" + upload.bytes() + "}");
    }

    /** Reads and drops what follows, up to a little more than {@code bound} bytes: how many there were. */
    private static long drain(InputStream in, long bound) throws IOException {
        long skipped = 0;
        byte[] buffer = new byte[64 * 1024];
        for (int n; skipped <= bound && (n = in.read(buffer)) > 0; ) {
            skipped += n;
        }
        return skipped;
    }
}
