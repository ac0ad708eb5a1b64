package org.innocomplex.web.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import org.innocomplex.access.api.SessionCheck;
import org.innocomplex.access.api.SessionRegistry;

/** What the layout gives the session timer script: when the session ends unless there is activity, and the warning. */
@Named("sessionTimer")
@RequestScoped
public class SessionTimerView {

    @Inject
    SessionRegistry sessions;

    /** seconds until the session ends without activity, as this request's check found it */
    public long getRemainingSeconds() {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        Object c = request.getAttribute(SessionKeys.CHECK);
        return c instanceof SessionCheck check && check.active()
                ? check.remaining(Instant.now()).toSeconds()
                : sessions.policy().idle().toSeconds();
    }

    public long getWarnSeconds() {
        return sessions.policy().warn().toSeconds();
    }
}
