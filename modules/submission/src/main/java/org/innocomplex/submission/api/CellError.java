package org.innocomplex.submission.api;

import java.util.List;

/**
 * One bad cell of an uploaded workbook, named as Excel shows it, so the bureau can find it without counting.
 *
 * @param sheet  the sheet's name
 * @param row    the row number Excel shows (1-based)
 * @param column the column letters Excel shows ({@code A}, {@code AB})
 * @param key    message-bundle key; {@code args} its arguments
 */
public record CellError(String sheet, int row, String column, String key, List<Object> args)
        implements java.io.Serializable {
    public CellError {
        args = List.copyOf(args);
    }

    public CellError(String sheet, int row, String column, String key, Object... args) {
        this(sheet, row, column, key, List.of(args));
    }

    /** {@code 年度报告!C7}: the cell as a formula would name it */
    public String reference() {
        return sheet + "!" + column + row;
    }
}
