package org.innocomplex.web.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.CurrentUser;
import java.util.List;
import org.innocomplex.appraisal.api.InboxService;
import org.innocomplex.appraisal.api.StepCount;
import org.innocomplex.registry.api.RegistryService;

/** The header's "who am I": name, role, scope, and the size of the inbox. */
@Named("me")
@RequestScoped
public class MeView {
    @Inject
    CurrentUser currentUser;
    @Inject
    InboxService inbox;
    @Inject
    RegistryService registry;
    @Inject
    LocaleView locale;

    private List<StepCount> stepCounts;

    public Actor getActor() {
        return currentUser.get().orElse(null);
    }

    public boolean isLoggedIn() {
        return currentUser.get().isPresent();
    }

    /** whether the menu offers the expert roster (the registry service decides it again) */
    public boolean isMayReadRoster() {
        Actor a = getActor();
        return a != null && RegistryService.mayReadRoster(a);
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

    /** Open tasks per step, one grouped query per request however often the header asks. */
    public List<StepCount> getStepCounts() {
        if (stepCounts == null) {
            stepCounts = currentUser.get().map(inbox::countsByStep).orElse(List.of());
        }
        return stepCounts;
    }

    /** after a change of the inbox within this request (a bulk approval) */
    public void refreshStepCounts() {
        stepCounts = null;
    }

    public long getInboxCount() {
        return getStepCounts().stream().mapToLong(StepCount::count).sum();
    }
}
