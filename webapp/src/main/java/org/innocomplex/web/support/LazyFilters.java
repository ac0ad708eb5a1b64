package org.innocomplex.web.support;

import java.util.Map;
import java.util.Optional;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Reads what a lazy {@code p:dataTable} asks for (its column filters, global filter and sort) into plain values for
 * the modules' query APIs. A filter's value is what its filter component submitted: a string for our selects.
 */
public final class LazyFilters {
    private LazyFilters() {}

    /** @return the filter's value as trimmed text, or null when the filter is not set */
    public static String text(Map<String, FilterMeta> filters, String field) {
        FilterMeta f = filters == null ? null : filters.get(field);
        Object v = f == null ? null : f.getFilterValue();
        String s = v == null ? null : v.toString().strip();
        return s == null || s.isEmpty() ? null : s;
    }

    /** The table's global filter (its header's {@code globalFilter} input). */
    public static String global(Map<String, FilterMeta> filters) {
        return text(filters, FilterMeta.GLOBAL_FILTER_KEY);
    }

    /** @return the constant named by the filter, or null for "any" or a name that is not one */
    public static <E extends Enum<E>> E enumValue(Map<String, FilterMeta> filters, String field, Class<E> type) {
        String s = text(filters, field);
        if (s == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public static Boolean bool(Map<String, FilterMeta> filters, String field) {
        String s = text(filters, field);
        return s == null ? null : Boolean.valueOf(s);
    }

    /** The first sorted column: its field and whether ascending; empty when the table is unsorted. */
    public static Optional<Map.Entry<String, Boolean>> sort(Map<String, SortMeta> sortBy) {
        if (sortBy == null) {
            return Optional.empty();
        }
        return sortBy.values().stream()
                .filter(s -> s.getOrder() != null && !s.getOrder().isUnsorted())
                .sorted()
                .findFirst()
                .map(s -> Map.entry(s.getField(), s.getOrder() == SortOrder.ASCENDING));
    }
}
