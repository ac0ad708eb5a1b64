package org.innocomplex.web.api;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The screens' message bundle for API callers: problem details are written in the language the caller's
 * {@code Accept-Language} prefers among ours (zh-CN unless English comes first), from the same keys the screens use.
 */
public final class ApiTexts {
    static final String BUNDLE = "org.innocomplex.web.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private ApiTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    /** @param acceptLanguage the header as sent, possibly null */
    public static ApiTexts forHeader(String acceptLanguage) {
        return new ApiTexts(choose(acceptLanguage));
    }

    public static ApiTexts of(Locale locale) {
        return new ApiTexts(locale);
    }

    /** The first of the caller's ranges that is one of ours; Chinese when none is. */
    static Locale choose(String acceptLanguage) {
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                for (Locale.LanguageRange r : Locale.LanguageRange.parse(acceptLanguage)) {
                    String tag = r.getRange().toLowerCase(Locale.ROOT);
                    if (tag.startsWith("en")) {
                        return Locale.ENGLISH;
                    }
                    if (tag.startsWith("zh")) {
                        return Locale.SIMPLIFIED_CHINESE;
                    }
                }
            } catch (IllegalArgumentException malformed) {
                // a broken header is no reason to refuse the request; the default language serves
            }
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    public Locale locale() {
        return locale;
    }

    public String text(String key, List<?> args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.isEmpty() ? pattern : new MessageFormat(pattern, locale).format(args.toArray());
    }

    public String text(String key, Object... args) {
        return text(key, List.of(args));
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
