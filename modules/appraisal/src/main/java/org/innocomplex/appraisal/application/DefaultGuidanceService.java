package org.innocomplex.appraisal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.AuditTrail;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.access.api.Role;
import org.innocomplex.access.api.UserService;
import org.innocomplex.access.api.ValidationException;
import org.innocomplex.access.api.Violation;
import org.innocomplex.appraisal.api.GuidanceFile;
import org.innocomplex.appraisal.api.GuidanceNoteData;
import org.innocomplex.appraisal.api.GuidanceNoteInput;
import org.innocomplex.appraisal.api.GuidanceService;
import org.innocomplex.appraisal.domain.Appraisal;
import org.innocomplex.appraisal.domain.GuidanceAccess;
import org.innocomplex.appraisal.domain.GuidanceFiles;
import org.innocomplex.appraisal.domain.GuidanceFollowUp;
import org.innocomplex.appraisal.domain.GuidanceNote;
import org.innocomplex.appraisal.domain.GuidancePhoto;
import org.innocomplex.appraisal.domain.GuidanceRecommendation;
import org.innocomplex.appraisal.domain.GuidanceRules;
import org.innocomplex.registry.api.ComplexData;
import org.innocomplex.registry.api.RegistryService;

@ApplicationScoped
@Transactional
public class DefaultGuidanceService implements GuidanceService {
    @Inject
    AuditTrail audit;

    /** visit and follow-up dates are the complexes' local dates */
    /** the bureau's day: a visit "today" is today where the complex is */
    @Inject
    ZoneId zone;

    @PersistenceContext
    EntityManager em;

    @Inject
    RegistryService registry;

    @Inject
    UserService users;

    private ComplexData complex(Long complexId) {
        return registry.complex(complexId)
                .orElseThrow(() -> new DomainException("appraisal.guidance.error.unknownComplex"));
    }

    /** Assigned now or before: the appraisal's expert list, which keeps an expert after their review is done. */
    private boolean assignedExpert(Actor actor, Long complexId) {
        if (!actor.is(Role.EXPERT)) {
            return false;
        }
        return em.createQuery("select a from Appraisal a where a.complexId = :c", Appraisal.class)
                .setParameter("c", complexId)
                .getResultStream()
                .anyMatch(a -> a.experts().contains(actor.username()));
    }

    private boolean mayRead(Long complexId, Actor actor) {
        ComplexData c = complex(complexId);
        return GuidanceAccess.canRead(registry.scopeOf(actor), c.id(), c.countyCode(), assignedExpert(actor, c.id()));
    }

    @Override
    public boolean mayWrite(Long complexId, Actor actor) {
        ComplexData c = complex(complexId);
        return GuidanceAccess.canWrite(registry.scopeOf(actor), c.countyCode(), assignedExpert(actor, c.id()));
    }

    @Override
    public List<GuidanceNoteData> notes(Long complexId, Actor actor) {
        if (!mayRead(complexId, actor)) {
            throw new NotAuthorizedException("appraisal.guidance.error.notYourComplex");
        }
        List<GuidanceNote> notes = em.createQuery(
                        "select n from GuidanceNote n where n.complexId = :c " + "order by n.visitDate desc, n.id desc",
                        GuidanceNote.class)
                .setParameter("c", complexId)
                .getResultList();
        if (notes.isEmpty()) {
            return List.of();
        }
        List<Long> noteIds = notes.stream().map(GuidanceNote::id).toList();
        List<GuidanceRecommendation> recs = em.createQuery(
                        "select r from GuidanceRecommendation r " + "where r.noteId in :ids order by r.order",
                        GuidanceRecommendation.class)
                .setParameter("ids", noteIds)
                .getResultList();
        Map<Long, List<GuidanceNoteData.FollowUp>> followUps = new LinkedHashMap<>();
        Set<String> people =
                new HashSet<>(notes.stream().map(GuidanceNote::author).toList());
        List<Object[]> rows = recs.isEmpty()
                ? List.of()
                : em.createQuery(
                                "select f.id, f.recommendationId, "
                                        + "f.actionTaken, f.doneOn, f.author, f.fileName, f.contentType, f.size, f.sha256, f.createdAt "
                                        + "from GuidanceFollowUp f where f.recommendationId in :ids order by f.createdAt, f.id",
                                Object[].class)
                        .setParameter(
                                "ids",
                                recs.stream().map(GuidanceRecommendation::id).toList())
                        .getResultList();
        rows.forEach(r -> people.add((String) r[4]));
        Map<String, String> names = users.displayNames(people);
        for (Object[] r : rows) {
            GuidanceNoteData.FileInfo evidence = r[5] == null
                    ? null
                    : new GuidanceNoteData.FileInfo(
                            (Long) r[0], (String) r[5], (String) r[6], (Long) r[7], (String) r[8]);
            followUps
                    .computeIfAbsent((Long) r[1], k -> new ArrayList<>())
                    .add(new GuidanceNoteData.FollowUp(
                            (Long) r[0],
                            (String) r[2],
                            (LocalDate) r[3],
                            (String) r[4],
                            names.get((String) r[4]),
                            evidence,
                            ((LocalDateTime) r[9]).toInstant(ZoneOffset.UTC)));
        }
        Map<Long, List<GuidanceNoteData.Recommendation>> recsByNote = recs.stream()
                .collect(Collectors.groupingBy(
                        GuidanceRecommendation::noteId,
                        Collectors.mapping(
                                r -> new GuidanceNoteData.Recommendation(
                                        r.id(), r.order(), r.text(), followUps.getOrDefault(r.id(), List.of())),
                                Collectors.toList())));
        Map<Long, List<GuidanceNoteData.FileInfo>> photos = em.createQuery(
                        "select p.id, p.noteId, p.fileName, "
                                + "p.contentType, p.size, p.sha256 from GuidancePhoto p where p.noteId in :ids order by p.id",
                        Object[].class)
                .setParameter("ids", noteIds)
                .getResultStream()
                .collect(Collectors.groupingBy(
                        r -> (Long) r[1],
                        Collectors.mapping(
                                r -> new GuidanceNoteData.FileInfo(
                                        (Long) r[0], (String) r[2], (String) r[3], (Long) r[4], (String) r[5]),
                                Collectors.toList())));
        return notes.stream()
                .map(n -> new GuidanceNoteData(
                        n.id(),
                        n.complexId(),
                        n.appraisalId(),
                        n.author(),
                        names.get(n.author()),
                        n.visitDate(),
                        n.place(),
                        n.participants(),
                        n.problems(),
                        n.createdAt().toInstant(ZoneOffset.UTC),
                        recsByNote.getOrDefault(n.id(), List.of()),
                        photos.getOrDefault(n.id(), List.of())))
                .toList();
    }

    @Override
    public Long addNote(Actor actor, GuidanceNoteInput in, List<GuidanceFile> photos) {
        if (in.complexId() == null || !mayWrite(in.complexId(), actor)) {
            throw new NotAuthorizedException("appraisal.guidance.error.mayNotWrite");
        }
        if (in.appraisalId() != null) {
            Appraisal a = em.find(Appraisal.class, in.appraisalId());
            if (a == null || !a.complexId().equals(in.complexId())) {
                throw new DomainException("appraisal.error.unknownAppraisal");
            }
            if (actor.is(Role.EXPERT) && !a.experts().contains(actor.username())) {
                throw new NotAuthorizedException("appraisal.error.notAssigned");
            }
        }
        List<Violation> errors = new ArrayList<>(GuidanceRules.checkNote(in, LocalDate.now(zone)));
        List<GuidanceFile> files = photos == null
                ? List.of()
                : photos.stream()
                        .filter(p -> p != null && p.content() != null && p.content().length > 0)
                        .toList();
        for (GuidanceFile p : files) {
            GuidanceFiles.refusal(p.content(), GuidanceFiles.PHOTO_TYPES)
                    .ifPresent(key -> errors.add(new Violation("photo", key, GuidanceFiles.MAX_BYTES / 1024 / 1024)));
        }
        ValidationException.throwIfAny(errors);
        GuidanceNote note = new GuidanceNote(in, actor.username());
        em.persist(note);
        em.flush();
        int order = 0;
        for (String text : GuidanceRules.recommendations(in.recommendations())) {
            em.persist(new GuidanceRecommendation(note.id(), ++order, text));
        }
        for (GuidanceFile p : files) {
            em.persist(new GuidancePhoto(
                    note.id(),
                    p.fileName(),
                    GuidanceFiles.detect(p.content()).orElseThrow(),
                    p.content(),
                    actor.username()));
        }
        return note.id();
    }

    @Override
    public void addFollowUp(
            Long recommendationId, Actor actor, String actionTaken, LocalDate doneOn, GuidanceFile evidence) {
        GuidanceRecommendation rec =
                recommendationId == null ? null : em.find(GuidanceRecommendation.class, recommendationId);
        if (rec == null) {
            throw new DomainException("appraisal.guidance.error.unknownNote");
        }
        GuidanceNote note = em.find(GuidanceNote.class, rec.noteId());
        if (!GuidanceAccess.canFollowUp(actor, note.complexId())) {
            throw new NotAuthorizedException("appraisal.guidance.error.notYourComplex");
        }
        List<Violation> errors = new ArrayList<>(GuidanceRules.checkFollowUp(actionTaken, doneOn, LocalDate.now(zone)));
        boolean withFile = evidence != null && evidence.content() != null && evidence.content().length > 0;
        if (withFile) {
            GuidanceFiles.refusal(evidence.content(), GuidanceFiles.EVIDENCE_TYPES)
                    .ifPresent(
                            key -> errors.add(new Violation("evidence", key, GuidanceFiles.MAX_BYTES / 1024 / 1024)));
        }
        ValidationException.throwIfAny(errors);
        GuidanceFollowUp f = new GuidanceFollowUp(recommendationId, actionTaken, doneOn, actor.username());
        if (withFile) {
            f.attach(
                    evidence.fileName(),
                    GuidanceFiles.detect(evidence.content()).orElseThrow(),
                    evidence.content());
        }
        em.persist(f);
    }

    @Override
    @Transactional(dontRollbackOn = NotAuthorizedException.class) // the refusal's audit line stays
    public StoredFile file(String kind, Long id, Actor actor) {
        Long complexId;
        StoredFile file;
        if ("photo".equals(kind)) {
            GuidancePhoto p = em.find(GuidancePhoto.class, id);
            if (p == null) {
                throw new DomainException("appraisal.guidance.error.unknownFile");
            }
            complexId = em.find(GuidanceNote.class, p.noteId()).complexId();
            file = new StoredFile(p.fileName(), p.contentType(), p.content());
        } else if ("followup".equals(kind)) {
            GuidanceFollowUp f = em.find(GuidanceFollowUp.class, id);
            if (f == null || f.content() == null) {
                throw new DomainException("appraisal.guidance.error.unknownFile");
            }
            GuidanceRecommendation r = em.find(GuidanceRecommendation.class, f.recommendationId());
            complexId = em.find(GuidanceNote.class, r.noteId()).complexId();
            file = new StoredFile(f.fileName(), f.contentType(), f.content());
        } else {
            throw new DomainException("appraisal.guidance.error.unknownFile");
        }
        String detail = kind + ": " + id + "\nfile: " + file.fileName();
        if (!mayRead(complexId, actor)) {
            audit.record(
                    actor.username(), "GUIDANCE_FILE_DOWNLOAD_REFUSED", "complex", String.valueOf(complexId), detail);
            throw new NotAuthorizedException("appraisal.guidance.error.notYourComplex");
        }
        audit.record(actor.username(), "GUIDANCE_FILE_DOWNLOADED", "complex", String.valueOf(complexId), detail);
        return file;
    }
}
