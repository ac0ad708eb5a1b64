package org.innocomplex.web.appraisal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.innocomplex.access.api.CurrentUser;
import org.innocomplex.appraisal.api.AppraisalService;
import org.innocomplex.appraisal.api.InboxItem;

/** {@code appraisal/inbox.xhtml}: the tasks the user can act on now, newest first. */
@Named
@ViewScoped
public class InboxView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int PAGE = 200;

    @Inject
    CurrentUser currentUser;
    @Inject
    AppraisalService appraisals;

    private List<InboxItem> items;

    @PostConstruct
    void load() {
        items = appraisals.inbox(currentUser.require(), 0, PAGE);
    }

    public List<InboxItem> getItems() {
        return items;
    }
}
