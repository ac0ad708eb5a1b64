package org.innocomplex.appraisal.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * The files guidance accepts, recognised by their first bytes rather than by name or declared type: photos are
 * JPEG or PNG, follow-up evidence may also be PDF. Each is at most {@link #MAX_BYTES}.
 */
public final class GuidanceFiles {
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String PDF = "application/pdf";
    public static final Set<String> PHOTO_TYPES = Set.of(JPEG, PNG);
    public static final Set<String> EVIDENCE_TYPES = Set.of(JPEG, PNG, PDF);

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};

    private GuidanceFiles() {}

    public static Optional<String> detect(byte[] content) {
        if (content == null) {
            return Optional.empty();
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        return Optional.empty();
    }

    /**
     * @return the bundle key of the refusal, or empty when the file is acceptable as one of {@code allowed}
     */
    public static Optional<String> refusal(byte[] content, Set<String> allowed) {
        if (content == null || content.length == 0) {
            return Optional.of("appraisal.guidance.error.fileEmpty");
        }
        if (content.length > MAX_BYTES) {
            return Optional.of("appraisal.guidance.error.fileTooLarge");
        }
        return detect(content).filter(allowed::contains).isPresent()
                ? Optional.empty()
                : Optional.of(
                        allowed.contains(PDF)
                                ? "appraisal.guidance.error.evidenceType"
                                : "appraisal.guidance.error.photoType");
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The name as a browser would show it: no directories, at most 255 characters. */
    public static String cleanName(String name) {
        String n = name == null ? "" : name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).strip();
        if (n.isEmpty()) {
            n = "file";
        }
        return n.length() > 255 ? n.substring(n.length() - 255) : n;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
