package org.innocomplex.access.domain;

import java.security.SecureRandom;
import java.util.List;
import org.innocomplex.access.api.PlainText;
import org.innocomplex.access.api.SessionPolicy;

/** The rules of login sessions that need no database: keys, what is stored of the client, who a new login ends. */
public final class SessionRules {
    static final int AGENT_MAX = 255;
    static final int ADDRESS_MAX = 64;

    private SessionRules() {}

    /** the session's key and id: a {@link RandomKeys} key */
    public static String newKey(SecureRandom random) {
        return RandomKeys.next(random);
    }

    /** the browser's {@code User-Agent} as stored: characters not visible removed, cut to 255; null when empty */
    public static String userAgent(String agent) {
        return visible(agent, AGENT_MAX);
    }

    public static String address(String address) {
        return visible(address, ADDRESS_MAX);
    }

    private static String visible(String text, int max) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(Math.min(text.length(), max));
        for (int i = 0; i < text.length() && sb.length() < max; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (PlainText.isVisible(cp) && (sb.length() + Character.charCount(cp) <= max)) {
                sb.appendCodePoint(cp);
            }
        }
        String s = sb.toString().strip();
        return s.isEmpty() ? null : s;
    }

    /** the account's active sessions a new login ends under the policy: all of them, or none */
    public static List<UserSession> replacedByNewLogin(SessionPolicy.Concurrent policy, List<UserSession> active) {
        return policy == SessionPolicy.Concurrent.END_OLDER ? List.copyOf(active) : List.of();
    }
}
