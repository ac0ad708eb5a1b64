package org.innocomplex.web.reporting;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.innocomplex.registry.api.Level;
import org.innocomplex.reporting.api.Drill;
import org.innocomplex.web.errors.RequestParams;

/**
 * The reporting pages' request parameters. An absent one takes its default (the menu links carry none); one that is
 * present but malformed is refused with a 400 naming it ({@link RequestParams#refused}), rather than silently
 * showing other figures than the address asked for.
 */
final class Params {

    /** what the charts can show (the reporting module's trend query reads these) */
    static final List<String> CHART_INDICATORS =
            List.of("cluster_output_value", "construction_investment", "cluster_rd_investment");

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\d{4}");
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[0-9A-Za-z_]{1,64}");

    private Params() {}

    static int year(String p, int fallback) {
        return blank(p) ? fallback : Integer.parseInt(matching(p, YEAR, "year"));
    }

    static Level level(String p) {
        return blank(p) ? null : choice(Level.class, p, "level");
    }

    /** a county code or a drill-down's value; empty when absent */
    static String code(String p, String name) {
        return blank(p) ? "" : matching(p, CODE, name);
    }

    static Drill.Kind kind(String p) {
        return blank(p) ? Drill.Kind.ALL : choice(Drill.Kind.class, p, "kind");
    }

    /** {@code approved}: true unless "false" */
    static boolean approved(String p) {
        if (blank(p) || "true".equals(p)) {
            return true;
        }
        if ("false".equals(p)) {
            return false;
        }
        throw RequestParams.refused("approved");
    }

    /** a drill-down's value: a year for {@code kind=YEAR}, a code otherwise */
    static String value(Drill.Kind kind, String p) {
        if (blank(p)) {
            return "";
        }
        return matching(p, kind == Drill.Kind.YEAR ? YEAR : CODE, "value");
    }

    private static boolean blank(String p) {
        return p == null || p.isBlank();
    }

    private static String matching(String p, java.util.regex.Pattern pattern, String name) {
        if (!pattern.matcher(p).matches()) {
            throw RequestParams.refused(name);
        }
        return p;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String p, String name) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(p)) {
                return e;
            }
        }
        throw RequestParams.refused(name);
    }

    /** a figure on the page: Chinese without separators, English with them */
    static String number(BigDecimal n, boolean chinese) {
        if (n == null) {
            return "";
        }
        if (chinese) {
            BigDecimal s = n.stripTrailingZeros();
            return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
        }
        return new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(n);
    }
}
