package org.innocomplex.submission.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.innocomplex.access.api.DomainException;
import org.innocomplex.submission.api.EvidenceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What {@link ContentTypeDetector} lets through, on real small files of each kind. */
class ContentTypeDetectorTest {

    private final ContentTypeDetector detector = new ContentTypeDetector();

    private static byte[] sample(String name) {
        return switch (name) {
            case "pdf" -> Samples.pdf();
            case "png" -> Samples.png();
            case "jpeg" -> Samples.jpeg();
            case "gif" -> Samples.gif();
            case "docx" -> Samples.docx();
            case "xlsx" -> Samples.xlsx();
            case "pptx" -> Samples.pptx();
            case "ole2" -> Samples.ole2();
            case "exe" -> Samples.exe();
            case "elf" -> Samples.elf();
            case "text" -> Samples.text();
            case "html" -> Samples.html();
            case "zip" -> Samples.zip("a.txt", "hello");
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest(name = "{0} named {1} is {2}")
    @CsvSource({
        "pdf,  年度报告.pdf,     PDF",
        "pdf,  SCAN.PDF,       PDF",
        "png,  照片.png,        PNG",
        "jpeg, 现场.jpg,        JPEG",
        "jpeg, 现场.JPEG,       JPEG",
        "docx, 总结.docx,       DOCX",
        "xlsx, 指标.xlsx,       XLSX",
        "pptx, 汇报.pptx,       PPTX",
        "ole2, 旧版总结.doc,     DOC",
        "ole2, 旧版指标.xls,     XLS"
    })
    void allowedContentWithAMatchingNameIsAccepted(String sample, String filename, EvidenceKind kind) {
        assertThat(detector.classify(filename, sample(sample))).isEqualTo(kind);
    }

    @Test
    void theTypeIsReadFromTheBytesNotTheName() {
        assertThat(detector.detect(Samples.pdf())).hasToString("application/pdf");
        assertThat(detector.detect(Samples.png())).hasToString("image/png");
        assertThat(detector.detect(Samples.jpeg())).hasToString("image/jpeg");
        assertThat(detector.detect(Samples.docx())).isEqualTo(ContentTypeDetector.OOXML);
        assertThat(detector.detect(Samples.ole2())).isEqualTo(ContentTypeDetector.OLE2);
        assertThat(detector.detect(Samples.exe())).hasToString("application/x-msdownload");
    }

    @Test
    void anExecutableRenamedToPdfIsRefusedNamingTheFileAndWhatItIs() {
        DomainException e = refused("申报材料.pdf", Samples.exe());

        assertThat(e.key()).isEqualTo("submission.error.evidenceMismatch");
        assertThat(e.args()).containsExactly("申报材料.pdf", EvidenceKind.EXECUTABLE, EvidenceKind.PDF);
    }

    @ParameterizedTest(name = "{0} named {1} is refused as {2}, named as {3}")
    @CsvSource({
        "elf,  run.pdf,       EXECUTABLE, PDF",
        "text, 说明.pdf,       TEXT,       PDF",
        "html, page.pdf,      TEXT,       PDF",
        "zip,  fake.docx,     ARCHIVE,    DOCX",
        "docx, report.pdf,    OFFICE,     PDF",
        "docx, report.doc,    OFFICE,     DOC",
        "ole2, report.docx,   OFFICE,     DOCX",
        "pdf,  report.docx,   PDF,        DOCX",
        "png,  photo.jpg,     PNG,        JPEG",
        "jpeg, photo.png,     JPEG,       PNG",
        "gif,  photo.png,     IMAGE,      PNG"
    })
    void contentThatContradictsTheExtensionIsRefused(
            String sample, String filename, EvidenceKind actual, EvidenceKind claimed) {
        DomainException e = refused(filename, sample(sample));

        assertThat(e.key()).isEqualTo("submission.error.evidenceMismatch");
        assertThat(e.args()).containsExactly(filename, actual, claimed);
    }

    @ParameterizedTest(name = "{0} named {1} is refused as {2}")
    @CsvSource({
        "exe,  setup.exe,   EXECUTABLE",
        "text, notes.txt,   TEXT",
        "zip,  files.zip,   ARCHIVE",
        "gif,  logo.gif,    IMAGE"
    })
    void contentOfAKindNotAllowedIsRefused(String sample, String filename, EvidenceKind actual) {
        DomainException e = refused(filename, sample(sample));

        assertThat(e.key()).isEqualTo("submission.error.evidenceType");
        assertThat(e.args()).containsExactly(filename, actual);
    }

    @Test
    void allowedContentUnderANameWithoutItsExtensionIsRefusedWithTheExtensionsItMayHave() {
        DomainException pdf = refused("年度报告", Samples.pdf());
        assertThat(pdf.key()).isEqualTo("submission.error.evidenceExtension");
        assertThat(pdf.args()).containsExactly("年度报告", EvidenceKind.PDF, ".pdf");

        DomainException office = refused("总结.zip", Samples.docx());
        assertThat(office.key()).isEqualTo("submission.error.evidenceExtension");
        assertThat(office.args()).containsExactly("总结.zip", EvidenceKind.OFFICE, ".docx / .xlsx / .pptx");
    }

    @Test
    void everyAllowedKindHasAMediaTypeAndAnExtensionAndTheOthersHaveNeither() {
        for (EvidenceKind k : EvidenceKind.values()) {
            assertThat(k.mediaType() != null).as(k.name()).isEqualTo(k.allowed());
            assertThat(k.extensions().isEmpty()).as(k.name()).isEqualTo(!k.allowed());
        }
        assertThat(EvidenceKind.allowedExtensions())
                .containsExactly("pdf", "png", "jpg", "jpeg", "docx", "xlsx", "pptx", "doc", "xls");
    }

    private DomainException refused(String filename, byte[] content) {
        return catchThrowableOfType(DomainException.class, () -> detector.classify(filename, content));
    }
}
