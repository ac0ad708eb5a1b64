package org.innocomplex.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie: {@code HttpOnly}, {@code SameSite=Lax} (sent on a link followed from another site, as a
 * notification mail's, but never on another site's form post or script request) and {@code Secure} unless
 * {@code innocomplex.http.secure=false} says the server is reached over plain HTTP (the embedded run, the tests);
 * production answers over TLS, at the server or at a proxy in front of it. With {@code false} the container still
 * marks the cookie Secure on a request that came over HTTPS.
 *
 * <p>Payara writes {@code SameSite} only from its own setting, {@code cookieSameSite} in glassfish-web.xml; the
 * standard attribute is set here too for any other container.
 */
@WebListener
public class SessionCookies implements ServletContextListener {
    /** The configuration key; {@code true} in the WAR's defaults. */
    public static final String SECURE_KEY = "innocomplex.http.secure";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean secure = ConfigProvider.getConfig()
                .getOptionalValue(SECURE_KEY, Boolean.class)
                .orElse(true);
        configure(event.getServletContext().getSessionCookieConfig(), secure);
    }

    static void configure(SessionCookieConfig cookie, boolean secure) {
        cookie.setHttpOnly(true);
        if (secure) {
            // setSecure(false) would also drop Secure over HTTPS: left unset, the container follows the request
            cookie.setSecure(true);
        }
        cookie.setAttribute("SameSite", "Lax");
    }
}
