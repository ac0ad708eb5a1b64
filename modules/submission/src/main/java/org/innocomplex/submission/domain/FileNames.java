package org.innocomplex.submission.domain;

import java.text.Normalizer;
import java.util.Locale;
import org.innocomplex.access.api.PlainText;

/**
 * Original file names as browsers send them, made safe to store and to offer for download again: the last path
 * segment only (old browsers send {@code C:\Users\...\x.pdf}), no control or bidirectional-formatting characters
 * (a right-to-left override can make {@code exe.pdf} read as {@code fdp.exe}), one space for any run of white space,
 * and no trailing dots or spaces (Windows drops them, which would change the extension that is checked). Which
 * characters are visible is {@link PlainText}'s rule, the same by which names typed into the registry are refused: a
 * file name is stripped instead because the user cannot easily rename a file from the browser.
 */
public final class FileNames {
    /** code points; the column holds 255, and the length of a UTF-8 download header stays sane */
    static final int MAX_LENGTH = 200;
    /** an extension longer than this is not kept whole when a long name is shortened */
    private static final int MAX_KEPT_EXTENSION = 10;

    private FileNames() {}

    /** @return the safe name; empty when nothing usable is left */
    public static String sanitise(String original) {
        if (original == null) {
            return "";
        }
        String name = original;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        if (slash >= 0) {
            name = name.substring(slash + 1);
        }
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = true;
                continue;
            }
            if (!PlainText.isVisible(cp)) {
                continue;
            }
            if (space && !sb.isEmpty()) {
                sb.append(' ');
            }
            space = false;
            sb.appendCodePoint(cp);
        }
        String clean = stripTrailingDotsAndSpaces(sb.toString());
        return clean.equals(".") || clean.equals("..") ? "" : shorten(clean);
    }

    private static String stripTrailingDotsAndSpaces(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == ' ')) {
            end--;
        }
        return s.substring(0, end);
    }

    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        String ext = extension(name);
        String suffix = ext.isEmpty() || ext.length() > MAX_KEPT_EXTENSION
                ? ""
                : "." + name.substring(name.length() - ext.length());
        String base = name.substring(0, name.length() - suffix.length());
        int keep = MAX_LENGTH - suffix.codePointCount(0, suffix.length());
        return base.substring(0, base.offsetByCodePoints(0, keep)) + suffix;
    }

    /** @return the extension in lower case without the dot; empty when the name has none (or is only one) */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1
                ? ""
                : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
