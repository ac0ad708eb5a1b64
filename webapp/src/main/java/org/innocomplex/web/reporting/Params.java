package org.innocomplex.web.reporting;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.innocomplex.registry.api.Level;
import org.innocomplex.reporting.api.Drill;

/** The reporting pages' request parameters, read defensively: anything malformed falls back to the default. */
final class Params {

    /** what the charts can show (the reporting module's trend query reads these) */
    static final List<String> CHART_INDICATORS =
            List.of("cluster_output_value", "construction_investment", "cluster_rd_investment");

    private Params() {
    }

    static int year(String p, int fallback) {
        return p != null && p.matches("\\d{4}") ? Integer.parseInt(p) : fallback;
    }

    static Level level(String p) {
        for (Level l : Level.values()) {
            if (l.name().equals(p)) {
                return l;
            }
        }
        return null;
    }

    static String code(String p) {
        return p != null && p.matches("[0-9A-Za-z_]{1,64}") ? p : "";
    }

    static Drill.Kind kind(String p) {
        for (Drill.Kind k : Drill.Kind.values()) {
            if (k.name().equals(p)) {
                return k;
            }
        }
        return Drill.Kind.ALL;
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
