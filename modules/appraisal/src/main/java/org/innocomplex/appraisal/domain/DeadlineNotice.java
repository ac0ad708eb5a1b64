package org.innocomplex.appraisal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** That a task's reminder or escalation went out; its key makes a second one impossible. */
@Entity
@Table(name = "apr_deadline_notice")
public class DeadlineNotice {
    @Id
    @Column(name = "notice_key", length = 100)
    private String key;

    @Column(name = "task_id", nullable = false, length = 64)
    private String taskId;

    @Column(nullable = false, length = 16)
    private String kind;

    @Column(name = "sent_at", nullable = false)
    private LocalDateTime sentAt;

    protected DeadlineNotice() {}

    public DeadlineNotice(String taskId, String kind) {
        this.key = key(taskId, kind);
        this.taskId = taskId;
        this.kind = kind;
        this.sentAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public static String key(String taskId, String kind) {
        return taskId + ":" + kind;
    }
}
