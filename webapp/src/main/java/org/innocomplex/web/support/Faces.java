package org.innocomplex.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;
import org.innocomplex.access.api.AuditTrail;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.access.api.PlainText;
import org.innocomplex.access.api.ValidationException;
import org.innocomplex.access.api.Violation;

/**
 * Message-bundle lookups and Faces messages for the backing beans, in the user's language; and the one way a page
 * shows a refusal: {@link #violations} for a refused form, {@link #reason} and {@link #where} (also as
 * {@code #{faces.reason(v)}} in a page) for a list of them, an import's lines or a diagram's problems.
 */
@Named
@ApplicationScoped
public class Faces {

    @Inject
    AuditTrail audit;

    /**
     * Where a form puts the refusal of one of its fields when it shows it beside the field by itself rather than on
     * an input of the form (a figure in a table, a rubric item).
     */
    @FunctionalInterface
    public interface Beside {
        /** @return whether the form showed it; when not, it goes on top */
        boolean show(String field, String text);
    }

    public String text(String key, Object... args) {
        FacesContext fc = FacesContext.getCurrentInstance();
        ResourceBundle bundle = fc.getApplication().getResourceBundle(fc, "msg");
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0
                ? pattern
                : new MessageFormat(pattern, fc.getViewRoot().getLocale()).format(args);
    }

    /** Whether the user's bundle has the key, for texts that are labelled only when there is a label. */
    public boolean has(String key) {
        FacesContext fc = FacesContext.getCurrentInstance();
        return fc.getApplication().getResourceBundle(fc, "msg").containsKey(key);
    }

    public String text(DomainException e) {
        List<Object> args = e.args();
        return text(e.key(), args.toArray());
    }

    public void error(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(key, args));
    }

    /** A refusal shown on the page; one of another's object (not the actor's to see or do) is audited too. */
    public void error(DomainException e) {
        if (e instanceof NotAuthorizedException) {
            auditRefusal(e);
        }
        add(null, FacesMessage.SEVERITY_ERROR, text(e));
    }

    /** who asked for what: the page (its view), the request and the service's reason, counted per minute */
    private void auditRefusal(DomainException e) {
        FacesContext fc = FacesContext.getCurrentInstance();
        if (audit == null || fc == null) {
            return;
        }
        var ec = fc.getExternalContext();
        String view = fc.getViewRoot() == null ? "-" : fc.getViewRoot().getViewId();
        String request = ec.getRequest() instanceof jakarta.servlet.http.HttpServletRequest http
                ? http.getMethod() + " " + http.getRequestURI()
                        + (http.getQueryString() == null ? "" : "?" + http.getQueryString())
                : view;
        String user = ec.getRemoteUser();
        audit.refusal(
                user == null ? "anonymous" : user,
                "PAGE_REFUSED",
                "page",
                view,
                "refused: " + e.key() + " " + e.args() + "\nrequest: " + PlainText.forLog(request, 1000));
    }

    /** An error already put into words, for refusals whose arguments need translating first. */
    public void errorText(String clientId, String text) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text);
    }

    public void infoFor(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_INFO, text(key, args));
    }

    /**
     * Whether a failure is another user's (or another tab's) change committed first: an optimistic lock
     * conflict, however the container wrapped it.
     */
    public static boolean concurrentChange(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof jakarta.persistence.OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Puts each refusal next to its input: the message goes to {@code <formId>:<field>} (a {@code p:message for} the
     * input shows it) and the input is marked invalid; the count of refusals goes on top. The inputs keep what the
     * user typed, so nothing entered is lost.
     */
    public void violations(String formId, ValidationException e) {
        FacesContext fc = FacesContext.getCurrentInstance();
        violations(e, UnaryOperator.identity(), (field, text) -> {
            String clientId = formId + ":" + field;
            UIComponent input = fc.getViewRoot().findComponent(":" + clientId);
            if (input instanceof UIInput in) {
                markInvalid(fc, in);
            }
            if (input == null || !input.isRendered()) {
                return false;
            }
            add(clientId, FacesMessage.SEVERITY_ERROR, text);
            return true;
        });
    }

    /**
     * Shows a refusal the way every form does: each violation of a field goes where {@code beside} puts it; any it
     * does not show (a field the form lacks, a cell, a line, an element, the input as a whole) goes on top with its
     * location in words, so none is lost; the count goes on top last.
     *
     * @param label turns an argument into what the reader knows it by (an indicator's code into its name)
     */
    public void violations(ValidationException e, UnaryOperator<Object> label, Beside beside) {
        for (Violation v : e.violations()) {
            String text = reason(v, label);
            if (v.field() == null || v.location().row() != null || !beside.show(v.field(), text)) {
                String where = where(v);
                add(null, FacesMessage.SEVERITY_ERROR, where == null ? text : text("app.refusal.located", where, text));
            }
        }
        error(e);
    }

    /** A refusal's reason in the reader's language. */
    public String reason(Violation v) {
        return reason(v, UnaryOperator.identity());
    }

    private String reason(Violation v, UnaryOperator<Object> label) {
        return text(v.key(), v.args().stream().map(label).toArray());
    }

    /**
     * Where a refusal points, in words: a cell as a formula names it with its column's title ({@code 年度报告!C7 ·
     * 营业收入}), an imported line with the column at fault ({@code 第 3 行 · level}), an element by its id; null for a
     * form's field (shown beside its input, or on its own) and for the input as a whole.
     */
    public String where(Violation v) {
        Violation.Location at = v.location();
        if (at == null) {
            return null;
        }
        if (at.column() != null) {
            return at.heading() == null ? at.reference() : at.reference() + " · " + at.heading();
        }
        if (at.row() != null) {
            String line = String.valueOf(at.row());
            return at.field() == null
                    ? text("app.refusal.line", line)
                    : text("app.refusal.lineField", line, at.field());
        }
        return at.element();
    }

    /**
     * Marks the input invalid and keeps what the user typed on it. PrimeFaces renders an invalid input that has no
     * submitted value as empty (with empty strings read as null), which would wipe the very entry to correct; the
     * model holds the entry already, so it goes back as the submitted value.
     */
    @SuppressWarnings("unchecked")
    private static void markInvalid(FacesContext fc, UIInput in) {
        Object value = in.getValue();
        Converter<Object> converter = (Converter<Object>) in.getConverter();
        if (converter == null && value != null) {
            converter = (Converter<Object>) fc.getApplication().createConverter(value.getClass());
        }
        in.setSubmittedValue(
                value == null ? "" : converter != null ? converter.getAsString(fc, in, value) : value.toString());
        in.setValid(false);
    }

    /** A success message for the current response (an AJAX update shows it without a reload). */
    public void info(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, args));
    }

    /** The application's message bundle in the language of the page. */
    public ResourceBundle bundle() {
        FacesContext fc = FacesContext.getCurrentInstance();
        return fc.getApplication().getResourceBundle(fc, "msg");
    }

    /** A success message that survives the redirect after a POST. */
    public void flashInfo(String key, Object... args) {
        FacesContext fc = FacesContext.getCurrentInstance();
        fc.getExternalContext().getFlash().setKeepMessages(true);
        add(null, FacesMessage.SEVERITY_INFO, text(key, args));
    }

    /** A warning that survives the redirect after a POST. */
    public void flashWarn(String key, Object... args) {
        FacesContext fc = FacesContext.getCurrentInstance();
        fc.getExternalContext().getFlash().setKeepMessages(true);
        add(null, FacesMessage.SEVERITY_WARN, text(key, args));
    }

    public void redirect(String path) {
        FacesContext fc = FacesContext.getCurrentInstance();
        try {
            fc.getExternalContext().redirect(fc.getExternalContext().getRequestContextPath() + path);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
