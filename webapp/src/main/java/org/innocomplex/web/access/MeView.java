package org.innocomplex.web.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.CurrentUser;
import org.innocomplex.appraisal.api.AppraisalService;
import org.innocomplex.registry.api.RegistryService;

/** The header's "who am I": name, role, scope, and the size of the inbox. */
@Named("me")
@RequestScoped
public class MeView {
    @Inject
    CurrentUser currentUser;
    @Inject
    AppraisalService appraisals;
    @Inject
    RegistryService registry;
    @Inject
    LocaleView locale;

    private Long inboxCount;

    public Actor getActor() {
        return currentUser.get().orElse(null);
    }

    public boolean isLoggedIn() {
        return currentUser.get().isPresent();
    }

    public String getScopeName() {
        Actor a = getActor();
        if (a == null || a.scopeCode() == null) {
            return "";
        }
        if (a.role() == org.innocomplex.access.api.Role.MUNICIPAL_OFFICIAL) {
            return registry.city(a.scopeCode()).map(c -> c.name(locale.isChinese())).orElse(a.scopeCode());
        }
        return registry.county(a.scopeCode()).map(c -> c.name(locale.isChinese())).orElse(a.scopeCode());
    }

    public long getInboxCount() {
        if (inboxCount == null) {
            inboxCount = currentUser.get().map(appraisals::inboxCount).orElse(0L);
        }
        return inboxCount;
    }
}
