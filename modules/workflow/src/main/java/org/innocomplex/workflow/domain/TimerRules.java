package org.innocomplex.workflow.domain;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import org.flowable.bpmn.model.TimerEventDefinition;
import org.flowable.common.engine.impl.calendar.CronExpression;
import org.flowable.common.engine.impl.runtime.ClockReader;
import org.innocomplex.workflow.api.ProcessRules;

/**
 * Whether a timer fires at a sane time for an appraisal, read the way Flowable reads it: a {@code timeDate} is an ISO
 * 8601 date (or, starting with {@code P}, a duration from now), a {@code timeDuration} a duration, a
 * {@code timeCycle} either {@code R[n]/[start/]period[/end]} or a cron expression, bounded by
 * {@code flowable:endDate}. Each is held to {@link ProcessRules.Timers}: a date between now and
 * {@code maxSpan} from now; a duration longer than zero and at most {@code maxSpan}; a cycle repeating no more often
 * than {@code minPeriod}, with a bound (a count or an end) of at most {@code maxRepeats} firings.
 *
 * <p>An expression is judged by {@link ExpressionRules} only, as its value is known when the step starts. That is
 * safe for a date or a duration because Flowable fires such a timer once per start of its step and never repeats it
 * (its timer job gets a repeat only for a {@code timeCycle}); what would start the step again without a person is a
 * loop, which {@link FlowGraph} refuses. So a cycle, the one timer that repeats by itself, must be written out: an
 * expression in a {@code timeCycle} or its {@code flowable:endDate} is refused, since nothing could bound its value
 * before it runs. A business calendar ({@code flowable:businessCalendarName}) is refused as well: it would change how
 * the value is read.
 */
final class TimerRules {

    /** Why a timer is refused: a bundle key and its arguments after the element's name. */
    record Refusal(String key, List<String> args) {
        Refusal(String key, String... args) {
            this(key, List.of(args));
        }
    }

    private final ProcessRules.Timers limits;
    private final Clock clock;
    private final DatatypeFactory durations;

    TimerRules(ProcessRules.Timers limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
        try {
            this.durations = DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException("no XML duration parser", e);
        }
    }

    List<Refusal> check(TimerEventDefinition t) {
        List<Refusal> out = new ArrayList<>();
        if (given(t.getCalendarName())) {
            out.add(new Refusal("workflow.validation.timerCalendar", t.getCalendarName()));
        }
        if (!given(t.getTimeDate()) && !given(t.getTimeDuration()) && !given(t.getTimeCycle())) {
            out.add(new Refusal("workflow.validation.timerMissing"));
            return out;
        }
        Instant now = clock.instant();
        // Flowable's order; the BPMN schema allows only one of them anyway
        if (given(t.getTimeDate())) {
            String v = t.getTimeDate().strip();
            if (!ExpressionRules.hasExpression(v)) {
                if (v.startsWith("P")) {
                    duration(v, now, out);
                } else {
                    date(v, now, out);
                }
            }
        } else if (given(t.getTimeCycle())) {
            cycle(t.getTimeCycle().strip(), t.getEndDate(), now, out);
        } else {
            String v = t.getTimeDuration().strip();
            if (!ExpressionRules.hasExpression(v)) {
                duration(v, now, out);
            }
        }
        return out;
    }

    private void duration(String v, Instant now, List<Refusal> out) {
        Optional<Long> ms = millis(v, now);
        if (ms.isEmpty()) {
            out.add(syntax(v));
        } else if (ms.get() <= 0 || ms.get() > limits.maxSpan().toMillis()) {
            out.add(new Refusal("workflow.validation.timerDuration", v, days(limits.maxSpan())));
        }
    }

    private Optional<Instant> date(String v, Instant now, List<Refusal> out) {
        Optional<Instant> d = parseDate(v);
        if (d.isEmpty()) {
            out.add(syntax(v));
        } else if (d.get().isBefore(now) || d.get().isAfter(now.plus(limits.maxSpan()))) {
            out.add(new Refusal("workflow.validation.timerDateRange", v, day(now), day(now.plus(limits.maxSpan()))));
            return Optional.empty();
        }
        return d;
    }

    private void cycle(String v, String endDate, Instant now, List<Refusal> out) {
        String end = given(endDate) ? endDate.strip() : null;
        if (ExpressionRules.hasExpression(v) || end != null && ExpressionRules.hasExpression(end)) {
            out.add(new Refusal("workflow.validation.timerCycleExpression", end == null ? v : v + " / " + end));
            return;
        }
        Instant bound = null;
        if (end != null) {
            int before = out.size();
            bound = date(end, now, out).orElse(null);
            if (out.size() > before) {
                return;
            }
        }
        if (v.startsWith("R")) {
            iso(v, bound, now, out);
        } else {
            cron(v, bound, now, out);
        }
    }

    /** {@code R[n]/period}, {@code R[n]/period/end}, {@code R[n]/start/period} or {@code R[n]/start/end} */
    private void iso(String v, Instant endDate, Instant now, List<Refusal> out) {
        String[] parts = v.split("/", -1);
        if (parts.length < 2 || parts.length > 3) {
            out.add(syntax(v));
            return;
        }
        Long count = null;
        if (parts[0].length() > 1) {
            try {
                count = Long.parseLong(parts[0].substring(1));
            } catch (NumberFormatException e) {
                out.add(syntax(v));
                return;
            }
            if (count < 1) {
                out.add(syntax(v));
                return;
            }
        }
        Instant start = null;
        Instant end = null;
        String period;
        int before = out.size();
        if (parts[1].startsWith("P")) {
            period = parts[1];
            if (parts.length == 3) {
                end = date(parts[2], now, out).orElse(null);
            }
        } else {
            if (parts.length != 3) {
                out.add(syntax(v));
                return;
            }
            start = date(parts[1], now, out).orElse(null);
            if (parts[2].startsWith("P")) {
                period = parts[2];
            } else {
                end = date(parts[2], now, out).orElse(null);
                period = start == null || end == null
                        ? null
                        : Duration.between(start, end).toString();
            }
        }
        if (out.size() > before || period == null) {
            return;
        }
        Instant from = start == null ? now : start;
        Optional<Long> ms = millis(period, from);
        if (ms.isEmpty()) {
            out.add(syntax(v));
            return;
        }
        if (ms.get() <= 0 || ms.get() > limits.maxSpan().toMillis()) {
            out.add(new Refusal("workflow.validation.timerDuration", period, days(limits.maxSpan())));
            return;
        }
        if (ms.get() < limits.minPeriod().toMillis()) {
            out.add(new Refusal(
                    "workflow.validation.timerTooOften",
                    v,
                    period,
                    limits.minPeriod().toString()));
        }
        Instant last = end == null ? endDate : endDate == null ? end : earlier(end, endDate);
        if (count == null && last == null) {
            out.add(new Refusal("workflow.validation.timerUnbounded", v));
            return;
        }
        long firings = count == null ? Long.MAX_VALUE : count;
        if (last != null) {
            firings = Math.min(firings, Math.max(0, (last.toEpochMilli() - from.toEpochMilli()) / ms.get()) + 1);
        }
        if (firings > limits.maxRepeats()) {
            out.add(new Refusal(
                    "workflow.validation.timerTooMany",
                    v,
                    String.valueOf(firings),
                    String.valueOf(limits.maxRepeats())));
        }
    }

    /**
     * A cron expression repeats until its end date, {@code flowable:endDate} (a year in the expression does not count:
     * Flowable's parser cannot tell the last firing): its firings from now to then are counted, and the closest two
     * measured, up to one more than {@code maxRepeats}.
     */
    private void cron(String v, Instant endDate, Instant now, List<Refusal> out) {
        CronExpression cron;
        try {
            cron = new CronExpression(v, new Reader(clock));
        } catch (ParseException | RuntimeException e) {
            out.add(syntax(v));
            return;
        }
        if (endDate == null) {
            out.add(new Refusal("workflow.validation.timerUnbounded", v));
            return;
        }
        Date last = Date.from(endDate);
        long firings = 0;
        long closest = Long.MAX_VALUE;
        Date previous = null;
        for (Date t = cron.getTimeAfter(Date.from(now));
                t != null && !t.after(last) && firings <= limits.maxRepeats();
                t = cron.getTimeAfter(t)) {
            firings++;
            if (previous != null) {
                closest = Math.min(closest, t.getTime() - previous.getTime());
            }
            previous = t;
        }
        if (firings == 0) {
            out.add(new Refusal("workflow.validation.timerNever", v));
        } else if (closest < limits.minPeriod().toMillis()) {
            out.add(new Refusal(
                    "workflow.validation.timerTooOften",
                    v,
                    Duration.ofMillis(closest).toString(),
                    limits.minPeriod().toString()));
        } else if (firings > limits.maxRepeats()) {
            out.add(new Refusal(
                    "workflow.validation.timerTooMany",
                    v,
                    "> " + limits.maxRepeats(),
                    String.valueOf(limits.maxRepeats())));
        }
    }

    /** An ISO 8601 duration (years and months as the calendar has them from {@code from}), in milliseconds. */
    private Optional<Long> millis(String v, Instant from) {
        try {
            return Optional.of(durations.newDuration(v).getTimeInMillis(Date.from(from)));
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /** An ISO 8601 date, time and zone; a date alone or one without a zone is read in the server's zone. */
    static Optional<Instant> parseDate(String v) {
        try {
            TemporalAccessor t = DateTimeFormatter.ISO_DATE_TIME.parseBest(
                    v, ZonedDateTime::from, OffsetDateTime::from, LocalDateTime::from);
            if (t instanceof ZonedDateTime z) {
                return Optional.of(z.toInstant());
            }
            if (t instanceof OffsetDateTime o) {
                return Optional.of(o.toInstant());
            }
            return Optional.of(
                    ((LocalDateTime) t).atZone(ZoneId.systemDefault()).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(
                        LocalDate.parse(v).atStartOfDay(ZoneId.systemDefault()).toInstant());
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Refusal syntax(String v) {
        return new Refusal("workflow.validation.timerSyntax", v);
    }

    private static boolean given(String s) {
        return s != null && !s.isBlank();
    }

    private static String day(Instant i) {
        return LocalDate.ofInstant(i, ZoneOffset.UTC).toString();
    }

    private static String days(Duration d) {
        return String.valueOf(d.toDays());
    }

    /** Flowable's cron parser asks a clock for its time zone. */
    private record Reader(Clock clock) implements ClockReader {
        @Override
        public Date getCurrentTime() {
            return Date.from(clock.instant());
        }

        @Override
        public Calendar getCurrentCalendar() {
            return getCurrentCalendar(getCurrentTimeZone());
        }

        @Override
        public Calendar getCurrentCalendar(TimeZone zone) {
            Calendar c = Calendar.getInstance(zone);
            c.setTime(getCurrentTime());
            return c;
        }

        @Override
        public TimeZone getCurrentTimeZone() {
            return TimeZone.getTimeZone(clock.getZone());
        }
    }
}
