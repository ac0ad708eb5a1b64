package org.innocomplex.registry.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The audit detail of one write, collected while the entity applies it: one line per field, {@code field: old → new}
 * for an edit and {@code field: value} for a creation. Field names are the input records' component names, so a page
 * can label them in the reader's language; an absent value reads {@value #NONE}.
 */
public final class Changes {
    public static final String NONE = "—";
    public static final String ARROW = " → ";
    /** acc_audit.detail */
    static final int MAX_LENGTH = 4000;

    private final boolean creation;
    private final List<String> lines = new ArrayList<>();

    private Changes(boolean creation) {
        this.creation = creation;
    }

    public static Changes ofCreation() {
        return new Changes(true);
    }

    public static Changes ofEdit() {
        return new Changes(false);
    }

    /** Records the field when its value changes, and returns the new value for the entity to keep. */
    public <T> T set(String field, T old, T now) {
        if (creation) {
            if (now != null && !(now instanceof Collection<?> c && c.isEmpty())) {
                lines.add(field + ": " + show(now));
            }
        } else if (!Objects.equals(old, now)) {
            lines.add(field + ": " + show(old) + ARROW + show(now));
        }
        return now;
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    public String text() {
        String t = String.join("\n", lines);
        return t.length() <= MAX_LENGTH ? t : t.substring(0, MAX_LENGTH - 1) + "…";
    }

    private static String show(Object v) {
        if (v == null) {
            return NONE;
        }
        if (v instanceof Collection<?> c) {
            return c.isEmpty()
                    ? NONE
                    : String.join("; ", c.stream().map(String::valueOf).toList());
        }
        // a value's own line breaks would read as further fields
        return v.toString().replace('\n', ' ');
    }
}
