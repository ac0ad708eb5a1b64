package org.innocomplex.web.it;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * What the server logs while a test sends requests, caught by a {@code java.util.logging} handler on the root
 * logger of the server the test runs in (Payara Micro's own log goes to its console, which the test run discards).
 * Only records of the HTTP worker threads count, and not those of the test's own thread (it is one of them: the
 * in-container test runs inside Arquillian's request): the engine's job threads log on their own schedule.
 */
final class ServerLog implements AutoCloseable {
    /** one record as it would appear in the log: its text with its arguments, and whether it carried a stack */
    record Line(String logger, Level level, String text, Throwable thrown) {}

    private final Logger root = Logger.getLogger("");
    private final Thread testThread = Thread.currentThread();
    private final List<Line> lines = new ArrayList<>();
    private final Handler handler = new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord r) {
            Thread t = Thread.currentThread();
            if (t != testThread
                    && t.getName().startsWith("http-thread-pool")
                    && r.getLevel().intValue() >= Level.INFO.intValue()) {
                synchronized (lines) {
                    lines.add(new Line(r.getLoggerName(), r.getLevel(), formatter.formatMessage(r), r.getThrown()));
                }
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    ServerLog() {
        handler.setLevel(Level.INFO);
        root.addHandler(handler);
    }

    /** the lines logged so far, and forgets them */
    List<Line> take() {
        synchronized (lines) {
            List<Line> copy = List.copyOf(lines);
            lines.clear();
            return copy;
        }
    }

    @Override
    public void close() {
        root.removeHandler(handler);
    }
}
