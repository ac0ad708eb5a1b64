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

/** An earlier password of a user, by its hash ({@code acc_password_history}), newest first. */
@Entity
@Table(name = "acc_password_history")
@NamedQuery(
        name = "PasswordHistory.of",
        query = "select h from PasswordHistory h where h.username = :username order by h.changedAt desc, h.id desc")
public class PasswordHistory {

    @Id
    @SequenceGenerator(
            name = "acc_password_history_seq",
            sequenceName = "acc_password_history_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "acc_password_history_seq")
    private Long id;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    protected PasswordHistory() {}

    public PasswordHistory(String username, String passwordHash, LocalDateTime changedAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.changedAt = changedAt;
    }

    public String passwordHash() {
        return passwordHash;
    }
}
