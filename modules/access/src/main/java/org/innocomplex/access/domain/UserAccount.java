package org.innocomplex.access.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.Role;
import org.innocomplex.access.api.UserSummary;

/** A login. Times in UTC. */
@Entity
@Table(name = "acc_user")
@NamedQuery(name = "UserAccount.byUsername", query = "select u from UserAccount u where u.username = :username")
@NamedQuery(name = "UserAccount.all", query = "select u from UserAccount u order by u.username")
public class UserAccount {

    @Id
    @SequenceGenerator(name = "acc_user_seq", sequenceName = "acc_user_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "acc_user_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Role role;

    @Column(name = "scope_code", length = 16)
    private String scopeCode;

    @Column(name = "complex_id")
    private Long complexId;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    /** someone else set the password: the owner changes it at their next login */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /** when the password was last set, for its expiry */
    @Column(name = "password_changed_at")
    private LocalDateTime passwordChangedAt;

    /** optional; notifications are mailed here when mail is configured */
    @Column(length = 200)
    private String email;

    protected UserAccount() {}

    public UserAccount(
            String username, String displayName, String passwordHash, Role role, String scopeCode, Long complexId) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.scopeCode = scopeCode;
        this.complexId = complexId;
        this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
        this.passwordChangedAt = createdAt;
    }

    public Actor toActor() {
        return new Actor(username, displayName, role, scopeCode, complexId);
    }

    public UserSummary toSummary() {
        return new UserSummary(
                username, displayName, role, scopeCode, complexId, active, createdAt.toInstant(ZoneOffset.UTC));
    }

    public String username() {
        return username;
    }

    public String email() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public void setRole(Role role, String scopeCode, Long complexId) {
        this.role = role;
        this.scopeCode = scopeCode;
        this.complexId = complexId;
    }

    /** a new password, set at {@code now}; {@code byOther}: someone else chose it, so the owner must change it */
    public void setPassword(String passwordHash, LocalDateTime now, boolean byOther) {
        this.passwordHash = passwordHash;
        this.passwordChangedAt = now;
        this.mustChangePassword = byOther;
    }

    public void setMustChangePassword(boolean must) {
        this.mustChangePassword = must;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public LocalDateTime passwordChangedAt() {
        return passwordChangedAt == null ? createdAt : passwordChangedAt;
    }

    public Role role() {
        return role;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean active() {
        return active;
    }
}
