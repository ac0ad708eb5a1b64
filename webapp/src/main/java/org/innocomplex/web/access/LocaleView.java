package org.innocomplex.web.access;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import org.innocomplex.web.support.OwnPath;

/**
 * The language of the session: Chinese unless the user switches, whatever the browser asks for — the bureau's
 * users read Chinese first, and a browser set to English should not surprise them.
 *
 * <p>The switch is remembered in a cookie of this browser ({@value #COOKIE}), so that the login page after a logout or
 * an ended session, and the next session, speak the language the user chose; the HTTP session that held it is gone by
 * then.
 */
@Named("locale")
@SessionScoped
public class LocaleView implements Serializable {
    private static final long serialVersionUID = 1L;

    static final String COOKIE = "innocomplex.lang";
    private static final int A_YEAR = 365 * 24 * 3600;

    private Locale current = Locale.SIMPLIFIED_CHINESE;

    @jakarta.annotation.PostConstruct
    void fromCookie() {
        FacesContext fc = FacesContext.getCurrentInstance();
        if (fc == null) {
            return;
        }
        Object cookie = fc.getExternalContext().getRequestCookieMap().get(COOKIE);
        if (cookie instanceof jakarta.servlet.http.Cookie c
                && Locale.ENGLISH.toLanguageTag().equals(c.getValue())) {
            current = Locale.ENGLISH;
        }
    }

    public Locale getCurrent() {
        return current;
    }

    public boolean isChinese() {
        return "zh".equals(current.getLanguage());
    }

    public String getLanguageTag() {
        return current.toLanguageTag();
    }

    /** Switches between zh-CN and en and reloads the page the user is on (GET, so its parameters stay). */
    public void toggle() throws IOException {
        current = isChinese() ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        FacesContext fc = FacesContext.getCurrentInstance();
        fc.getViewRoot().setLocale(current);
        var ec = fc.getExternalContext();
        ec.addResponseCookie(
                COOKIE,
                isChinese() ? "zh-CN" : Locale.ENGLISH.toLanguageTag(),
                java.util.Map.of(
                        "maxAge",
                        A_YEAR,
                        "path",
                        ec.getRequestContextPath().isEmpty() ? "/" : ec.getRequestContextPath(),
                        "httpOnly",
                        true,
                        "secure",
                        ec.isSecure(),
                        "SameSite",
                        "Lax"));
        // back to the page the switch was clicked on, but never to another site named by a forged Referer
        String back = OwnPath.of(
                ec.getRequestHeaderMap().get("Referer"),
                ec.getRequestServerName(),
                ec.getRequestServerPort(),
                ec.getRequestContextPath());
        ec.redirect(back != null ? back : ec.getRequestContextPath() + "/appraisal/inbox.xhtml");
    }
}
