package org.innocomplex.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.innocomplex.access.api.DomainException;

/** Message-bundle lookups and Faces messages for the backing beans, in the user's language. */
@ApplicationScoped
public class Faces {

    public String text(String key, Object... args) {
        FacesContext fc = FacesContext.getCurrentInstance();
        ResourceBundle bundle = fc.getApplication().getResourceBundle(fc, "msg");
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, fc.getViewRoot().getLocale()).format(args);
    }

    public String text(DomainException e) {
        List<Object> args = e.args();
        return text(e.key(), args.toArray());
    }

    public void error(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(key, args));
    }

    public void error(DomainException e) {
        add(null, FacesMessage.SEVERITY_ERROR, text(e));
    }

    /** A success message shown on the page that is answering (an AJAX update, no redirect). */
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
