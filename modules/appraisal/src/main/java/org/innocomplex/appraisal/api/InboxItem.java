package org.innocomplex.appraisal.api;

import java.time.Instant;

/**
 * A task of the inbox (or of the handled list) with what an official needs to recognise it.
 *
 * @param overdue     open and past its due date
 * @param claimedBy   the official who took the group task, else null
 * @param completedBy who completed it (handled list only)
 */
public record InboxItem(
        String taskId,
        String stepKey,
        String stepName,
        String formKey,
        Instant created,
        Instant due,
        boolean overdue,
        String claimedBy,
        Long reportId,
        Long complexId,
        String complexNameZh,
        String complexNameEn,
        String countyCode,
        Long cycleId,
        int year,
        String completedBy,
        Instant completed)
        implements java.io.Serializable {}
