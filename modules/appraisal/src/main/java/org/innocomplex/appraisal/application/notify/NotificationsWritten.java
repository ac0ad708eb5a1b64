package org.innocomplex.appraisal.application.notify;

import java.util.List;

/** Notifications were written in the current transaction; e-mail observes it after the commit. */
public record NotificationsWritten(List<String> recipients, String kind, String messageKey, List<String> args,
                                   Long reportId, String taskId) {
}
