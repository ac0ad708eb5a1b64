package org.innocomplex.reporting.api;

import java.util.Locale;
import org.innocomplex.access.api.Actor;

/** The annual city (or county) summary paragraph, for the dashboard's filter, with the same authorization. */
public interface SummaryService {

    /** The paragraph in the locale's language (Chinese for zh, English otherwise). */
    String text(Actor actor, DashboardFilter filter, Locale locale);

    /** A PDF with a title, the paragraph and the totals table. */
    byte[] pdf(Actor actor, DashboardFilter filter, Locale locale, Labels labels);
}
