package org.innocomplex.access.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One setting of the security policy as a security administrator saved it ({@code acc_security_policy}). */
@Entity
@Table(name = "acc_security_policy")
public class PolicySetting {

    @Id
    @Column(length = 64)
    private String setting;

    @Column(name = "setting_value", nullable = false, length = 400)
    private String value;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    protected PolicySetting() {}

    public PolicySetting(String setting, String value, LocalDateTime now, String by) {
        this.setting = setting;
        set(value, now, by);
    }

    public String setting() {
        return setting;
    }

    public String value() {
        return value;
    }

    public void set(String value, LocalDateTime now, String by) {
        this.value = value;
        this.changedAt = now;
        this.changedBy = by;
    }
}
