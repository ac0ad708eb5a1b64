package org.innocomplex.access.domain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * The hash chain of the audit trail, as plain code: the canonical form of an entry, its hash, the neutralisation of
 * its texts, and the verification of a sequence of entries.
 *
 * <p><b>Hash:</b> {@code entry_hash = hex(SHA-256(ASCII(prev_hash) || canonical(entry)))}, lower-case hex; the first
 * entry's {@code prev_hash} is {@link #GENESIS} (64 zeros).
 *
 * <p><b>Canonical form</b> ({@link #canonical}): the ASCII text {@code innocomplex-audit-v1} followed by nine fields in
 * this order: id, UTC time, actor, source address, action, object type, object id, result, detail. Each field is
 * written as {@code <n>:<bytes>} where {@code <bytes>} is its UTF-8 encoding and {@code <n>} the decimal count of
 * those bytes, or as {@code -} when the field is null. The id is its decimal digits; the time is
 * {@code uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'} (always nine fraction digits). Since every field says its own length, no
 * value can be shifted into its neighbour, whatever characters it holds.
 *
 * <p><b>Verification</b> ({@link Verifier}): the entries in id order (the order the head hands the ids out in); an
 * entry is broken when its {@code prev_hash} is not the previous entry's {@code entry_hash} (an entry before it was
 * deleted, or put in) or when its own hash does not match its fields (it was changed). A deleted last entry leaves no
 * successor to notice: the head's last id and hash must be those of the last entry, else the head's last id is named.
 * Id gaps prove nothing (entries written before the chain came from a sequence allocating 50 at a time), so a gap is
 * found by the chain alone.
 */
public final class AuditChain {
    /** the {@code prev_hash} of the first entry */
    public static final String GENESIS = "0".repeat(64);

    static final byte[] VERSION = "innocomplex-audit-v1".getBytes(StandardCharsets.US_ASCII);
    static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'", Locale.ROOT);

    private AuditChain() {}

    /** One entry as the chain sees it. */
    public record Link(
            long id,
            LocalDateTime atUtc,
            String actor,
            String source,
            String action,
            String objectType,
            String objectId,
            String result,
            String detail,
            String prevHash,
            String entryHash) {}

    /** The outcome of a verification: intact, how many entries were walked, the first broken one's id. */
    public record Verdict(boolean intact, long entries, Long firstBroken) {}

    public static byte[] canonical(Link e) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        out.writeBytes(VERSION);
        field(out, Long.toString(e.id()));
        field(out, e.atUtc() == null ? null : TIME.format(e.atUtc()));
        field(out, e.actor());
        field(out, e.source());
        field(out, e.action());
        field(out, e.objectType());
        field(out, e.objectId());
        field(out, e.result());
        field(out, e.detail());
        return out.toByteArray();
    }

    private static void field(ByteArrayOutputStream out, String value) {
        if (value == null) {
            out.write('-');
            return;
        }
        byte[] b = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
        out.write(':');
        out.writeBytes(b);
    }

    /** the hash of an entry's fields after {@code prevHash} (the entry's own hash fields are not read) */
    public static String hash(String prevHash, Link e) {
        MessageDigest sha = sha256();
        sha.update(Objects.requireNonNull(prevHash).getBytes(StandardCharsets.US_ASCII));
        sha.update(canonical(e));
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The entry chained after {@code prevHash}: the same fields with both hashes set. */
    public static Link chained(String prevHash, Link e) {
        return new Link(
                e.id(),
                e.atUtc(),
                e.actor(),
                e.source(),
                e.action(),
                e.objectType(),
                e.objectId(),
                e.result(),
                e.detail(),
                prevHash,
                hash(prevHash, e));
    }

    /**
     * A text made safe for one line of the trail, reversibly: a backslash becomes {@code \\}, a line feed {@code \n},
     * a carriage return {@code \r}, a tab {@code \t}, and every other character that does not show as itself
     * (control and format characters, line and paragraph separators, lone surrogates: see {@code PlainText}) becomes
     * {@code \}{@code u{…}} with its hexadecimal code point inside the braces. Then cut to {@code max} characters,
     * never inside an escape or a surrogate pair, the cut marked by a final {@code …}.
     */
    public static String neutralise(String text, int max) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(Math.min(text.length() + 8, max));
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            String token = token(cp);
            int room = next < text.length() ? max - 1 : max;
            if (sb.length() + token.length() > room) {
                sb.append('…');
                return sb.toString();
            }
            sb.append(token);
            i = next;
        }
        return sb.toString();
    }

    private static String token(int cp) {
        return switch (cp) {
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> visible(cp) ? new String(Character.toChars(cp)) : String.format(Locale.ROOT, "\\u{%04X}", cp);
        };
    }

    private static boolean visible(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.SURROGATE,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }

    /** The text {@link #neutralise} escaped, with its line breaks back (for readers that show lines). */
    public static String restore(String stored) {
        if (stored == null || stored.indexOf('\\') < 0) {
            return stored;
        }
        StringBuilder sb = new StringBuilder(stored.length());
        for (int i = 0; i < stored.length(); i++) {
            char c = stored.charAt(i);
            if (c != '\\' || i + 1 >= stored.length()) {
                sb.append(c);
                continue;
            }
            char n = stored.charAt(++i);
            switch (n) {
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case '\\' -> sb.append('\\');
                case 'u' -> {
                    int close = stored.indexOf('}', i);
                    if (i + 1 < stored.length() && stored.charAt(i + 1) == '{' && close > i + 2) {
                        try {
                            sb.appendCodePoint(Integer.parseInt(stored.substring(i + 2, close), 16));
                            i = close;
                        } catch (IllegalArgumentException notHex) {
                            sb.append('\\').append(n);
                        }
                    } else {
                        sb.append('\\').append(n);
                    }
                }
                default -> sb.append('\\').append(n);
            }
        }
        return sb.toString();
    }

    /**
     * Walks entries in id order ({@link #accept} each), then compares the end with the head ({@link #verdict}). Keeps
     * only the last hash, so a trail of any length is verified in constant memory.
     */
    public static final class Verifier {
        private String expectedPrev = GENESIS;
        private long entries;
        private Long lastId;
        private Long firstBroken;

        public void accept(Link e) {
            entries++;
            if (firstBroken == null
                    && (e.entryHash() == null
                            || !expectedPrev.equals(e.prevHash())
                            || !hash(e.prevHash(), e).equals(e.entryHash()))) {
                firstBroken = e.id();
            }
            expectedPrev = e.entryHash() == null ? "" : e.entryHash();
            lastId = e.id();
        }

        /**
         * @param headLastId   the head's last id (0 when nothing was chained, null when the head is unset)
         * @param headLastHash the head's last hash
         */
        public Verdict verdict(Long headLastId, String headLastHash) {
            if (firstBroken != null) {
                return new Verdict(false, entries, firstBroken);
            }
            long last = lastId == null ? 0L : lastId;
            if (headLastId == null || headLastId != last || !expectedPrev.equals(headLastHash)) {
                // the last entries are gone (or the head was moved): name the one the head says came last
                return new Verdict(false, entries, headLastId == null ? last : headLastId);
            }
            return new Verdict(true, entries, null);
        }
    }
}
