package org.innocomplex.appraisal.api;

import java.util.List;

/**
 * Notifications were written in the current transaction; fired synchronously, e-mail observes it with
 * {@code during = AFTER_SUCCESS} so that nothing is mailed for a step that rolls back.
 */
public record NotificationsWritten(
        List<String> recipients, String kind, String messageKey, List<String> args, Long reportId, String taskId)
        implements java.io.Serializable {}
