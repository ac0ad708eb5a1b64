package org.innocomplex.appraisal.api;

import java.time.Instant;

/** A task of the inbox with what an official needs to recognise it. */
public record InboxItem(String taskId, String stepKey, String stepName, String formKey, Instant created,
                        Instant due, String assignee, Long reportId, Long complexId, String complexNameZh,
                        String complexNameEn, String countyCode, int year) implements java.io.Serializable {
}
