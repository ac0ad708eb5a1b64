package org.innocomplex.submission.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.submission.api.EvidenceKind;
import org.junit.jupiter.api.Test;

/** Reading an upload: name, size limit while reading, completeness, checksum. */
class EvidenceFileTest {
    static final long LIMIT = 4096;
    private final ContentTypeDetector detector = new ContentTypeDetector();

    @Test
    void aValidFileKeepsItsBytesAndGetsItsSha256() throws Exception {
        byte[] pdf = Samples.pdf();

        EvidenceFile f =
                EvidenceFile.read("C:\\scan\\年度报告.pdf", new ByteArrayInputStream(pdf), pdf.length, LIMIT, detector);

        assertThat(f.filename()).isEqualTo("年度报告.pdf");
        assertThat(f.kind()).isEqualTo(EvidenceKind.PDF);
        assertThat(f.content()).isEqualTo(pdf);
        assertThat(f.sha256())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)))
                .hasSize(64);
    }

    @Test
    void aFileOfExactlyTheLimitIsAccepted() {
        byte[] pdf = padded(Samples.pdf(), (int) LIMIT);

        assertThat(EvidenceFile.read("a.pdf", new ByteArrayInputStream(pdf), -1, LIMIT, detector)
                        .content())
                .hasSize((int) LIMIT);
    }

    @Test
    void oneByteOverTheLimitIsRefusedAndReadingStopsThere() {
        CountingStream in = new CountingStream(padded(Samples.pdf(), (int) LIMIT * 10));

        DomainException e = catchThrowableOfType(
                DomainException.class, () -> EvidenceFile.read("big.pdf", in, -1, LIMIT, detector));

        assertThat(e.key()).isEqualTo("submission.error.evidenceTooLarge");
        assertThat(e.args()).containsExactly("big.pdf", "4 KB");
        assertThat(in.read).as("bytes read").isEqualTo(LIMIT + 1);
    }

    @Test
    void aClientThatLiesAboutTheSizeIsStillStoppedAtTheLimit() {
        CountingStream in = new CountingStream(padded(Samples.pdf(), (int) LIMIT + 1));

        DomainException e = catchThrowableOfType(
                DomainException.class, () -> EvidenceFile.read("big.pdf", in, 100, LIMIT, detector));

        assertThat(e.key()).isEqualTo("submission.error.evidenceTooLarge");
        assertThat(in.read).isEqualTo(LIMIT + 1);
    }

    @Test
    void aFileAnnouncedLargerThanTheLimitIsRefusedWithoutReading() {
        CountingStream in = new CountingStream(Samples.pdf());

        DomainException e = catchThrowableOfType(
                DomainException.class, () -> EvidenceFile.read("big.pdf", in, LIMIT + 1, LIMIT, detector));

        assertThat(e.key()).isEqualTo("submission.error.evidenceTooLarge");
        assertThat(in.read).isZero();
    }

    @Test
    void contentShorterThanAnnouncedIsAnIncompleteUpload() {
        byte[] pdf = Samples.pdf();

        DomainException e = catchThrowableOfType(
                DomainException.class,
                () -> EvidenceFile.read("a.pdf", new ByteArrayInputStream(pdf), pdf.length + 10, LIMIT, detector));

        assertThat(e.key()).isEqualTo("submission.error.evidenceIncomplete");
        assertThat(e.args()).containsExactly("a.pdf");
    }

    @Test
    void anEmptyFileIsRefused() {
        DomainException e = catchThrowableOfType(
                DomainException.class,
                () -> EvidenceFile.read("a.pdf", InputStream.nullInputStream(), 0, LIMIT, detector));

        assertThat(e.key()).isEqualTo("submission.error.evidenceEmpty");
    }

    @Test
    void aNameThatSanitisesToNothingIsRefused() {
        DomainException e = catchThrowableOfType(
                DomainException.class,
                () -> EvidenceFile.read("C:\\dir\\", new ByteArrayInputStream(Samples.pdf()), -1, LIMIT, detector));

        assertThat(e.key()).isEqualTo("submission.error.evidenceNameRequired");
    }

    @Test
    void theTypeRulesApplyToTheSanitisedName() {
        DomainException e = catchThrowableOfType(
                DomainException.class,
                () -> EvidenceFile.read(
                        "D:\\downloads\\setup.pdf", new ByteArrayInputStream(Samples.exe()), -1, LIMIT, detector));

        assertThat(e.key()).isEqualTo("submission.error.evidenceMismatch");
        assertThat(e.args()).containsExactly("setup.pdf", EvidenceKind.EXECUTABLE, EvidenceKind.PDF);
    }

    @Test
    void anUnreadableStreamIsRefusedNamingTheFile() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };

        DomainException e = catchThrowableOfType(
                DomainException.class, () -> EvidenceFile.read("a.pdf", broken, -1, LIMIT, detector));

        assertThat(e.key()).isEqualTo("submission.error.evidenceUnreadable");
    }

    @Test
    void theLimitReadsAsPeopleSayIt() {
        assertThat(EvidenceFile.megabytes(20_971_520)).isEqualTo("20 MB");
        assertThat(EvidenceFile.megabytes(1_572_864)).isEqualTo("1.5 MB");
        assertThat(EvidenceFile.megabytes(524_288)).isEqualTo("512 KB");
    }

    private static byte[] padded(byte[] head, int size) {
        return Arrays.copyOf(head, size);
    }

    /** counts what the reader takes, to show it never takes more than it must */
    static final class CountingStream extends ByteArrayInputStream {
        long read;

        CountingStream(byte[] b) {
            super(b);
        }

        @Override
        public synchronized int read() {
            int r = super.read();
            if (r >= 0) {
                read++;
            }
            return r;
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            int n = super.read(b, off, len);
            if (n > 0) {
                read += n;
            }
            return n;
        }
    }
}
