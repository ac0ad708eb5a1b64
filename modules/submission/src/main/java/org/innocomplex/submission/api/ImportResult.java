package org.innocomplex.submission.api;

import java.util.List;

/**
 * What an import did: either every row was saved ({@code saved == rows}), or {@code errors} names every bad row
 * and nothing was saved.
 *
 * @param rows data rows read (blank lines are not counted)
 */
public record ImportResult(int rows, int saved, List<RowError> errors) implements java.io.Serializable {
    public ImportResult {
        errors = List.copyOf(errors);
    }

    public boolean accepted() {
        return errors.isEmpty();
    }

    /**
     * One refusal of one row.
     *
     * @param row    the line number as the spreadsheet or text editor shows it (the headings are line 1)
     * @param column the heading of the column at fault, or null when it is about the whole row
     * @param key    message-bundle key; {@code args} its arguments
     */
    public record RowError(int row, String column, String key, List<Object> args) implements java.io.Serializable {
        public RowError {
            args = List.copyOf(args);
        }

        public RowError(int row, String column, String key, Object... args) {
            this(row, column, key, List.of(args));
        }
    }
}
