package org.innocomplex.submission.api;

import org.innocomplex.access.api.DomainException;

/**
 * An import with bad rows: thrown out of the import's transaction so that nothing of the file stays saved; carries
 * the result naming every bad row.
 */
public class ImportRefusedException extends DomainException {
    private final transient ImportResult result;

    public ImportRefusedException(ImportResult result) {
        super("import.error.refused", result.errors().size());
        this.result = result;
    }

    public ImportResult result() {
        return result;
    }
}
