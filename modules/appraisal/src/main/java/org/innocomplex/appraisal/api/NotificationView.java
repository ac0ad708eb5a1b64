package org.innocomplex.appraisal.api;

import java.time.Instant;
import java.util.List;

/**
 * A message in a user's bell. The text is the bundle key {@code messageKey} formatted with {@code args} in the
 * reader's language; an argument starting with {@value #KEY_ARG} is itself a bundle key (e.g. a step's name).
 *
 * @param kind     REMIND, ESCALATE, RETURNED, EXPERT_ASSIGNED or GRADE_PUBLISHED
 * @param reportId the report it is about (the record page), or null
 * @param taskId   the task to open, or null
 * @param readAt   null while unread
 */
public record NotificationView(Long id, String kind, String messageKey, List<String> args, Long reportId,
                               String taskId, Instant createdAt, Instant readAt) implements java.io.Serializable {
    public static final String KEY_ARG = "#";

    public boolean unread() {
        return readAt == null;
    }
}
