package org.innocomplex.submission.domain;

import java.util.Set;

/**
 * The codes of a template's columns that are not indicators. Upload maps columns by these codes (the template's
 * hidden second row), never by position, so a bureau that moves or hides columns loses nothing. The {@code #} keeps
 * them apart from indicator codes, which start with a letter.
 */
public final class WorkbookColumns {
    public static final String COMPLEX_ID = "#complex_id";
    public static final String COMPLEX_NAME = "#complex_name";
    public static final String COUNTY = "#county";
    public static final String STATUS = "#status";
    public static final String NARRATIVE = "#narrative";
    /** when the report was last changed as the template saw it; an upload must not overwrite a later change */
    public static final String STAMP = "#updated_at";

    /** information for the reader, ignored on upload */
    public static final Set<String> INFORMATION = Set.of(COMPLEX_NAME, COUNTY, STATUS);

    /** the name of the workbook property that ties a template to its cycle */
    public static final String CYCLE_PROPERTY = "InnoComplexCycle";

    private WorkbookColumns() {}

    /** Column letters as Excel shows them: 0 is {@code A}, 25 {@code Z}, 26 {@code AA}. */
    public static String letters(int index) {
        StringBuilder sb = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            sb.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return sb.toString();
    }

    /** The inverse of {@link #letters}: {@code A} is 0; -1 for anything that is not column letters. */
    public static int index(String letters) {
        int n = 0;
        for (int i = 0; i < letters.length(); i++) {
            char c = Character.toUpperCase(letters.charAt(i));
            if (c < 'A' || c > 'Z' || n > 1_000_000) {
                return -1;
            }
            n = n * 26 + (c - 'A' + 1);
        }
        return letters.isEmpty() ? -1 : n - 1;
    }
}
