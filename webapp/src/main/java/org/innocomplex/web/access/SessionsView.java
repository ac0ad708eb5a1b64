package org.innocomplex.web.access;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import org.innocomplex.access.api.CurrentUser;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.SessionInfo;
import org.innocomplex.access.api.SessionPolicy;
import org.innocomplex.access.api.SessionRegistry;
import org.innocomplex.web.support.Faces;

/**
 * {@code account/sessions.xhtml}, every user's own page: their active sessions (started, last activity, address,
 * browser), this one marked; ending one, or all but this one ("log out everywhere else").
 */
@Named
@ViewScoped
public class SessionsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    SessionRegistry sessions;

    @Inject
    CurrentUser currentUser;

    @Inject
    Faces faces;

    private transient List<SessionInfo> list;

    public List<SessionInfo> getList() {
        if (list == null) {
            list = sessions.listFor(currentUser.require());
        }
        return list;
    }

    /** the reference of the session this page is shown in */
    public String getCurrentRef() {
        return SessionRegistry.ref(SessionKeys.key(request()));
    }

    public boolean isOthers() {
        String current = getCurrentRef();
        return getList().stream().anyMatch(s -> !s.ref().equals(current));
    }

    public void end(String ref) {
        try {
            sessions.endFor(currentUser.require(), ref);
            faces.info("access.sessions.endedOne");
        } catch (DomainException e) {
            faces.error(e);
        }
        list = null;
    }

    public void endOthers() {
        int n = sessions.endAllFor(currentUser.require(), SessionKeys.key(request()));
        faces.info("access.sessions.endedOthers", n);
        list = null;
    }

    public String getPolicyText() {
        SessionPolicy p = sessions.policy();
        return faces.text(
                p.concurrent() == SessionPolicy.Concurrent.END_OLDER
                        ? "access.sessions.policy.endOlder"
                        : "access.sessions.policy.allow",
                p.idle().toMinutes(),
                p.lifetime().toHours());
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
