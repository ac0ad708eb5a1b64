package org.innocomplex.submission.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What an evidence file is, as detected from its content. The first eight are what may be attached, each with the
 * media type it is stored and served as and the file-name extensions that may carry it; the rest only name what a
 * refused file turned out to be, so the refusal can say so ({@code submission.evidence.kind.<NAME>} in the bundles).
 */
public enum EvidenceKind {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    DOC("application/msword", "doc"),
    XLS("application/vnd.ms-excel", "xls"),

    /** an Office container whose name does not say which of the allowed documents it is */
    OFFICE(null),
    EXECUTABLE(null),
    ARCHIVE(null),
    TEXT(null),
    IMAGE(null),
    OTHER(null);

    private final String mediaType;
    private final List<String> extensions;

    EvidenceKind(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    public boolean allowed() {
        return mediaType != null;
    }

    /** @return the media type an allowed file is stored and served as; null for the kinds that are refused */
    public String mediaType() {
        return mediaType;
    }

    /** lower case, without the dot */
    public List<String> extensions() {
        return extensions;
    }

    /** The allowed kind a file name's extension claims, if any; case does not matter. */
    public static Optional<EvidenceKind> byExtension(String extension) {
        if (extension == null) {
            return Optional.empty();
        }
        String e = extension.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.extensions.contains(e)).findFirst();
    }

    /** The allowed kind stored under a media type; {@link #OTHER} for anything else. */
    public static EvidenceKind byMediaType(String mediaType) {
        return Arrays.stream(values())
                .filter(k -> k.allowed() && k.mediaType.equals(mediaType))
                .findFirst()
                .orElse(OTHER);
    }

    /** Every extension that may be attached, e.g. for a file chooser's filter: {@code .pdf,.png,...}. */
    public static List<String> allowedExtensions() {
        return Arrays.stream(values()).flatMap(k -> k.extensions.stream()).toList();
    }
}
