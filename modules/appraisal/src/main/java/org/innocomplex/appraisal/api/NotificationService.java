package org.innocomplex.appraisal.api;

import java.util.Collection;
import java.util.List;
import org.innocomplex.access.api.Actor;

/** In-app notifications: the bell in the header and the notifications page. Each user sees only their own. */
public interface NotificationService {

    /**
     * Writes one notification per recipient (duplicates collapsed) in the caller's transaction; e-mail, where
     * configured, follows after the commit.
     *
     * @param args see {@link NotificationData}
     */
    void notify(
            Collection<String> recipients,
            String kind,
            String messageKey,
            List<String> args,
            Long reportId,
            String taskId);

    /** Cheap: one indexed count. */
    long unreadCount(Actor actor);

    /** The newest first. */
    List<NotificationData> latest(Actor actor, int max);

    List<NotificationData> page(Actor actor, int first, int max);

    long count(Actor actor);

    /** Marks one of the actor's own notifications read; someone else's id is ignored. */
    void markRead(Actor actor, Long id);

    /** @return how many were unread */
    int markAllRead(Actor actor);
}
