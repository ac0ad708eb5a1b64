package org.innocomplex.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as the bureau writes them. Money is stored in 10k yuan (万元): Chinese text says 亿元 from 1 亿 on and
 * 万元 below; English text converts to yuan and says billion/million yuan, as the city's English reports do.
 * Counts: Chinese without separators (4791家), English with thousands separators (4,791).
 */
public final class Figures {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);

    private Figures() {}

    public static boolean chinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }

    /** an amount in 10k yuan */
    public static String money(BigDecimal tenThousandYuan, Locale locale) {
        BigDecimal v = tenThousandYuan == null ? BigDecimal.ZERO : tenThousandYuan;
        if (chinese(locale)) {
            if (v.abs().compareTo(TEN_THOUSAND) >= 0) {
                return plain(v.divide(TEN_THOUSAND, 4, RoundingMode.HALF_UP)) + "亿元";
            }
            return plain(v.setScale(Math.min(Math.max(v.scale(), 0), 4), RoundingMode.HALF_UP)) + "万元";
        }
        BigDecimal yuan = v.multiply(TEN_THOUSAND);
        if (yuan.abs().compareTo(BILLION) >= 0) {
            return grouped(yuan.divide(BILLION, 4, RoundingMode.HALF_UP)) + " billion yuan";
        }
        if (yuan.abs().compareTo(MILLION) >= 0) {
            return grouped(yuan.divide(MILLION, 4, RoundingMode.HALF_UP)) + " million yuan";
        }
        return grouped(yuan.setScale(0, RoundingMode.HALF_UP)) + " yuan";
    }

    /** a count (enterprises, times, items) */
    public static String count(BigDecimal n, Locale locale) {
        BigDecimal v = n == null ? BigDecimal.ZERO : n.setScale(0, RoundingMode.HALF_UP);
        return chinese(locale) ? plain(v) : grouped(v);
    }

    /** a value as a table shows it: Chinese plain, English grouped, trailing zeros dropped */
    public static String number(BigDecimal n, Locale locale) {
        if (n == null) {
            return "";
        }
        return chinese(locale) ? plain(n) : grouped(n);
    }

    private static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    private static String grouped(BigDecimal v) {
        DecimalFormat f = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(v);
    }
}
