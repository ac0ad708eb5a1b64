package org.innocomplex.access.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import org.innocomplex.access.application.DefaultUserService;
import org.innocomplex.access.domain.UserAccount;

/**
 * Jakarta Security's view of {@code acc_user}: the caller's single group is their role's name, which web.xml's
 * constraints and {@code glassfish-web.xml}'s role mapping use.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    DefaultUserService users;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential upc)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = upc.getCaller() == null ? "" : upc.getCaller().trim().toLowerCase();
        UserAccount account = users.account(username).orElse(null);
        if (account == null || !users.verify(account, upc.getPassword().getValue())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(username, Set.of(account.toActor().role().name()));
    }
}
