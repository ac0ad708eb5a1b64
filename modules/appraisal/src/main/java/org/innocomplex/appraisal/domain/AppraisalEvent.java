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
import org.innocomplex.appraisal.api.HistoryEntry;

/** A line of a report's history, written by the step handler in the step's transaction; never updated. */
@Entity
@Table(name = "apr_event")
public class AppraisalEvent {
    @Id
    @SequenceGenerator(name = "apr_event_seq", sequenceName = "apr_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "apr_event_seq")
    private Long id;

    @Column(name = "appraisal_id", nullable = false)
    private Long appraisalId;

    @Column(name = "step_key", length = 64)
    private String stepKey;

    @Column(nullable = false, length = 32)
    private String action;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(name = "comment_text", length = 4000)
    private String comment;

    @Column(name = "at_utc", nullable = false)
    private LocalDateTime at;

    protected AppraisalEvent() {}

    public AppraisalEvent(Long appraisalId, String stepKey, String action, String actor, String comment) {
        this.appraisalId = appraisalId;
        this.stepKey = stepKey;
        this.action = action;
        this.actor = actor;
        this.comment = comment;
        this.at = LocalDateTime.now(ZoneOffset.UTC);
    }

    public String action() {
        return action;
    }

    public HistoryEntry toEntry() {
        return new HistoryEntry(at.toInstant(ZoneOffset.UTC), stepKey, action, actor, actor, comment);
    }
}
