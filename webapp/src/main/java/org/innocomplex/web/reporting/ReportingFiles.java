package org.innocomplex.web.reporting;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.reporting.api.Labels;
import org.innocomplex.web.support.Faces;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** Downloads of the reporting pages: a file, or none with the refusal shown as a message. */
final class ReportingFiles {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PDF = "application/pdf";
    static final String TEXT = "text/plain; charset=UTF-8";

    private ReportingFiles() {}

    /** export headings from the bundles, patterns left unformatted (the service fills their arguments) */
    static Labels labels(Faces faces) {
        return key -> faces.bundle().getString(key);
    }

    static StreamedContent file(Faces faces, String name, String type, Supplier<byte[]> bytes) {
        try {
            byte[] content = bytes.get();
            return DefaultStreamedContent.builder()
                    .name(name)
                    .contentType(type)
                    .contentLength((long) content.length)
                    .stream(() -> new ByteArrayInputStream(content))
                    .build();
        } catch (DomainException e) {
            faces.error(e);
            return null;
        }
    }
}
