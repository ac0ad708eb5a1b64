package org.innocomplex.submission.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A file to import as a table: the headings (its first non-blank line) and the data rows, each with the line number
 * the user sees in their spreadsheet or editor. Blank rows are dropped.
 */
public record ImportTable(int headingLine, List<String> headings, List<Row> rows) {

    public record Row(int line, List<String> cells) {
        /** the trimmed cell under that heading's index, null when blank or absent */
        public String cell(int index) {
            if (index < 0 || index >= cells.size()) {
                return null;
            }
            String v = cells.get(index);
            return v == null || v.isBlank() ? null : v.strip();
        }
    }

    /** Column index by heading, the headings matched case-insensitively; blank headings are skipped. */
    public Map<String, Integer> columns() {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < headings.size(); i++) {
            String h = headings.get(i);
            if (h != null && !h.isBlank()) {
                out.putIfAbsent(h.strip().toLowerCase(Locale.ROOT), i);
            }
        }
        return out;
    }

    /** Builds a table from raw lines: the first non-blank one holds the headings. */
    public static ImportTable of(List<Row> lines) {
        List<Row> data = new ArrayList<>();
        Row heading = null;
        for (Row r : lines) {
            boolean blank = r.cells().stream().allMatch(c -> c == null || c.isBlank());
            if (blank) {
                continue;
            }
            if (heading == null) {
                heading = r;
            } else {
                data.add(r);
            }
        }
        return heading == null
                ? new ImportTable(0, List.of(), List.of())
                : new ImportTable(heading.line(), heading.cells(), data);
    }
}
