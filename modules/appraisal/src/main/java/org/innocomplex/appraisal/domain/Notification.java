package org.innocomplex.appraisal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.innocomplex.appraisal.api.NotificationData;

/** One message in one user's bell; only its read mark ever changes. */
@Entity
@Table(name = "apr_notification")
public class Notification {
    /** Separates the stored arguments; a control character no name or comment contains. */
    static final String SEPARATOR = "\u001f";

    @Id
    @SequenceGenerator(name = "apr_notification_seq", sequenceName = "apr_notification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "apr_notification_seq")
    private Long id;

    @Column(nullable = false, length = 64)
    private String recipient;

    @Column(nullable = false, length = 32)
    private String kind;

    @Column(name = "message_key", nullable = false, length = 100)
    private String messageKey;

    @Column(name = "message_args", length = 2000)
    private String messageArgs;

    @Column(name = "report_id")
    private Long reportId;

    @Column(name = "task_id", length = 64)
    private String taskId;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "read_at")
    private LocalDateTime readAt;

    protected Notification() {}

    public Notification(
            String recipient, String kind, String messageKey, List<String> args, Long reportId, String taskId) {
        this.recipient = recipient;
        this.kind = kind;
        this.messageKey = messageKey;
        this.messageArgs = joinArgs(args);
        this.reportId = reportId;
        this.taskId = taskId;
        this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    /** Joins the arguments, shortening the longest ones so that the whole fits the column. */
    static String joinArgs(List<String> args) {
        if (args == null || args.isEmpty()) {
            return null;
        }
        List<String> clean = args.stream()
                .map(a -> a == null ? "" : a.replace(SEPARATOR, " "))
                .toList();
        int budget = 2000 - (clean.size() - 1);
        int each = budget / clean.size();
        String joined = String.join(SEPARATOR, clean);
        if (joined.length() <= 2000) {
            return joined;
        }
        return String.join(
                SEPARATOR,
                clean.stream()
                        .map(a -> a.length() <= each ? a : a.substring(0, Math.max(0, each - 1)) + "…")
                        .toList());
    }

    static List<String> splitArgs(String stored) {
        return stored == null ? List.of() : Arrays.asList(stored.split(SEPARATOR, -1));
    }

    public void markRead() {
        if (readAt == null) {
            readAt = LocalDateTime.now(ZoneOffset.UTC);
        }
    }

    public String recipient() {
        return recipient;
    }

    public NotificationData toView() {
        return new NotificationData(
                id,
                kind,
                messageKey,
                splitArgs(messageArgs),
                reportId,
                taskId,
                createdAt.toInstant(ZoneOffset.UTC),
                readAt == null ? null : readAt.toInstant(ZoneOffset.UTC));
    }
}
