package org.innocomplex.submission.api;

import org.innocomplex.access.api.ValidationException;

/**
 * An import with bad rows: thrown out of the import's transaction so that nothing of the file stays saved; carries
 * the result naming every bad row. Its violations are the result's errors, so a page or the API shows it as any
 * other refusal of an input.
 */
public class ImportRefusedException extends ValidationException {
    private final transient ImportResult result;

    public ImportRefusedException(ImportResult result) {
        super("submission.import.error.refused", result.errors());
        this.result = result;
    }

    public ImportResult result() {
        return result;
    }
}
