package org.innocomplex.submission.api;

import java.util.List;
import org.innocomplex.access.api.Violation;

/**
 * What an import did: either every row was saved ({@code saved == rows}), or {@code errors} names every bad row
 * and nothing was saved.
 *
 * @param rows   data rows read (blank lines are not counted)
 * @param errors each at its line ({@link Violation.Location#row(int, String)}: the line number as the spreadsheet or
 *               text editor shows it, the headings being line 1, and the column at fault by its heading, or none when
 *               the refusal is about the whole line)
 */
public record ImportResult(int rows, int saved, List<Violation> errors) implements java.io.Serializable {
    public ImportResult {
        errors = List.copyOf(errors);
    }

    public boolean accepted() {
        return errors.isEmpty();
    }
}
