package org.innocomplex.submission.domain;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.submission.api.EvidenceKind;

/**
 * An uploaded file that passed every rule: a usable name, not empty, within the size limit, and content of an allowed
 * kind that its name agrees with. Reading stops one byte past the limit, so an oversized upload costs at most that
 * much memory however large it is.
 */
public record EvidenceFile(String filename, EvidenceKind kind, byte[] content, String sha256) {

    /** the largest array the JVM reliably allocates */
    static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    /**
     * @param declaredSize what the client announced; negative when unknown
     * @param limit        the largest size allowed, in bytes
     * @throws DomainException with a {@code submission.error.evidence*} key naming the file
     */
    public static EvidenceFile read(
            String originalFilename, InputStream in, long declaredSize, long limit, ContentTypeDetector detector) {
        String filename = FileNames.sanitise(originalFilename);
        if (filename.isEmpty()) {
            throw new DomainException("submission.error.evidenceNameRequired");
        }
        String limitText = megabytes(limit);
        if (declaredSize > limit) {
            throw new DomainException("submission.error.evidenceTooLarge", filename, limitText);
        }
        byte[] content;
        try {
            content = in.readNBytes((int) Math.min(limit + 1, MAX_ARRAY));
        } catch (IOException e) {
            throw new DomainException("submission.error.evidenceUnreadable", filename);
        }
        if (content.length > limit) {
            throw new DomainException("submission.error.evidenceTooLarge", filename, limitText);
        }
        if (declaredSize >= 0 && declaredSize != content.length) {
            throw new DomainException("submission.error.evidenceIncomplete", filename);
        }
        if (content.length == 0) {
            throw new DomainException("submission.error.evidenceEmpty", filename);
        }
        EvidenceKind kind = detector.classify(filename, content);
        return new EvidenceFile(filename, kind, content, sha256(content));
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** the limit as people say it: {@code 20 MB}, {@code 1.5 MB}, {@code 512 KB} */
    static String megabytes(long bytes) {
        if (bytes < 1024 * 1024) {
            return java.math.BigDecimal.valueOf(bytes)
                            .divide(java.math.BigDecimal.valueOf(1024), 1, java.math.RoundingMode.DOWN)
                            .stripTrailingZeros()
                            .toPlainString()
                    + " KB";
        }
        return java.math.BigDecimal.valueOf(bytes)
                        .divide(java.math.BigDecimal.valueOf(1024 * 1024), 1, java.math.RoundingMode.DOWN)
                        .stripTrailingZeros()
                        .toPlainString()
                + " MB";
    }
}
