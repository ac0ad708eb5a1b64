package org.innocomplex.submission.domain;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.submission.api.EvidenceKind;

/**
 * Decides what an evidence file is from its bytes (Apache Tika's magic-byte detection), then whether its name agrees.
 *
 * <p>Tika's core detects PDF, PNG and JPEG exactly, but Office files only as containers: an OOXML package (docx, xlsx,
 * pptx) or an OLE2 compound file (doc, xls). Within a container the extension chooses the document, so a docx named
 * {@code .xlsx} passes as a spreadsheet; telling them apart would mean opening the package, which is what Tika's
 * parser modules do and what this deliberately avoids (a decompressing reader is a zip-bomb surface on every upload).
 * What cannot pass is anything whose content is not one of the allowed containers or formats, whatever its name.
 *
 * <p>Detection never sees the file name: given a name, Tika trusts a {@code .docx} on any zip and a {@code .pdf} on an
 * empty file.
 */
public final class ContentTypeDetector {
    private static final Tika TIKA = new Tika();
    private static final MediaTypeRegistry TYPES =
            MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();

    static final MediaType OOXML = MediaType.application("x-tika-ooxml");
    static final MediaType OLE2 = MediaType.application("x-tika-msoffice");
    private static final List<MediaType> EXECUTABLES = types(
            "application/x-msdownload",
            "application/x-elf",
            "application/x-mach-o",
            "application/x-mach-o-executable",
            "application/java-vm",
            "application/x-ms-installer",
            "application/x-sh",
            "application/x-bat");
    private static final List<MediaType> ARCHIVES = types(
            "application/zip",
            "application/gzip",
            "application/x-tar",
            "application/x-7z-compressed",
            "application/x-rar-compressed",
            "application/x-bzip2",
            "application/x-xz");

    private static List<MediaType> types(String... names) {
        return java.util.Arrays.stream(names).map(MediaType::parse).toList();
    }

    /** The media type Tika reads from the content alone, without parameters. */
    public MediaType detect(byte[] content) {
        return MediaType.parse(TIKA.detect(content)).getBaseType();
    }

    /**
     * @param filename the sanitised name, whose extension must agree with the content
     * @return the allowed kind the file is
     * @throws DomainException naming the file and what its content is: {@code submission.error.evidenceMismatch}
     *         (file, what it is, what its name claims) when the extension names an allowed kind the content is not;
     *         {@code submission.error.evidenceExtension} (file, what it is, the extensions it may have) when the
     *         content is allowed but the name has none of its extensions; {@code submission.error.evidenceType}
     *         (file, what it is) when neither name nor content is of an allowed kind
     */
    public EvidenceKind classify(String filename, byte[] content) {
        MediaType detected = detect(content);
        List<EvidenceKind> possible = allowedKindsOf(detected);
        EvidenceKind claimed =
                EvidenceKind.byExtension(FileNames.extension(filename)).orElse(null);
        if (claimed != null && possible.contains(claimed)) {
            return claimed;
        }
        EvidenceKind actual = possible.size() == 1 ? possible.get(0) : describe(detected);
        if (claimed != null) {
            throw new DomainException("submission.error.evidenceMismatch", filename, actual, claimed);
        }
        if (!possible.isEmpty()) {
            throw new DomainException(
                    "submission.error.evidenceExtension",
                    filename,
                    actual,
                    possible.stream()
                            .flatMap(k -> k.extensions().stream())
                            .map(e -> "." + e)
                            .collect(Collectors.joining(" / ")));
        }
        throw new DomainException("submission.error.evidenceType", filename, actual);
    }

    /** the allowed kinds content of this type may be: one for an exact format, several for an Office container */
    static List<EvidenceKind> allowedKindsOf(MediaType t) {
        for (EvidenceKind k : EvidenceKind.values()) {
            if (k.allowed() && MediaType.parse(k.mediaType()).equals(t)) {
                return List.of(k);
            }
        }
        if (TYPES.isInstanceOf(t, OOXML)) {
            return List.of(EvidenceKind.DOCX, EvidenceKind.XLSX, EvidenceKind.PPTX);
        }
        if (TYPES.isInstanceOf(t, OLE2)) {
            return List.of(EvidenceKind.DOC, EvidenceKind.XLS);
        }
        return List.of();
    }

    /** what refused content is, in words the refusal can use */
    static EvidenceKind describe(MediaType t) {
        if (EXECUTABLES.stream().anyMatch(e -> TYPES.isInstanceOf(t, e))) {
            return EvidenceKind.EXECUTABLE;
        }
        if (TYPES.isInstanceOf(t, OOXML) || TYPES.isInstanceOf(t, OLE2)) {
            return EvidenceKind.OFFICE;
        }
        if (ARCHIVES.stream().anyMatch(a -> TYPES.isInstanceOf(t, a))) {
            return EvidenceKind.ARCHIVE;
        }
        if ("image".equals(t.getType())) {
            return EvidenceKind.IMAGE;
        }
        if (TYPES.isInstanceOf(t, MediaType.TEXT_PLAIN)) {
            return EvidenceKind.TEXT;
        }
        return EvidenceKind.OTHER;
    }
}
