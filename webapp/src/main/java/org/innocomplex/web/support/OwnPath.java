package org.innocomplex.web.support;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * A {@code Referer} turned into a place to send the user back to, or nothing. Only a page of this application on
 * this host qualifies, and only its path and query are kept, so a redirect built from it cannot lead to another site
 * (an open redirect), whatever a forged header says.
 */
public final class OwnPath {
    private OwnPath() {}

    /** @return the referer's path and query when it is a page of this application, else null */
    public static String of(String referer, String host, int port, String context) {
        if (referer == null) {
            return null;
        }
        try {
            URI u = new URI(referer);
            int p = u.getPort() != -1 ? u.getPort() : "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
            String path = u.getRawPath();
            if (u.getHost() == null
                    || !u.getHost().equalsIgnoreCase(host)
                    || p != port
                    || path == null
                    || !path.startsWith(context + "/")
                    || path.startsWith("//")) {
                return null;
            }
            return u.getRawQuery() == null ? path : path + "?" + u.getRawQuery();
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
