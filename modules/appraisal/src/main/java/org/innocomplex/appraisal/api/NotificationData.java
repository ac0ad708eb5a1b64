package org.innocomplex.appraisal.api;

import java.time.Instant;
import java.util.List;

/**
 * A message in a user's bell. The text is the bundle key {@code messageKey} formatted with {@code args} in the
 * reader's language; an argument starting with {@value #KEY_ARG} is itself a bundle key (e.g. a step's name), and
 * one made by {@link #bilingual} (a complex's name) is shown in the reader's language.
 *
 * @param kind     REMIND, ESCALATE, RETURNED, EXPERT_ASSIGNED or GRADE_PUBLISHED
 * @param reportId the report it is about (the record page), or null
 * @param taskId   the task to open, or null
 * @param readAt   null while unread
 */
public record NotificationData(
        Long id,
        String kind,
        String messageKey,
        List<String> args,
        Long reportId,
        String taskId,
        Instant createdAt,
        Instant readAt)
        implements java.io.Serializable {
    public static final String KEY_ARG = "#";
    static final String BILINGUAL = "\u001e";

    /** An argument with a Chinese and an English form, e.g. a complex's two names. */
    public static String bilingual(String zh, String en) {
        return (zh == null ? "" : zh) + BILINGUAL + (en == null || en.isBlank() ? (zh == null ? "" : zh) : en);
    }

    /** The argument as the reader sees it, before bundle keys are translated. */
    public static String inLanguage(String arg, boolean chinese) {
        int at = arg.indexOf(BILINGUAL);
        if (at < 0) {
            return arg;
        }
        return chinese ? arg.substring(0, at) : arg.substring(at + 1);
    }

    public boolean unread() {
        return readAt == null;
    }
}
