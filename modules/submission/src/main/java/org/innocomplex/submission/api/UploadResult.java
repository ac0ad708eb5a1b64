package org.innocomplex.submission.api;

import java.util.List;
import org.innocomplex.access.api.Violation;

/**
 * What an upload did: either every row was accepted and {@code updated} reports were saved as drafts, or
 * {@code errors} lists every bad cell and nothing was saved.
 *
 * @param rows    data rows read (blank rows are not counted)
 * @param updated reports whose draft changed; rows equal to the report as it is are not saved again
 * @param errors  each at its cell ({@link Violation.Location#cell}), named as Excel shows it, so the bureau can find
 *                it without counting
 */
public record UploadResult(int rows, int updated, List<Violation> errors) implements java.io.Serializable {
    public UploadResult {
        errors = List.copyOf(errors);
    }

    public boolean accepted() {
        return errors.isEmpty();
    }
}
