package org.innocomplex.submission.api;

import java.util.List;
import org.innocomplex.access.api.DomainException;

/** A report cannot be submitted as it is; lists every field at fault so the form can mark them all at once. */
public class ReportValidationException extends DomainException {
    private final transient List<FieldError> errors;

    public ReportValidationException(List<FieldError> errors) {
        super("submission.error.invalid", errors.size());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
