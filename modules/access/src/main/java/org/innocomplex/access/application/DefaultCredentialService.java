package org.innocomplex.access.application;

import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.AuditTrail;
import org.innocomplex.access.api.CredentialService;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.access.api.Obligation;
import org.innocomplex.access.api.Role;
import org.innocomplex.access.api.SecondFactorEnrolment;
import org.innocomplex.access.api.SecurityPolicy;
import org.innocomplex.access.api.SecurityPolicyService;
import org.innocomplex.access.api.ValidationException;
import org.innocomplex.access.api.Violation;
import org.innocomplex.access.domain.PasswordPolicy;
import org.innocomplex.access.domain.RecoveryCode;
import org.innocomplex.access.domain.SecondFactor;
import org.innocomplex.access.domain.Totp;
import org.innocomplex.access.domain.UserAccount;

@ApplicationScoped
@Transactional
public class DefaultCredentialService implements CredentialService {
    static final String AUDIT_TYPE = "user";
    static final String ISSUER = "InnoComplex";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    RefusalAudit refusals;

    @Inject
    DefaultUserService users;

    @Inject
    PasswordChanges passwords;

    @Inject
    SecurityPolicyService policies;

    @Inject
    SecondFactors factors;

    @Override
    public void changePassword(Actor self, char[] currentPassword, char[] newPassword) {
        UserAccount account = own(self);
        if (currentPassword == null || currentPassword.length == 0 || !passwords.verify(currentPassword, account)) {
            refusals.record(
                    self.username(), "PASSWORD_CHANGE_REFUSED", AUDIT_TYPE, self.username(), "current password");
            throw new ValidationException(
                    List.of(new Violation("currentPassword", "access.password.error.currentWrong")));
        }
        ValidationException.throwIfAny(passwords.violations(account, newPassword, "newPassword"));
        passwords.set(account, newPassword, false);
        audit.record(
                self.username(), "PASSWORD_CHANGED", AUDIT_TYPE, self.username(), "password: changed by its owner");
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Obligation> obligations(String username) {
        UserAccount account = users.account(username).orElse(null);
        Set<Obligation> o = EnumSet.noneOf(Obligation.class);
        if (account == null) {
            return o;
        }
        SecurityPolicy policy = policies.current();
        if (account.mustChangePassword()) {
            o.add(Obligation.CHANGE_PASSWORD);
        } else if (new PasswordPolicy(policy).expired(account.passwordChangedAt(), now())) {
            o.add(Obligation.PASSWORD_EXPIRED);
        }
        if (policy.requiresSecondFactor(account.role()) && !factors.enrolled(username)) {
            o.add(Obligation.ENROL_SECOND_FACTOR);
        }
        return o;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public OptionalLong passwordExpiresInDays(String username) {
        return users.account(username)
                .filter(a -> !a.mustChangePassword())
                .map(a -> new PasswordPolicy(policies.current()).daysLeftToWarn(a.passwordChangedAt(), now()))
                .orElse(OptionalLong.empty());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public SecondFactorEnrolment startEnrolment(Actor self) {
        own(self);
        String secret = new DefaultSecretGenerator(32).generate();
        QrData data = new QrData.Builder()
                .label(ISSUER + ":" + self.username())
                .issuer(ISSUER)
                .secret(secret)
                .algorithm(HashingAlgorithm.SHA1)
                .digits(Totp.DIGITS)
                .period(Totp.PERIOD_SECONDS)
                .build();
        ZxingPngQrGenerator qr = new ZxingPngQrGenerator();
        qr.setImageSize(240);
        try {
            return new SecondFactorEnrolment(
                    secret, data.getUri(), Utils.getDataUriForImage(qr.generate(data), qr.getImageMimeType()));
        } catch (QrGenerationException e) {
            throw new IllegalStateException("the QR code could not be drawn", e);
        }
    }

    @Override
    public List<String> confirmEnrolment(Actor self, SecondFactorEnrolment enrolment, String code) {
        own(self);
        OptionalLong step = enrolment == null ? OptionalLong.empty() : factors.match(enrolment.secret(), code);
        if (step.isEmpty()) {
            refusals.record(self.username(), "SECOND_FACTOR_ENROL_FAILED", AUDIT_TYPE, self.username(), "wrong code");
            throw new ValidationException(List.of(new Violation("code", "access.factor.error.wrongCode")));
        }
        boolean replaced = removeFactor(self.username());
        em.persist(new SecondFactor(
                self.username(), factors.seal(enrolment.secret(), self.username()), now(), step.getAsLong()));
        List<String> codes = Arrays.asList(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
        codes.forEach(c -> em.persist(new RecoveryCode(self.username(), c)));
        em.flush();
        audit.record(
                self.username(),
                "SECOND_FACTOR_ENROLLED",
                AUDIT_TYPE,
                self.username(),
                "TOTP" + (replaced ? ", replacing the earlier one" : "") + "\nrecovery codes: " + RECOVERY_CODES);
        return codes;
    }

    private boolean removeFactor(String username) {
        SecondFactor old = em.find(SecondFactor.class, username);
        em.createNamedQuery("RecoveryCode.deleteOf")
                .setParameter("username", username)
                .executeUpdate();
        if (old != null) {
            em.remove(old);
            em.flush();
            return true;
        }
        return false;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasSecondFactor(String username) {
        return factors.enrolled(username);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> withSecondFactor(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createNamedQuery("SecondFactor.usernamesIn", String.class)
                .setParameter("names", new HashSet<>(usernames))
                .getResultList());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public int recoveryCodesLeft(String username) {
        return em.createNamedQuery("RecoveryCode.unused", RecoveryCode.class)
                .setParameter("username", username)
                .getResultList()
                .size();
    }

    @Override
    public void resetSecondFactor(Actor securityAdmin, String username) {
        Actor.requireRole(securityAdmin, Role.SECURITY_ADMIN);
        UserAccount account = users.account(username == null ? "" : username)
                .orElseThrow(() -> new DomainException("access.error.unknownUser", String.valueOf(username)));
        if (removeFactor(account.username())) {
            audit.record(
                    securityAdmin.username(),
                    "SECOND_FACTOR_RESET",
                    AUDIT_TYPE,
                    account.username(),
                    "second factor and recovery codes removed");
        }
    }

    private UserAccount own(Actor self) {
        if (self == null) {
            throw new NotAuthorizedException("access.error.notLoggedIn");
        }
        return users.account(self.username())
                .filter(UserAccount::active)
                .orElseThrow(() -> new NotAuthorizedException("access.error.notLoggedIn"));
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
