package org.innocomplex.web.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.innocomplex.web.support.Faces;

/** The login page's "why you are here": {@code login.xhtml?ended=REASON}, as {@link SessionCheckFilter} sends it. */
@Named("sessionEnded")
@RequestScoped
public class SessionEndedView {

    @Inject
    Faces faces;

    /** the translated reason, or null when the page was not opened for an ended session */
    public String getMessage() {
        String reason = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("ended");
        if (reason == null) {
            return null;
        }
        return faces.text(
                switch (reason) {
                    case "IDLE" -> "access.login.ended.idle";
                    case "LIFETIME" -> "access.login.ended.lifetime";
                    case "REPLACED" -> "access.login.ended.replaced";
                    case "ENDED_BY_USER" -> "access.login.ended.byUser";
                    case "ENDED_BY_SECURITY_ADMIN" -> "access.login.ended.bySecurityAdmin";
                    default -> "access.login.ended.other";
                });
    }
}
