package org.innocomplex.access.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.PasswordLoginCredential;
import org.innocomplex.access.api.SecondFactorCredential;
import org.innocomplex.access.application.PasswordLogins;

/**
 * Jakarta Security's view of {@code acc_user}: the caller's single group is their role's name, which web.xml's
 * constraints and {@code glassfish-web.xml}'s role mapping use. Passwords are checked through {@link PasswordLogins},
 * which throttles failures by login name and address; a {@link PasswordLoginCredential} carries the address in and
 * the outcome back to the login page. A user with a second factor is not authenticated by the password: it gives a
 * ticket, and the {@link SecondFactorCredential} that brings it back with a right code authenticates them.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    PasswordLogins logins;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        try {
            return check(credential);
        } catch (RuntimeException e) {
            if (credential instanceof PasswordLoginCredential p) {
                p.failure(e);
            } else if (credential instanceof SecondFactorCredential s) {
                s.failure(e);
            }
            throw e;
        }
    }

    private CredentialValidationResult check(Credential credential) {
        if (credential instanceof SecondFactorCredential s) {
            PasswordLogins.Attempt attempt = logins.secondFactor(s.username(), s.ticket(), s.code(), s.address());
            s.outcome(attempt.outcome());
            return attempt.actor()
                    .map(a -> new CredentialValidationResult(
                            a.username(), Set.of(a.role().name())))
                    .orElse(CredentialValidationResult.INVALID_RESULT);
        }
        if (!(credential instanceof UsernamePasswordCredential upc)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String address = credential instanceof PasswordLoginCredential p ? p.address() : null;
        PasswordLogins.Attempt attempt =
                logins.attempt(upc.getCaller(), upc.getPassword().getValue(), address);
        if (credential instanceof PasswordLoginCredential p) {
            p.outcome(attempt.outcome());
            p.pendingTicket(attempt.ticket());
        }
        if (attempt.actor().isEmpty()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Actor a = attempt.actor().get();
        return new CredentialValidationResult(a.username(), Set.of(a.role().name()));
    }
}
