package org.innocomplex.web.workflow;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The BPMN files {@link BpmnUploadServlet} has read for this session, each until the modeler's next action takes it
 * (once) by the token the servlet answered with. Only the last few are kept: an upload nobody takes is dropped by
 * the next ones, so a session never holds more than {@value #KEPT} files.
 */
@SessionScoped
public class ModelerUploads implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int KEPT = 2;
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * A file as the upload read it: its text, or none when it was larger than the limit.
     *
     * @param xml   the text, or null when the file was not read to its end
     * @param bytes its size: exact when read, else as declared by the request, or what was read of it
     */
    public record Upload(String xml, long bytes) implements Serializable {
        public boolean tooLarge() {
            return xml == null;
        }
    }

    private final Map<String, Upload> uploads = new LinkedHashMap<>();

    /** @return the token that takes it */
    public synchronized String put(Upload upload) {
        while (uploads.size() >= KEPT) {
            uploads.remove(uploads.keySet().iterator().next());
        }
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        String token = HexFormat.of().formatHex(b);
        uploads.put(token, upload);
        return token;
    }

    public synchronized Optional<Upload> take(String token) {
        return token == null ? Optional.empty() : Optional.ofNullable(uploads.remove(token));
    }
}
