package org.innocomplex.access.api;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One refusal, for every kind of input the product takes: a form's field, a cell of an uploaded workbook, a line of
 * an imported file, an element of a BPMN diagram. Each reader sees it in their own language: {@code key} is a
 * message-bundle key and {@code args} its arguments; {@code location} says where it points, so a page can show it
 * beside the input, a list can name the cell or row, and the API can return it as JSON.
 *
 * @param location where the refusal points, or null when it is about the input as a whole (a file too large, a form
 *                 that may not be sent now)
 * @param key      message-bundle key
 */
public record Violation(Location location, String key, List<Object> args) implements Serializable {

    public Violation {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    /** A refusal of one input of a form; a null field refuses the form as a whole. */
    public Violation(String field, String key, Object... args) {
        this(field == null ? null : Location.field(field), key, List.of(args));
    }

    /**
     * The same with the arguments already in a list (another refusal's, say). Without it such a call would pick the
     * varargs constructor and wrap the list into one argument.
     */
    public Violation(String field, String key, List<?> args) {
        this(field == null ? null : Location.field(field), key, List.<Object>copyOf(args));
    }

    /** A refusal at a location other than a form's field: a cell, an imported line, a diagram's element. */
    public static Violation at(Location location, String key, Object... args) {
        return new Violation(location, key, List.of(args));
    }

    /** The form's input (or the imported file's column named by a field code) it is about, or null. */
    public String field() {
        return location == null ? null : location.field();
    }

    /** The same refusal pointing elsewhere: a page that shows a service's field under another input. */
    public Violation relocated(Location to) {
        return new Violation(to, key, args);
    }

    /**
     * Where a refusal points. Build one with its factories; the components a kind of location does not have are
     * null.
     *
     * @param field   a form's input or an imported file's column, by its field code ({@code nameZh},
     *                {@code countyCode}, an indicator code)
     * @param sheet   a workbook's sheet, by its name
     * @param row     the row or line number as the spreadsheet or text editor shows it (1-based)
     * @param column  a workbook's column letters as Excel shows them ({@code A}, {@code AB})
     * @param heading the title of that column in the sheet's header row, so a reader need not look it up
     * @param element a BPMN element's id
     */
    public record Location(String field, String sheet, Integer row, String column, String heading, String element)
            implements Serializable {

        public Location {
            if (Stream.of(field, sheet, row, column, element).allMatch(Objects::isNull)) {
                throw new IllegalArgumentException(
                        "a location points somewhere; a refusal of the whole input has " + "no location");
            }
            if (row != null && row < 1) {
                throw new IllegalArgumentException("rows are counted from 1: " + row);
            }
            if (column != null && (sheet == null || row == null)) {
                throw new IllegalArgumentException("a column letter names a cell only with its sheet and row");
            }
        }

        /** a form's input */
        public static Location field(String name) {
            return new Location(Objects.requireNonNull(name, "name"), null, null, null, null, null);
        }

        /** a workbook's cell, as Excel names it: sheet, row number, column letters */
        public static Location cell(String sheet, int row, String column) {
            return cell(sheet, row, column, null);
        }

        /** @param heading the column's title in the header row, or null when it has none */
        public static Location cell(String sheet, int row, String column, String heading) {
            return new Location(
                    null,
                    Objects.requireNonNull(sheet, "sheet"),
                    row,
                    Objects.requireNonNull(column, "column"),
                    heading,
                    null);
        }

        /** a whole line of an imported file */
        public static Location row(int row) {
            return new Location(null, null, row, null, null, null);
        }

        /** one column of a line of an imported file, by the field code its heading is; a null field is the line */
        public static Location row(int row, String field) {
            return new Location(field, null, row, null, null, null);
        }

        /** an element of a BPMN diagram, by its id */
        public static Location element(String id) {
            return new Location(null, null, null, null, null, Objects.requireNonNull(id, "id"));
        }

        /** {@code 年度报告!C7}: a cell as a formula names it; null for any other location */
        public String reference() {
            return column == null ? null : sheet + "!" + column + row;
        }
    }
}
