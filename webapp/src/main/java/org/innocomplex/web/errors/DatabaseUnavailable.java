package org.innocomplex.web.errors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.innocomplex.access.api.PlainText;
import org.innocomplex.web.api.ApiTexts;
import org.innocomplex.web.api.Problem;

/**
 * The database cannot be reached: the one failure that is neither the caller's nor a defect, and that passes by
 * itself. A request that meets it is answered at once with 503 and {@code Retry-After} (an API call with a problem
 * document, a page with a translated page that needs neither the database nor the page templates), never with an
 * empty 500 after a wait; the log gets one line per request, no stack trace (an outage would otherwise write one
 * for every request). Nothing of such a request was saved: every request's writes are one JTA transaction, which
 * the failure rolls back.
 *
 * <p>Recognised by the SQL state in the exception's causes: class {@code 08} (connection exception: cannot connect,
 * connection lost, connection closed) and PostgreSQL's {@code 57P01}-{@code 57P03} (the server is shutting down,
 * crashed, or is not accepting connections yet), H2's "connection broken" and "database closed", and the connection
 * pool's failure to hand out a connection.
 */
public final class DatabaseUnavailable {
    private static final Logger LOG = Logger.getLogger(DatabaseUnavailable.class.getName());

    /** the problem code and the texts' key prefix */
    public static final String CODE = "error.unavailable";
    /** what a client is asked to wait before trying again; readiness usually returns within seconds */
    public static final int RETRY_AFTER_SECONDS = 5;

    /** PostgreSQL's operator intervention states that mean "no server now"; H2's broken connection, closed DB */
    static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "90067", "90098", "90121");

    private DatabaseUnavailable() {}

    /** whether {@code thrown} or one of its causes says that the database cannot be reached */
    public static boolean is(Throwable thrown) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = thrown; t != null && seen.put(t, Boolean.TRUE) == null; t = cause(t)) {
            if (poolFailure(t)) {
                return true;
            }
            if (t instanceof SQLException sql) {
                for (SQLException s = sql;
                        s != null && (s == sql || seen.put(s, Boolean.TRUE) == null);
                        s = s.getNextException()) {
                    String state = s.getSQLState();
                    if (state != null && (state.startsWith("08") || STATES.contains(state))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static Throwable cause(Throwable t) {
        return t.getCause();
    }

    /**
     * the connection pool could not hand out a connection (it could not create one, or all were taken for longer
     * than its maximum wait): temporary as well, whatever the driver said
     */
    private static boolean poolFailure(Throwable t) {
        String name = t.getClass().getName();
        return name.equals("jakarta.resource.spi.ResourceAllocationException")
                || name.equals("com.sun.appserv.connectors.internal.api.PoolingException");
    }

    /** one log line for a request the outage refused */
    public static void log(String method, String path, Throwable thrown) {
        LOG.warning(() -> "database unavailable: 503 " + PlainText.forLog(method, 10) + " "
                + PlainText.forLog(path, 200) + " (" + PlainText.forLog(rootText(thrown), 200) + ")");
    }

    private static String rootText(Throwable thrown) {
        Throwable t = thrown;
        for (int i = 0; i < 20 && t.getCause() != null && t.getCause() != t; i++) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    /**
     * Answers a page request with the translated "temporarily unavailable" page, unless part of a response has gone
     * out already (then nothing better can be sent).
     *
     * @return whether it answered
     */
    public static boolean answerPage(HttpServletRequest request, HttpServletResponse response, Locale locale)
            throws IOException {
        if (response.isCommitted()) {
            return false;
        }
        // the buffer only: the security headers set before stay
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding("UTF-8");
        ApiTexts texts = ApiTexts.of(locale);
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // a page's AJAX request: its script shows the message above the page (resources/js/page-errors.js)
            response.setContentType("text/xml");
            response.getWriter()
                    .write(PageExceptionHandler.partialError(
                            texts.text("error.ajax", texts.text(CODE + ".title"), texts.text(CODE + ".text"))));
        } else {
            response.setContentType("text/html");
            response.getWriter().write(page(texts, retryTarget(request)));
        }
        response.flushBuffer();
        return true;
    }

    /**
     * Answers an API call with a 503 problem document in the language the caller asks for.
     *
     * @return whether it answered
     */
    public static boolean answerProblem(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (response.isCommitted()) {
            return false;
        }
        ApiTexts texts = ApiTexts.forHeader(request.getHeader("Accept-Language"));
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Language", texts.locale().toLanguageTag());
        response.getWriter()
                .write(problem(texts, request.getRequestURI()).toJson(texts).toString());
        response.flushBuffer();
        return true;
    }

    public static Problem problem(ApiTexts texts, String instance) {
        return Problem.of(HttpServletResponse.SC_SERVICE_UNAVAILABLE, CODE, texts.text(CODE + ".text"), instance);
    }

    /** the session's language (Chinese unless the user switched), Chinese without a session */
    public static Locale sessionLocale(HttpServletRequest request) {
        if (request.getSession(false) == null) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        try {
            return jakarta.enterprise
                    .inject
                    .spi
                    .CDI
                    .current()
                    .select(org.innocomplex.web.access.LocaleView.class)
                    .get()
                    .getCurrent();
        } catch (RuntimeException noContext) {
            return Locale.SIMPLIFIED_CHINESE;
        }
    }

    /**
     * The page: plain HTML with the texts of the caller's language and a link that repeats the request (a GET as it
     * was, anything else the application's first page), built here without the page templates, which would ask the
     * database for the user's menu.
     */
    static String page(ApiTexts texts, String retry) {
        String lang = texts.locale().getLanguage().equals("en") ? "en" : "zh-CN";
        String title = html(texts.text(CODE + ".title"));
        return "<!DOCTYPE html>\n<html lang=\"" + lang + "\"><head><meta charset=\"UTF-8\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>" + title
                + " · " + html(texts.text("app.name")) + "</title></head><body><main><h1>" + title + "</h1><p>"
                + html(texts.text(CODE + ".text")) + "</p><p><a href=\"" + html(retry) + "\">"
                + html(texts.text(CODE + ".retry")) + "</a></p></main></body></html>\n";
    }

    /** the request's own path for a GET without a query (nothing the caller typed goes into the page), else "/" */
    static String retryTarget(HttpServletRequest request) {
        String context = request.getContextPath() == null ? "" : request.getContextPath();
        String uri = request.getRequestURI();
        if ("GET".equals(request.getMethod())
                && uri != null
                && uri.startsWith(context + "/")
                && uri.matches("[A-Za-z0-9/._-]+")) {
            return uri;
        }
        return context + "/";
    }

    static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
