package org.innocomplex.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Formatting for views: times are stored in UTC and shown in the bureau's zone (BureauTime). */
@Named("fmt")
@ApplicationScoped
public class Formats {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    ZoneId zone;

    public String dateTime(Instant at) {
        return at == null ? "" : DATE_TIME.format(at.atZone(zone));
    }

    @Inject
    StepNames stepNames;

    /**
     * A step's name in the user's language: the bundle's {@code workflow.step.<key>} for the product's own steps,
     * else the process's names (see {@link StepNames#label}).
     */
    public String step(String key, String bpmnName) {
        jakarta.faces.context.FacesContext fc = jakarta.faces.context.FacesContext.getCurrentInstance();
        java.util.ResourceBundle bundle = fc.getApplication().getResourceBundle(fc, "msg");
        String k = "workflow.step." + key;
        if (key != null && bundle.containsKey(k)) {
            return bundle.getString(k);
        }
        boolean english = "en"
                .equals(
                        fc.getViewRoot() == null
                                ? null
                                : fc.getViewRoot().getLocale().getLanguage());
        return StepNames.label(key == null ? null : stepNames.of(key), bpmnName, key, english);
    }

    public String time(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofPattern("HH:mm:ss").format(at.atZone(zone));
    }

    /** A signed percentage, {@code +12.5%}; empty when there is none. */
    public String percent(BigDecimal p) {
        if (p == null) {
            return "";
        }
        return (p.signum() > 0 ? "+" : "") + p.stripTrailingZeros().toPlainString() + "%";
    }

    /** a file size as people read it: {@code 980 B}, {@code 12.5 KB}, {@code 20 MB} */
    public String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        boolean kb = n < 1024 * 1024;
        BigDecimal v = BigDecimal.valueOf(n)
                .divide(BigDecimal.valueOf(kb ? 1024 : 1024 * 1024), 1, java.math.RoundingMode.HALF_UP);
        return v.stripTrailingZeros().toPlainString() + (kb ? " KB" : " MB");
    }

    public String number(BigDecimal n) {
        return n == null ? "" : n.stripTrailingZeros().toPlainString();
    }
}
