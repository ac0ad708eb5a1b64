package org.innocomplex.web.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.CurrentUser;
import org.innocomplex.appraisal.api.InboxService;
import org.innocomplex.appraisal.api.StepCount;
import org.innocomplex.registry.api.ActorScope;
import org.innocomplex.registry.api.RegistryService;
import org.innocomplex.reporting.api.DashboardService;
import org.innocomplex.web.support.PlaceNames;

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

    @Inject
    PlaceNames places;

    /** what the user covers, worked out once per request */
    private ActorScope scope;

    private List<StepCount> stepCounts;

    public Actor getActor() {
        return currentUser.get().orElse(null);
    }

    public boolean isLoggedIn() {
        return currentUser.get().isPresent();
    }

    /** whether the menu offers the programme's pages (web.xml keeps the security and audit administrators out) */
    public boolean isInProgramme() {
        Actor a = getActor();
        return a != null && a.role().inProgramme();
    }

    /** the user's first page, where the header's brand leads */
    public String getHome() {
        Actor a = getActor();
        return Landing.of(a == null ? null : a.role());
    }

    /** whether the menu offers the expert roster (the registry service decides it again) */
    public boolean isMayReadRoster() {
        Actor a = getActor();
        return a != null && RegistryService.mayReadRoster(a);
    }

    /** the county, city or province the user is scoped to, by name */
    public String getScopeName() {
        Actor a = getActor();
        return a == null ? "" : places.name(a.scopeCode(), locale.isChinese());
    }

    /** whether the menu offers the cycles and the collection of reports (the services decide it again) */
    public boolean isRunsCycles() {
        Actor a = getActor();
        if (a == null) {
            return false;
        }
        if (scope == null) {
            scope = registry.scopeOf(a);
        }
        return scope.runsCycles();
    }

    /** whether the menu offers the dashboard (the service decides it again) */
    public boolean isMayViewDashboard() {
        Actor a = getActor();
        return a != null && DashboardService.mayView(a);
    }

    /** Open tasks per step, one grouped query per request however often the header asks. */
    public List<StepCount> getStepCounts() {
        if (stepCounts == null) {
            stepCounts = currentUser
                    .get()
                    .filter(a -> a.role().inProgramme())
                    .map(inbox::countsByStep)
                    .orElse(List.of());
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
