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
import java.util.Locale;

/** One recovery code of a user ({@code acc_recovery_code}): its SHA-256 only; used once. */
@Entity
@Table(name = "acc_recovery_code")
@NamedQuery(
        name = "RecoveryCode.unused",
        query = "select c from RecoveryCode c where c.username = :username and c.usedAt is null")
@NamedQuery(name = "RecoveryCode.deleteOf", query = "delete from RecoveryCode c where c.username = :username")
public class RecoveryCode {

    @Id
    @SequenceGenerator(name = "acc_recovery_code_seq", sequenceName = "acc_recovery_code_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "acc_recovery_code_seq")
    private Long id;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "used_at")
    private LocalDateTime usedAt;

    protected RecoveryCode() {}

    public RecoveryCode(String username, String code) {
        this.username = username;
        this.codeHash = hash(code);
    }

    /** the hash a typed code is compared by: lower case, without spaces and dashes */
    public static String hash(String code) {
        String clean = code == null ? "" : code.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
        return SecretSeal.sha256Hex(clean);
    }

    public boolean matches(String typedHash) {
        return java.security.MessageDigest.isEqual(
                codeHash.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                typedHash.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    public void use(LocalDateTime now) {
        usedAt = now;
    }
}
