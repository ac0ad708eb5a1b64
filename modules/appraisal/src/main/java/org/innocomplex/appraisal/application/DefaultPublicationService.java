package org.innocomplex.appraisal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.appraisal.api.AppraisalStatus;
import org.innocomplex.appraisal.api.Grade;
import org.innocomplex.appraisal.api.GradesPublished;
import org.innocomplex.appraisal.api.PublicationPreview;
import org.innocomplex.appraisal.api.PublicationService;
import org.innocomplex.appraisal.application.steps.CycleGrading;
import org.innocomplex.appraisal.domain.Appraisal;
import org.innocomplex.appraisal.domain.AppraisalEvent;
import org.innocomplex.appraisal.domain.ExcellenceCap;
import org.innocomplex.registry.api.RegistryService;
import org.innocomplex.submission.api.CycleData;
import org.innocomplex.submission.api.CycleService;

@ApplicationScoped
@Transactional
public class DefaultPublicationService implements PublicationService {
    @PersistenceContext
    EntityManager em;

    @Inject
    CycleService cycles;

    @Inject
    RegistryService registry;

    @Inject
    Event<GradesPublished> published;

    @Inject
    CycleGrading grading;

    @Override
    public PublicationPreview preview(Long cycleId, Actor actor) {
        requireBureauOf(cycleId, actor);
        return previewOf(cycleId, decidedUnpublished(cycleId, LockModeType.NONE));
    }

    @Override
    public int publish(Long cycleId, Actor actor) {
        requireBureauOf(cycleId, actor);
        grading.lockCycle(cycleId);
        // the optimistic force-increment makes a step completing on one of them at the same moment fail, not mix
        List<Appraisal> decided = decidedUnpublished(cycleId, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        PublicationPreview p = previewOf(cycleId, decided);
        if (decided.isEmpty()) {
            throw new DomainException("appraisal.publish.error.nothingToPublish");
        }
        if (p.capExceeded()) {
            throw new DomainException("appraisal.publish.error.capExceeded", p.excellentInCycle(), p.cap());
        }
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        for (Appraisal a : decided) {
            a.publish(now);
            em.persist(new AppraisalEvent(a.id(), null, "PUBLISHED", actor.username(), null));
        }
        published.fire(
                new GradesPublished(cycleId, decided.stream().map(Appraisal::id).toList(), actor.username()));
        return decided.size();
    }

    private PublicationPreview previewOf(Long cycleId, List<Appraisal> decided) {
        CycleData cycle = cycles.cycle(cycleId).orElseThrow();
        Map<String, Long> distribution = new java.util.LinkedHashMap<>();
        for (Grade g : Grade.values()) {
            distribution.put(g.name(), 0L);
        }
        decided.forEach(a -> distribution.merge(a.grade().name(), 1L, Long::sum));
        long alreadyPublished = count(
                "select count(a) from Appraisal a where a.cycleId = :c and a.status = :s",
                cycleId,
                AppraisalStatus.PUBLISHED);
        long excellent = count(
                "select count(a) from Appraisal a where a.cycleId = :c and a.grade = :s", cycleId, Grade.EXCELLENT);
        int appraisals = em.createQuery("select count(a) from Appraisal a where a.cycleId = :c", Long.class)
                .setParameter("c", cycleId)
                .getSingleResult()
                .intValue();
        return new PublicationPreview(
                cycleId,
                decided.size(),
                distribution,
                alreadyPublished,
                excellent,
                ExcellenceCap.cap(appraisals, cycle.excellentCapPercent()));
    }

    private long count(String jpql, Long cycleId, Object s) {
        return em.createQuery(jpql, Long.class)
                .setParameter("c", cycleId)
                .setParameter("s", s)
                .getSingleResult();
    }

    private List<Appraisal> decidedUnpublished(Long cycleId, LockModeType lock) {
        return em.createQuery(
                        "select a from Appraisal a where a.cycleId = :c and a.status = :s order by a.id",
                        Appraisal.class)
                .setParameter("c", cycleId)
                .setParameter("s", AppraisalStatus.DECIDED)
                .setLockMode(lock)
                .getResultList();
    }

    private void requireBureauOf(Long cycleId, Actor actor) {
        CycleData cycle =
                cycles.cycle(cycleId).orElseThrow(() -> new DomainException("appraisal.publish.error.unknownCycle"));
        if (!registry.scopeOf(actor).isBureauOf(cycle.cityCode())) {
            throw new NotAuthorizedException("appraisal.publish.error.notYourCity");
        }
    }
}
