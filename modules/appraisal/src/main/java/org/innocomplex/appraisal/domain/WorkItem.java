package org.innocomplex.appraisal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.innocomplex.appraisal.api.InboxItem;

/**
 * The inbox's row for one user task, kept in step with the engine by its task events. Finished rows stay (status
 * DONE) as each official's list of what they handled. The complex's names and the appraisal's scope are copied in
 * so the list filters and sorts on this table alone.
 */
@Entity
@Table(name = "apr_work_item")
public class WorkItem {
    public enum Status {
        OPEN,
        DONE,
        CANCELLED
    }

    /** prefixes of {@link #audience}: a candidate group, or the one user a task is assigned to by the process */
    public static final String GROUP = "group:";

    public static final String USER = "user:";

    @Id
    @Column(name = "task_id", length = 64)
    private String taskId;

    @Column(name = "appraisal_id", nullable = false)
    private Long appraisalId;

    @Column(name = "report_id", nullable = false)
    private Long reportId;

    @Column(name = "complex_id", nullable = false)
    private Long complexId;

    @Column(name = "complex_name_zh", nullable = false, length = 200)
    private String complexNameZh;

    @Column(name = "complex_name_en", nullable = false, length = 200)
    private String complexNameEn;

    @Column(name = "county_code", nullable = false, length = 16)
    private String countyCode;

    @Column(name = "city_code", nullable = false, length = 16)
    private String cityCode;

    @Column(name = "cycle_id")
    private Long cycleId;

    @Column(name = "appraisal_year", nullable = false)
    private int year;

    @Column(name = "process_instance_id", nullable = false, length = 64)
    private String processInstanceId;

    @Column(name = "step_key", nullable = false, length = 64)
    private String stepKey;

    @Column(name = "form_key", length = 64)
    private String formKey;

    @Column(name = "step_name", length = 200)
    private String stepName;

    @Column(nullable = false, length = 100)
    private String audience;

    @Column(name = "claimed_by", length = 64)
    private String claimedBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "due_at")
    private LocalDateTime dueAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "completed_by", length = 64)
    private String completedBy;

    @Column(name = "completed_at")
    private LocalDateTime completedAt;

    @Version
    private long version;

    protected WorkItem() {}

    public WorkItem(String taskId, Appraisal a, String complexNameZh, String complexNameEn) {
        this.taskId = taskId;
        this.appraisalId = a.id();
        this.reportId = a.reportId();
        this.complexId = a.complexId();
        this.complexNameZh = complexNameZh;
        this.complexNameEn = complexNameEn;
        this.countyCode = a.countyCode();
        this.cityCode = a.cityCode();
        this.cycleId = a.cycleId();
        this.year = a.year();
        this.status = Status.OPEN;
    }

    /**
     * What the task is and whom it is offered to. A task with candidate groups goes to the first of them and its
     * assignee is a claim; a task without is the assignee's own.
     */
    public void describe(
            String processInstanceId,
            String stepKey,
            String formKey,
            String stepName,
            Instant created,
            Instant due,
            String assignee,
            List<String> candidateGroups) {
        this.processInstanceId = processInstanceId;
        this.stepKey = stepKey;
        this.formKey = formKey;
        this.stepName = stepName;
        this.createdAt = utc(created == null ? Instant.now() : created);
        this.dueAt = utc(due);
        if (candidateGroups.isEmpty()) {
            this.audience = USER + assignee;
            this.claimedBy = null;
        } else {
            this.audience = GROUP + candidateGroups.get(0);
            this.claimedBy = assignee;
        }
    }

    /**
     * A claim or its release on a group task; a new assignee of a personal task takes it over; a personal task
     * handed back to a group (or a group task given to one person) changes whom it is offered to by the same rule
     * as {@link #describe}.
     */
    public void assigned(String assignee, List<String> candidateGroups) {
        if (candidateGroups.isEmpty()) {
            if (assignee != null) {
                audience = USER + assignee;
            }
            claimedBy = null;
        } else {
            audience = GROUP + candidateGroups.get(0);
            claimedBy = assignee;
        }
    }

    public void completed(String by, Instant at) {
        status = Status.DONE;
        completedBy = by;
        completedAt = utc(at);
    }

    /** Removed without a decision: its process was deleted or moved on past it. A completion wins over this. */
    public void cancelled(Instant at) {
        if (status == Status.OPEN) {
            status = Status.CANCELLED;
            completedAt = utc(at);
        }
    }

    public String taskId() {
        return taskId;
    }

    public String complexNameZh() {
        return complexNameZh;
    }

    public String complexNameEn() {
        return complexNameEn;
    }

    public String formKey() {
        return formKey;
    }

    public Status status() {
        return status;
    }

    public String claimedBy() {
        return claimedBy;
    }

    public String stepKey() {
        return stepKey;
    }

    public String completedBy() {
        return completedBy;
    }

    public String audience() {
        return audience;
    }

    public String countyCode() {
        return countyCode;
    }

    public InboxItem toItem(Instant now) {
        Instant created = createdAt.toInstant(ZoneOffset.UTC);
        Instant due = dueAt == null ? null : dueAt.toInstant(ZoneOffset.UTC);
        return new InboxItem(
                taskId,
                stepKey,
                stepName,
                formKey,
                created,
                due,
                status == Status.OPEN && due != null && due.isBefore(now),
                claimedBy,
                reportId,
                complexId,
                complexNameZh,
                complexNameEn,
                countyCode,
                cycleId,
                year,
                completedBy,
                completedAt == null ? null : completedAt.toInstant(ZoneOffset.UTC));
    }

    private static LocalDateTime utc(Instant i) {
        return i == null ? null : LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
