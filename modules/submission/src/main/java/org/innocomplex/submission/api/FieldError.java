package org.innocomplex.submission.api;

import java.util.List;

/**
 * One refusal tied to one field of the report form.
 *
 * @param field an indicator code, or {@code narrative}
 * @param key   message-bundle key
 */
public record FieldError(String field, String key, List<Object> args) implements java.io.Serializable {
    public FieldError(String field, String key, Object... args) {
        this(field, key, List.of(args));
    }
}
