package org.innocomplex.access.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.innocomplex.access.api.AuditTrail;

/** One line of the audit trail; never updated. */
@Entity
@Table(name = "acc_audit")
@NamedQuery(
        name = "AuditEntry.of",
        query = "select a from AuditEntry a where a.objectType = :type and a.objectId = :id order by a.at, a.id")
public class AuditEntry {

    @Id
    @SequenceGenerator(name = "acc_audit_seq", sequenceName = "acc_audit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "acc_audit_seq")
    private Long id;

    @Column(name = "at_utc", nullable = false)
    private LocalDateTime at;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(nullable = false, length = 64)
    private String action;

    @Column(name = "object_type", nullable = false, length = 64)
    private String objectType;

    @Column(name = "object_id", nullable = false, length = 64)
    private String objectId;

    @Column(length = 4000)
    private String detail;

    protected AuditEntry() {}

    public AuditEntry(String actor, String action, String objectType, String objectId, String detail) {
        this.at = LocalDateTime.now(ZoneOffset.UTC);
        this.actor = actor;
        this.action = action;
        this.objectType = objectType;
        this.objectId = objectId;
        this.detail = detail;
    }

    public AuditTrail.Entry toEntry() {
        return new AuditTrail.Entry(at.toInstant(ZoneOffset.UTC), actor, action, objectType, objectId, detail);
    }
}
