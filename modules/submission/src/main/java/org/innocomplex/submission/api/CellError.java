package org.innocomplex.submission.api;

import java.util.List;

/**
 * One bad cell of an uploaded workbook, named as Excel shows it, so the bureau can find it without counting.
 *
 * @param sheet  the sheet's name
 * @param row    the row number Excel shows (1-based)
 * @param column  the column letters Excel shows ({@code A}, {@code AB})
 * @param heading the column's title in the sheet's header row, so the reader need not look it up; null if none
 * @param key     message-bundle key; {@code args} its arguments
 */
public record CellError(String sheet, int row, String column, String heading, String key, List<Object> args)
        implements java.io.Serializable {
    public CellError {
        args = List.copyOf(args);
    }

    public CellError(String sheet, int row, String column, String heading, String key, Object... args) {
        this(sheet, row, column, heading, key, List.of(args));
    }

    /** {@code 年度报告!C7}: the cell as a formula would name it */
    public String reference() {
        return sheet + "!" + column + row;
    }
}
