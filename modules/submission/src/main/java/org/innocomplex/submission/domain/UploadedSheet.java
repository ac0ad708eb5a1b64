package org.innocomplex.submission.domain;

import java.util.List;
import java.util.Map;

/**
 * A template sheet of an uploaded workbook as read, with no spreadsheet library's types, so that the checks on it
 * are plain unit tests. Columns are 0-based indexes, rows the numbers Excel shows.
 *
 * @param headerRow    the row of the column titles (the one above the codes), 0 when there is none
 * @param codeRow      the row holding the column codes
 * @param codes        column codes by column
 * @param titles       column titles by column, for naming a column in a message
 * @param rows         the data rows that hold anything, in order
 * @param strayColumns columns without a code that hold data, with the first row they do so in
 */
public record UploadedSheet(
        String name,
        int headerRow,
        int codeRow,
        Map<Integer, String> codes,
        Map<Integer, String> titles,
        List<Row> rows,
        Map<Integer, Integer> strayColumns) {

    public UploadedSheet {
        codes = Map.copyOf(codes);
        titles = Map.copyOf(titles);
        rows = List.copyOf(rows);
        strayColumns = Map.copyOf(strayColumns);
    }

    /** A data row: its non-blank cells by column. */
    public record Row(int number, Map<Integer, Cell> cells) {
        public Row {
            cells = Map.copyOf(cells);
        }
    }

    /**
     * One non-blank cell as the file stores it.
     *
     * @param text for NUMBER the number as written in the file ({@code 1250.5}, {@code 1.2E-3}); for ERROR the
     *             error ({@code #DIV/0!}); for BOOLEAN {@code TRUE}/{@code FALSE}
     */
    public record Cell(Kind kind, String text) {
        public enum Kind {
            NUMBER,
            TEXT,
            BOOLEAN,
            ERROR,
            FORMULA_WITHOUT_VALUE
        }

        public static Cell number(String text) {
            return new Cell(Kind.NUMBER, text);
        }

        public static Cell text(String text) {
            return new Cell(Kind.TEXT, text);
        }
    }
}
