package org.innocomplex.web.submission;

import jakarta.faces.component.UIComponent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.innocomplex.access.api.CurrentUser;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.submission.api.EvidenceData;
import org.innocomplex.submission.api.EvidenceKind;
import org.innocomplex.submission.api.EvidenceService;
import org.innocomplex.web.support.Faces;
import org.innocomplex.web.support.Formats;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * {@code WEB-INF/includes/evidence.xhtml}: the files of one section of a report, their upload and removal. A page may
 * include the fragment once per section; the bean keeps each report's list for the view and reloads it after a
 * change. The service checks every read and write against the user, whichever page includes the fragment.
 */
@Named
@ViewScoped
public class EvidenceBean implements Serializable {
    private static final long serialVersionUID = 1L;
    /** bundle prefix of the words for what a file is, e.g. {@code submission.evidence.kind.PDF} */
    static final String KIND = "submission.evidence.kind.";

    @Inject
    CurrentUser currentUser;

    @Inject
    EvidenceService evidence;

    @Inject
    Faces faces;

    @Inject
    Formats formats;

    private final Map<Long, List<EvidenceData>> byReport = new HashMap<>();

    public List<EvidenceData> files(Long reportId, String section) {
        if (reportId == null) {
            return List.of();
        }
        return byReport.computeIfAbsent(reportId, id -> evidence.list(id, currentUser.require())).stream()
                .filter(e -> e.section().equals(section))
                .toList();
    }

    /** The fileUpload carries its report and section as attributes, set by the fragment, never by the browser. */
    public void upload(FileUploadEvent event) {
        UIComponent upload = event.getComponent();
        Long reportId = (Long) upload.getAttributes().get("reportId");
        String section = (String) upload.getAttributes().get("section");
        UploadedFile file = event.getFile();
        String key = messagesKey(reportId, section);
        try (InputStream in = file.getInputStream()) {
            EvidenceData stored =
                    evidence.attach(reportId, currentUser.require(), section, file.getFileName(), in, file.getSize());
            faces.info(key, "submission.evidence.uploaded", stored.filename());
        } catch (DomainException e) {
            faces.errorText(key, text(e));
        } catch (IOException e) {
            faces.error(key, "submission.error.evidenceUnreadable", file.getFileName());
        } finally {
            byReport.remove(reportId);
        }
    }

    public void remove(EvidenceData file) {
        String key = messagesKey(file.reportId(), file.section());
        try {
            evidence.remove(file.id(), currentUser.require());
            faces.info(key, "submission.evidence.removed", file.filename());
        } catch (DomainException e) {
            faces.errorText(key, text(e));
        } finally {
            byReport.remove(file.reportId());
        }
    }

    /** the refusal in the user's language, with what a file is said in words rather than as a constant */
    private String text(DomainException e) {
        Object[] args = e.args().stream()
                .map(a -> a instanceof EvidenceKind k ? faces.text(KIND + k.name()) : a)
                .toArray();
        return faces.text(e.key(), args);
    }

    /** where the fragment of this report's section shows its messages */
    public String messagesKey(Long reportId, String section) {
        return "evidence-" + reportId + "-" + section;
    }

    public long getMaxBytes() {
        return evidence.maxBytes();
    }

    /** the service's too-large refusal with {@code {file}} where the page puts the name of the file chosen */
    public String getTooLargeTemplate() {
        return faces.text("submission.error.evidenceTooLarge", "{file}", formats.bytes(evidence.maxBytes()));
    }

    /** for the file chooser's filter; the service checks the content whatever the chooser let through */
    public String getAccept() {
        return EvidenceKind.allowedExtensions().stream().map(e -> "." + e).collect(Collectors.joining(","));
    }
}
