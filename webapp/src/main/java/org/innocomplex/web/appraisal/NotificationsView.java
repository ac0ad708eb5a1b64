package org.innocomplex.web.appraisal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.innocomplex.access.api.CurrentUser;
import org.innocomplex.appraisal.api.NotificationData;
import org.innocomplex.appraisal.api.NotificationService;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** {@code appraisal/notifications.xhtml}: all of the user's notifications, newest first, page by page. */
@Named
@ViewScoped
public class NotificationsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    NotificationService notifications;

    private final LazyDataModel<NotificationData> list = new Page();

    public LazyDataModel<NotificationData> getList() {
        return list;
    }

    public void markRead(NotificationData n) {
        notifications.markRead(currentUser.require(), n.id());
    }

    public void markAllRead() {
        notifications.markAllRead(currentUser.require());
    }

    class Page extends LazyDataModel<NotificationData> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) notifications.count(currentUser.require());
        }

        @Override
        public List<NotificationData> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return notifications.page(currentUser.require(), first, pageSize);
        }

        @Override
        public String getRowKey(NotificationData n) {
            return String.valueOf(n.id());
        }
    }
}
