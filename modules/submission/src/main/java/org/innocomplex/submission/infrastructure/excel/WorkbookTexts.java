package org.innocomplex.submission.infrastructure.excel;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The workbook's fixed texts in the reader's language, from the application's message bundle (keys
 * {@code submission.excel.*}); names and units of indicators come from the catalogue in the same language.
 */
public final class WorkbookTexts {
    private final ResourceBundle bundle;
    private final Locale locale;

    public WorkbookTexts(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public boolean chinese() {
        return "zh".equals(locale.getLanguage());
    }

    /** The text of a key; a missing key shows as itself (the message-bundle test keeps that from shipping). */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
