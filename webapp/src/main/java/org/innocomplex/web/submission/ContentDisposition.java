package org.innocomplex.web.submission;

import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition: attachment} for a stored file name, which is usually Chinese: the name in RFC 6266's
 * {@code filename*=UTF-8''...} (RFC 5987 percent-encoding), which every current browser reads, after an ASCII
 * {@code filename="..."} for clients that do not.
 */
public final class ContentDisposition {
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private ContentDisposition() {}

    public static String attachment(String filename) {
        return "attachment; filename=\"" + asciiFallback(filename) + "\"; filename*=UTF-8''" + encode(filename);
    }

    /** printable ASCII kept, anything else (and the quote and backslash the quoted form cannot hold) as {@code _} */
    static String asciiFallback(String filename) {
        StringBuilder sb = new StringBuilder(filename.length());
        filename.codePoints()
                .forEach(cp -> sb.append(cp >= 0x20 && cp < 0x7f && cp != '"' && cp != '\\' ? (char) cp : '_'));
        return sb.toString();
    }

    /** RFC 5987 {@code value-chars}: attr-chars as they are, every other UTF-8 byte as {@code %XX} */
    static String encode(String filename) {
        StringBuilder sb = new StringBuilder();
        for (byte b : filename.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || ATTR_CHARS.indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return sb.toString();
    }
}
