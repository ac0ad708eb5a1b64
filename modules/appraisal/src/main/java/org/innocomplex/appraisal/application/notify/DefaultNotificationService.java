package org.innocomplex.appraisal.application.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.innocomplex.access.api.Actor;
import org.innocomplex.appraisal.api.NotificationData;
import org.innocomplex.appraisal.api.NotificationService;
import org.innocomplex.appraisal.api.NotificationsWritten;
import org.innocomplex.appraisal.domain.Notification;

@ApplicationScoped
@Transactional
public class DefaultNotificationService implements NotificationService {
    static final int MAX_PAGE = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<NotificationsWritten> written;

    @Override
    public void notify(
            Collection<String> recipients,
            String kind,
            String messageKey,
            List<String> args,
            Long reportId,
            String taskId) {
        List<String> to = new LinkedHashSet<>(recipients)
                .stream().filter(Objects::nonNull).filter(r -> !r.isBlank()).toList();
        for (String recipient : to) {
            em.persist(new Notification(recipient, kind, messageKey, args, reportId, taskId));
        }
        if (!to.isEmpty()) {
            written.fire(new NotificationsWritten(
                    to, kind, messageKey, args == null ? List.of() : List.copyOf(args), reportId, taskId));
        }
    }

    @Override
    public long unreadCount(Actor actor) {
        return em.createQuery(
                        "select count(n) from Notification n where n.recipient = :r and n.readAt is null", Long.class)
                .setParameter("r", actor.username())
                .getSingleResult();
    }

    @Override
    public List<NotificationData> latest(Actor actor, int max) {
        return page(actor, 0, max);
    }

    @Override
    public List<NotificationData> page(Actor actor, int first, int max) {
        return em.createQuery(
                        "select n from Notification n where n.recipient = :r order by n.createdAt desc, n.id desc",
                        Notification.class)
                .setParameter("r", actor.username())
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(0, Math.min(max, MAX_PAGE)))
                .getResultStream()
                .map(Notification::toView)
                .toList();
    }

    @Override
    public long count(Actor actor) {
        return em.createQuery("select count(n) from Notification n where n.recipient = :r", Long.class)
                .setParameter("r", actor.username())
                .getSingleResult();
    }

    @Override
    public void markRead(Actor actor, Long id) {
        Notification n = id == null ? null : em.find(Notification.class, id);
        if (n != null && n.recipient().equals(actor.username())) {
            n.markRead();
        }
    }

    @Override
    public int markAllRead(Actor actor) {
        return em.createQuery("update Notification n set n.readAt = :now where n.recipient = :r and n.readAt is null")
                .setParameter("now", LocalDateTime.now(ZoneOffset.UTC))
                .setParameter("r", actor.username())
                .executeUpdate();
    }
}
