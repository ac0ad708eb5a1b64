package org.innocomplex.appraisal.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The steps' deadlines as the process wants them. A cycle's dates are days: a step is due at the last second of
 * its day in the city's time zone, and its people are reminded a fixed number of days before.
 */
public final class Deadlines {
    private Deadlines() {}

    /** The last second of the day in the city's zone, as an instant (stored and compared in UTC). */
    public static Instant endOfDay(LocalDate day, ZoneId city) {
        return day.atTime(LocalTime.of(23, 59, 59)).atZone(city).toInstant();
    }

    /**
     * The process start variables for the cycle's dates: {@code <prefix>Due} and {@code <prefix>RemindAt} for
     * each date present (absent dates leave the step without a due date and its timers idle).
     *
     * @param datesByPrefix {@code report}, {@code county}, {@code municipal}, {@code expert}, {@code decision}
     *                      → the cycle's date, null where it has none
     */
    public static Map<String, Object> variables(Map<String, LocalDate> datesByPrefix, int remindDays, ZoneId city) {
        if (remindDays < 0) {
            throw new IllegalArgumentException("remind days must not be negative: " + remindDays);
        }
        Map<String, Object> vars = new LinkedHashMap<>();
        datesByPrefix.forEach((prefix, day) -> {
            if (day != null) {
                Instant due = endOfDay(day, city);
                // Flowable keeps java.util.Date natively; timers and task due dates read it as is
                vars.put(prefix + "Due", Date.from(due));
                vars.put(prefix + "RemindAt", Date.from(due.minus(Duration.ofDays(remindDays))));
            }
        });
        return vars;
    }
}
