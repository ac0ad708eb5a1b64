package org.innocomplex.web.appraisal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.CurrentUser;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.Role;
import org.innocomplex.appraisal.api.PublicationPreview;
import org.innocomplex.appraisal.api.PublicationService;
import org.innocomplex.web.errors.RequestParams;
import org.innocomplex.web.support.Faces;

/** The "publish results" part of {@code submission/cycle.xhtml?id=<cycle>}, for the city's municipal officials. */
@Named
@ViewScoped
public class PublicationView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    PublicationService publication;

    @Inject
    Faces faces;

    private Long cycleId;
    private PublicationPreview preview;

    @PostConstruct
    void load() {
        // a section of the cycle's page, which has refused a missing or malformed id already
        cycleId = RequestParams.optionalId("id");
        if (cycleId == null) {
            return;
        }
        refresh();
    }

    private void refresh() {
        var actor = currentUser.require();
        // others get no section at all rather than a refusal on a page they may otherwise use
        preview = actor.is(Role.MUNICIPAL_OFFICIAL) ? tryPreview(actor) : null;
    }

    private PublicationPreview tryPreview(Actor actor) {
        try {
            return publication.preview(cycleId, actor);
        } catch (DomainException e) {
            return null;
        }
    }

    public void publish() {
        try {
            int n = publication.publish(cycleId, currentUser.require());
            faces.flashInfo("appraisal.publish.done", n);
            faces.redirect("/submission/cycle.xhtml?id=" + cycleId);
        } catch (DomainException e) {
            faces.error(e);
            refresh();
        } catch (RuntimeException e) {
            if (!Faces.concurrentChange(e)) {
                throw e;
            }
            faces.error(null, "appraisal.error.concurrentChange");
            refresh();
        }
    }

    /** How many, and how many of each grade, in the confirmation itself. */
    public String getConfirmText() {
        var d = preview.distribution();
        return faces.text(
                "appraisal.publish.confirm",
                preview.toPublish(),
                d.get("EXCELLENT"),
                d.get("GOOD"),
                d.get("PASS"),
                d.get("FAIL"));
    }

    public PublicationPreview getPreview() {
        return preview;
    }
}
