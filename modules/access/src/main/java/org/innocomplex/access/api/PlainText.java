package org.innocomplex.access.api;

import java.util.Locale;
import java.util.Optional;

/**
 * The one rule for which characters a text a person typed may carry: what the screens, the PDFs, the Excel files and
 * the logs show as it was typed. Out are control characters (NUL, BEL, escape sequences...), format characters (the
 * bidirectional overrides and isolates such as U+202E, which make {@code exe.pdf} read as {@code fdp.exe} or a name
 * read backwards, zero-width characters that make two names look alike), lone surrogates, private-use and unassigned
 * code points, and the Unicode line and paragraph separators. A multi-line text (a narrative, a comment) may also
 * carry line breaks and tabs.
 *
 * <p>It lives in the access module's api because it is the lowest module every other depends on: the registry
 * refuses such names with it, the submission module refuses them in imported files and reports and strips them
 * from evidence file names with it, and the web layer cleans log lines with it. Refusing rather than silently
 * stripping keeps what is stored equal to what the user sees they entered.
 */
public final class PlainText {
    /** the message-bundle key of the refusal; its argument names the character, e.g. {@code U+202E} */
    public static final String REFUSAL = "access.text.error.invisibleCharacter";

    private PlainText() {}

    /** Whether a code point shows as itself in one line of text. */
    public static boolean isVisible(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.SURROGATE,
                    Character.PRIVATE_USE,
                    Character.UNASSIGNED,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }

    /**
     * The first character a text may not carry.
     *
     * @param multiLine whether line breaks ({@code \n}, {@code \r}) and tabs are allowed
     * @return empty when the text is acceptable (null is)
     */
    public static Optional<Integer> firstForbidden(String text, boolean multiLine) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!isVisible(cp) && !(multiLine && (cp == '\n' || cp == '\r' || cp == '\t'))) {
                return Optional.of(cp);
            }
        }
        return Optional.empty();
    }

    /** A refusal of the field when its text carries a forbidden character, naming the character. */
    public static Optional<Violation> check(String field, String text, boolean multiLine) {
        return firstForbidden(text, multiLine).map(cp -> new Violation(field, REFUSAL, codePoint(cp)));
    }

    /** {@code U+202E}: how a refusal names an invisible character */
    public static String codePoint(int cp) {
        return String.format(Locale.ROOT, "U+%04X", cp);
    }

    /**
     * The text made safe for one log line: every character {@link #isVisible not visible} (line breaks included, so
     * a caller cannot forge log lines) becomes {@code ?}, and it is cut to {@code max} characters.
     */
    public static String forLog(String text, int max) {
        if (text == null) {
            return "-";
        }
        StringBuilder sb = new StringBuilder(Math.min(text.length(), max));
        for (int i = 0; i < text.length() && sb.length() < max; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isVisible(cp)) {
                sb.appendCodePoint(cp);
            } else {
                sb.append('?');
            }
        }
        return sb.length() < text.length() && sb.length() >= max ? sb + "…" : sb.toString();
    }
}
