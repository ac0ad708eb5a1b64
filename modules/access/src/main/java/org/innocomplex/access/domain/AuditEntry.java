package org.innocomplex.access.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.innocomplex.access.api.AuditTrail;

/**
 * One line of the audit trail; never updated (the one exception: the start-up chains the rows written before the
 * chain existed, once). Its id is handed out by {@link AuditHead}, so ids are the chain's order.
 */
@Entity
@Table(name = "acc_audit")
@NamedQuery(
        name = "AuditEntry.of",
        query = "select a from AuditEntry a where a.objectType = :type and a.objectId = :id order by a.at, a.id")
@NamedQuery(name = "AuditEntry.unchained", query = "select a from AuditEntry a where a.entryHash is null order by a.id")
@NamedQuery(name = "AuditEntry.from", query = "select a from AuditEntry a where a.id > :after order by a.id")
public class AuditEntry {
    public static final int SHORT = 64;
    public static final int DETAIL = 4000;

    @Id
    private Long id;

    @Column(name = "at_utc", nullable = false)
    private LocalDateTime at;

    @Column(nullable = false, length = SHORT)
    private String actor;

    @Column(name = "source_address", length = SHORT)
    private String source;

    @Column(nullable = false, length = SHORT)
    private String action;

    @Column(name = "object_type", nullable = false, length = SHORT)
    private String objectType;

    @Column(name = "object_id", nullable = false, length = SHORT)
    private String objectId;

    @Column(length = 16)
    private String result;

    @Column(length = DETAIL)
    private String detail;

    @Column(name = "prev_hash", length = 64)
    private String prevHash;

    @Column(name = "entry_hash", length = 64)
    private String entryHash;

    protected AuditEntry() {}

    /**
     * A new entry, its texts neutralised and cut to the columns ({@link AuditChain#neutralise}), its time cut to the
     * millisecond (what every database keeps), chained after {@code prevHash}.
     */
    public AuditEntry(
            long id,
            String actor,
            String source,
            String action,
            String objectType,
            String objectId,
            String result,
            String detail,
            String prevHash) {
        this.id = id;
        this.at = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        this.actor = required(AuditChain.neutralise(actor, SHORT));
        this.source = AuditChain.neutralise(source, SHORT);
        this.action = required(AuditChain.neutralise(action, SHORT));
        this.objectType = required(AuditChain.neutralise(objectType, SHORT));
        this.objectId = required(AuditChain.neutralise(objectId, SHORT));
        this.result = AuditChain.neutralise(result, 16);
        this.detail = AuditChain.neutralise(detail, DETAIL);
        this.prevHash = prevHash;
        this.entryHash = AuditChain.hash(prevHash, link());
    }

    /** the columns are NOT NULL: an absent value is written as "-" */
    private static String required(String s) {
        return s == null || s.isEmpty() ? "-" : s;
    }

    public Long id() {
        return id;
    }

    public String entryHash() {
        return entryHash;
    }

    public String result() {
        return result;
    }

    /** Chains an entry written before the chain existed (start-up only), its result derived from its action. */
    public void chainAfter(String prev, String derivedResult) {
        if (entryHash != null) {
            throw new IllegalStateException("audit entry " + id + " is chained already");
        }
        if (result == null) {
            result = derivedResult;
        }
        prevHash = prev;
        entryHash = AuditChain.hash(prev, link());
    }

    public AuditChain.Link link() {
        return new AuditChain.Link(
                id, at, actor, source, action, objectType, objectId, result, detail, prevHash, entryHash);
    }

    /** for the object histories: the detail's line breaks back */
    public AuditTrail.Entry toEntry() {
        return new AuditTrail.Entry(
                at.toInstant(ZoneOffset.UTC), actor, action, objectType, objectId, AuditChain.restore(detail));
    }

    /** for the auditor: the entry as stored */
    public AuditTrail.Line toLine() {
        return new AuditTrail.Line(
                id,
                at.toInstant(ZoneOffset.UTC),
                actor,
                source,
                action,
                objectType,
                objectId,
                AuditTrail.Result.parse(result),
                detail,
                entryHash);
    }
}
