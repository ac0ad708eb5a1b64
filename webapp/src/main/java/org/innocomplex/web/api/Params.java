package org.innocomplex.web.api;

import java.util.Locale;
import org.innocomplex.access.api.ValidationException;
import org.innocomplex.access.api.Violation;

/**
 * Query parameters read by hand: JAX-RS answers a bad enum or number in a query parameter with a bare 404, which
 * tells the caller nothing; here it is a 422 naming the parameter and what it accepts.
 */
final class Params {
    private Params() {}

    static <E extends Enum<E>> E enumOf(Class<E> type, String value, String param) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            StringBuilder allowed = new StringBuilder();
            for (E c : type.getEnumConstants()) {
                allowed.append(allowed.length() == 0 ? "" : ", ").append(c.name());
            }
            throw new ValidationException(java.util.List.of(
                    new Violation(param, "api.error.badParameter", param, value, allowed.toString())));
        }
    }

    /** Page size: at least 1, at most {@code limit}, {@code fallback} when not given. */
    static int max(Integer max, int fallback, int limit) {
        return max == null ? fallback : Math.max(1, Math.min(max, limit));
    }

    static int first(Integer first) {
        return first == null ? 0 : Math.max(0, first);
    }
}
