package org.innocomplex.access.api;

import java.util.List;

/** The input cannot be saved as it is; lists every field at fault so a form can mark them all at once. */
public class ValidationException extends DomainException {
    private final transient List<Violation> violations;

    public ValidationException(List<Violation> violations) {
        this("access.error.invalidInput", violations);
    }

    /**
     * @param key the summary's message key, e.g. {@code submission.error.invalid} for a report; its one argument is
     *            the number of violations
     */
    public ValidationException(String key, List<Violation> violations) {
        super(key, violations.size());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    /** Throws when there is anything to refuse; lets services collect first and refuse once. */
    public static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }
}
