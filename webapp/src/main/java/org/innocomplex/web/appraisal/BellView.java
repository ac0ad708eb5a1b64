package org.innocomplex.web.appraisal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.innocomplex.access.api.CurrentUser;
import org.innocomplex.appraisal.api.NotificationData;
import org.innocomplex.appraisal.api.NotificationService;
import org.innocomplex.web.notify.NotificationText;

/**
 * The bell in the header: the unread count on every page (one indexed count per request), the latest
 * notifications when it is opened, and where each one leads.
 */
@Named("bell")
@RequestScoped
public class BellView {
    static final int LATEST = 8;

    @Inject
    CurrentUser currentUser;

    @Inject
    NotificationService notifications;

    private Long unread;
    private List<NotificationData> latest;

    public long getUnreadCount() {
        if (unread == null) {
            unread = currentUser.get().map(notifications::unreadCount).orElse(0L);
        }
        return unread;
    }

    public List<NotificationData> getLatest() {
        if (latest == null) {
            latest = currentUser.get().map(a -> notifications.latest(a, LATEST)).orElse(List.of());
        }
        return latest;
    }

    /** The notification's text in the reader's language; arguments marked as keys are translated too. */
    public String text(NotificationData n) {
        jakarta.faces.context.FacesContext fc = jakarta.faces.context.FacesContext.getCurrentInstance();
        return NotificationText.format(
                fc.getApplication().getResourceBundle(fc, "msg"),
                fc.getViewRoot().getLocale(),
                n.messageKey(),
                n.args());
    }

    /** Marks it read and goes to its task, else to its report's record. */
    public String open(NotificationData n) {
        currentUser.get().ifPresent(a -> notifications.markRead(a, n.id()));
        return target(n);
    }

    static String target(NotificationData n) {
        if (n.taskId() != null) {
            return "/appraisal/task?faces-redirect=true&id=" + n.taskId();
        }
        if (n.reportId() != null) {
            return "/appraisal/record?faces-redirect=true&id=" + n.reportId();
        }
        return "/appraisal/notifications?faces-redirect=true";
    }

    public void markAllRead() {
        currentUser.get().ifPresent(notifications::markAllRead);
        unread = null;
        latest = null;
    }
}
