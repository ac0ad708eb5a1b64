package org.innocomplex.access.api;

import java.util.List;

/**
 * One refusal tied to one input of a form, so the page can show it next to that input.
 *
 * @param field the name of the input (the record component it came from, e.g. {@code nameZh})
 * @param key   message-bundle key
 */
public record Violation(String field, String key, List<Object> args) implements java.io.Serializable {
    public Violation(String field, String key, Object... args) {
        this(field, key, List.of(args));
    }
}
