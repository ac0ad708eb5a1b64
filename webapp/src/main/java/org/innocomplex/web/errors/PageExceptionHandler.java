package org.innocomplex.web.errors;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.render.ResponseStateManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.innocomplex.access.api.PlainText;
import org.innocomplex.web.access.LocaleView;
import org.innocomplex.web.api.ApiTexts;
import org.innocomplex.web.support.OwnPath;
import org.primefaces.csp.CspException;

/**
 * Answers the requests a page cannot serve because of what was sent, not because of a defect, with a 400 and a
 * translated message instead of a 500 and a stack trace per request:
 * <ul>
 * <li>a view state the server does not hold: expired (the session's views were evicted, the server restarted) or
 * forged ({@code jakarta.faces.ViewState=garbage}, an unknown {@code id:id}, {@code stateless} for a page that is
 * not). Mojarra raises {@link ViewExpiredException} for the first kinds and a bare {@code FacesException} in
 * {@code RESTORE_VIEW} for the last; either is "this page has expired, please reload";</li>
 * <li>a {@link MalformedRequestException} from a bean: a parameter the page needs is missing or malformed;</li>
 * <li>a request the components cannot decode (an {@code IllegalArgumentException} such as PrimeFaces' chart event
 * without its item index, in {@code APPLY_REQUEST_VALUES}, the phase that reads the request);</li>
 * <li>a post without the page's Content-Security-Policy nonce, or with another (PrimeFaces' {@link CspException}):
 * PrimeFaces' script puts the nonce into every form of the page, so the post did not come from the page the server
 * rendered; "this page has expired, please reload" too.</li>
 * </ul>
 *
 * <p>Why 400: the request as sent cannot succeed and must not be repeated as it is; reloading the page makes a new,
 * valid one. 410 Gone would say the page's address is gone, and is cacheable by default; 419 is no HTTP status.
 * Nothing is saved: all three are refused before the {@code UPDATE_MODEL_VALUES} phase writes into a bean.
 *
 * <p>A full request gets the error page ({@code /WEB-INF/errorpages/400.xhtml}, through the container's error-page
 * mapping) with a link that reloads the page the user came from. An AJAX request gets a partial response with an
 * {@code <error>} carrying the translated message, which {@code resources/js/page-errors.js} shows above the page
 * with a reload button (PrimeFaces hands a non-2xx answer to its {@code pfAjaxError} event, not to the page).
 * Either way the log gets one line: status, reason, method, path and user, cleaned by {@link PlainText#forLog}, and
 * no stack trace. Every other exception goes on to the default handler (a 500, logged with its stack: a defect).
 */
public class PageExceptionHandler extends ExceptionHandlerWrapper {
    private static final Logger LOG = Logger.getLogger(PageExceptionHandler.class.getName());

    /** request attributes the error page reads */
    public static final String TITLE = "innocomplex.error.title";

    public static final String TEXT = "innocomplex.error.text";
    public static final String RELOAD = "innocomplex.error.reload";

    /** the {@code <error-name>} of the partial response, which the page's script recognises */
    static final String AJAX_ERROR_NAME = "innocomplex.refused";

    /** why the request is refused: bundle keys of the title and the text, with the text's arguments */
    record Refusal(String reason, String titleKey, String textKey, Object[] args) {}

    public PageExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext fc = FacesContext.getCurrentInstance();
        Refusal refusal = null;
        Throwable unavailable = null;
        for (Iterator<ExceptionQueuedEvent> it =
                        getUnhandledExceptionQueuedEvents().iterator();
                it.hasNext(); ) {
            ExceptionQueuedEventContext event = it.next().getContext();
            if (DatabaseUnavailable.is(event.getException())) {
                it.remove();
                unavailable = unavailable == null ? event.getException() : unavailable;
                continue;
            }
            Refusal r = classify(fc, event.getException(), event.getPhaseId());
            if (r != null) {
                it.remove();
                if (refusal == null) {
                    refusal = r;
                }
            }
        }
        if (unavailable != null) {
            unavailable(fc, unavailable);
        } else if (refusal != null) {
            answer(fc, refusal);
        }
        getWrapped().handle();
    }

    /** the database cannot be reached: 503, the translated page or (AJAX) the message above the page */
    private static void unavailable(FacesContext fc, Throwable thrown) {
        ExternalContext ec = fc.getExternalContext();
        DatabaseUnavailable.log(method(ec), requestUri(ec), thrown);
        try {
            if (ec.isResponseCommitted()) {
                // nothing better to send than the end of what has gone out
            } else if (fc.getPartialViewContext().isAjaxRequest()) {
                ApiTexts texts = ApiTexts.of(locale());
                ec.responseReset();
                ec.setResponseStatus(503);
                ec.setResponseHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
                ec.setResponseContentType("text/xml");
                ec.setResponseCharacterEncoding("UTF-8");
                ec.getResponseOutputWriter()
                        .write(partialError(texts.text(
                                "error.ajax",
                                texts.text(DatabaseUnavailable.CODE + ".title"),
                                texts.text(DatabaseUnavailable.CODE + ".text"))));
            } else {
                DatabaseUnavailable.answerPage(
                        (jakarta.servlet.http.HttpServletRequest) ec.getRequest(),
                        (jakarta.servlet.http.HttpServletResponse) ec.getResponse(),
                        locale());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        fc.responseComplete();
    }

    static Refusal classify(FacesContext fc, Throwable thrown, PhaseId phase) {
        if (find(thrown, ViewExpiredException.class) != null || forgedStateless(fc, phase)) {
            return new Refusal("expired view state", "error.expired.title", "error.expired.text", new Object[0]);
        }
        if (find(thrown, CspException.class) != null) {
            return new Refusal(
                    "missing or foreign CSP nonce", "error.expired.title", "error.expired.text", new Object[0]);
        }
        MalformedRequestException malformed = find(thrown, MalformedRequestException.class);
        if (malformed != null) {
            return new Refusal(
                    malformed.key() + " "
                            + (malformed.args().length > 0 ? malformed.args()[0] : ""),
                    "error.badRequest.title",
                    malformed.key(),
                    malformed.args());
        }
        IllegalArgumentException undecodable = find(thrown, IllegalArgumentException.class);
        if (undecodable != null && phase == PhaseId.APPLY_REQUEST_VALUES) {
            return new Refusal(
                    "undecodable request (" + undecodable.getClass().getSimpleName() + ")",
                    "error.badRequest.title",
                    "error.badRequest.text",
                    new Object[0]);
        }
        return null;
    }

    /**
     * {@code jakarta.faces.ViewState=stateless} claims a view that keeps no state; none of this application's views
     * is one, so Mojarra's failure to restore it is a forged view state, not a defect.
     */
    private static boolean forgedStateless(FacesContext fc, PhaseId phase) {
        return phase == PhaseId.RESTORE_VIEW
                && "stateless"
                        .equals(fc.getExternalContext()
                                .getRequestParameterMap()
                                .get(ResponseStateManager.VIEW_STATE_PARAM));
    }

    /** Refuses the request now, before the lifecycle goes on (for checks that run before the components do). */
    static void refuse(FacesContext fc, Refusal refusal) {
        answer(fc, refusal);
    }

    private static void answer(FacesContext fc, Refusal refusal) {
        ExternalContext ec = fc.getExternalContext();
        boolean ajax = fc.getPartialViewContext().isAjaxRequest();
        LOG.log(
                Level.INFO,
                () -> "page request refused: 400 " + refusal.reason() + (ajax ? " (ajax) " : " ")
                        + PlainText.forLog(method(ec), 10) + " " + PlainText.forLog(requestUri(ec), 200)
                        + " by " + PlainText.forLog(ec.getRemoteUser(), 64));
        if (ec.isResponseCommitted()) {
            // part of the page has gone out already: nothing better to send than the end of it
            fc.responseComplete();
            return;
        }
        ApiTexts texts = ApiTexts.of(locale());
        String text = texts.text(refusal.textKey(), refusal.args());
        ec.responseReset();
        try {
            if (ajax) {
                ec.setResponseStatus(400);
                ec.setResponseContentType("text/xml");
                ec.setResponseCharacterEncoding("UTF-8");
                // one line above the page: what happened and what to do
                ec.getResponseOutputWriter()
                        .write(partialError(texts.text("error.ajax", texts.text(refusal.titleKey()), text)));
            } else {
                ec.getRequestMap().put(TITLE, texts.text(refusal.titleKey()));
                ec.getRequestMap().put(TEXT, text);
                ec.getRequestMap().put(RELOAD, reloadUrl(ec));
                ec.responseSendError(400, null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        fc.responseComplete();
    }

    /** the session's language; Chinese when the session is new (an expired one was replaced) */
    private static Locale locale() {
        try {
            return CDI.current().select(LocaleView.class).get().getCurrent();
        } catch (RuntimeException noSession) {
            return Locale.SIMPLIFIED_CHINESE;
        }
    }

    static String partialError(String message) {
        // CDATA cannot hold "]]>": split it over two sections
        String cdata = message.replace("]]>", "]]]]><![CDATA[>");
        return "<?xml version='1.0' encoding='UTF-8'?>\n<partial-response><error><error-name>" + AJAX_ERROR_NAME
                + "</error-name><error-message><![CDATA[" + cdata + "]]></error-message></error></partial-response>";
    }

    /**
     * Where "reload" goes: the page the user was on. A GET is reloaded as it was; a post goes back to the page it was
     * posted from (its {@code Referer}, which keeps the page's {@code ?id=}, unlike the form's action), but only
     * within this application, and only as a path, so the link can lead nowhere else.
     */
    static String reloadUrl(ExternalContext ec) {
        String context = ec.getRequestContextPath();
        if (!"GET".equals(method(ec))) {
            String referer = ec.getRequestHeaderMap().get("Referer");
            String own = OwnPath.of(referer, ec.getRequestServerName(), ec.getRequestServerPort(), context);
            if (own != null) {
                return own;
            }
        }
        return requestUri(ec);
    }

    private static String method(ExternalContext ec) {
        return ec.getRequest() instanceof jakarta.servlet.http.HttpServletRequest http ? http.getMethod() : "?";
    }

    private static String requestUri(ExternalContext ec) {
        Object request = ec.getRequest();
        if (request instanceof jakarta.servlet.http.HttpServletRequest http) {
            return http.getQueryString() == null
                    ? http.getRequestURI()
                    : http.getRequestURI() + "?" + http.getQueryString();
        }
        return ec.getRequestContextPath() + ec.getRequestServletPath();
    }

    static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }
}
