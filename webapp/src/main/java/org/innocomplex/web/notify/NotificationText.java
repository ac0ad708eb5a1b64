package org.innocomplex.web.notify;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.innocomplex.appraisal.api.NotificationData;

/** A notification's words in one language: its key's pattern with its arguments, key arguments translated. */
public final class NotificationText {
    private NotificationText() {}

    public static String format(ResourceBundle bundle, Locale locale, String messageKey, List<String> args) {
        boolean chinese = Locale.CHINESE.getLanguage().equals(locale.getLanguage());
        Object[] values = args.stream()
                .map(a -> NotificationData.inLanguage(a, chinese))
                .map(a -> a.startsWith(NotificationData.KEY_ARG) ? text(bundle, a.substring(1)) : a)
                .toArray();
        return new MessageFormat(text(bundle, messageKey), locale).format(values);
    }

    private static String text(ResourceBundle bundle, String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
