package org.innocomplex.access.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The one row that serialises appends to the audit trail: the last entry's id and hash. An append locks it, takes
 * the next id and the previous hash from it and moves it on, in the appending transaction.
 */
@Entity
@Table(name = "acc_audit_head")
public class AuditHead {
    public static final int ID = 1;

    @Id
    private Integer id;

    @Column(name = "last_id")
    private Long lastId;

    @Column(name = "last_hash", length = 64)
    private String lastHash;

    protected AuditHead() {}

    /** whether the entries before the chain were chained yet */
    public boolean isSet() {
        return lastHash != null;
    }

    public Long lastId() {
        return lastId;
    }

    public String lastHash() {
        return lastHash;
    }

    public long nextId() {
        return (lastId == null ? 0L : lastId) + 1;
    }

    public void moveTo(long id, String hash) {
        this.lastId = id;
        this.lastHash = hash;
    }
}
