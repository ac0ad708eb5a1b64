package org.innocomplex.submission.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.AuditTrail;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.registry.api.RegistryService;
import org.innocomplex.submission.api.CatalogueData;
import org.innocomplex.submission.api.CycleData;
import org.innocomplex.submission.api.CycleService;
import org.innocomplex.submission.api.CycleSettings;
import org.innocomplex.submission.api.CycleStatus;
import org.innocomplex.submission.api.GradeBandData;
import org.innocomplex.submission.api.IndicatorData;
import org.innocomplex.submission.api.RubricItemData;
import org.innocomplex.submission.domain.CatalogueKey;
import org.innocomplex.submission.domain.CatalogueRules;
import org.innocomplex.submission.domain.CrossRule;
import org.innocomplex.submission.domain.Cycle;
import org.innocomplex.submission.domain.CycleIndicator;
import org.innocomplex.submission.domain.GradeBand;
import org.innocomplex.submission.domain.IndicatorGroup;
import org.innocomplex.submission.domain.RubricCheck;
import org.innocomplex.submission.domain.RubricGroup;
import org.innocomplex.submission.domain.RubricItem;
import org.innocomplex.submission.infrastructure.CatalogueCopy;

@ApplicationScoped
@Transactional
public class DefaultCycleService implements CycleService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    RegistryService registry;

    @Inject
    CatalogueCopy catalogueCopy;

    @Override
    public CycleData createCycle(int year, String cityCode, Actor actor) {
        requireCityOfficial(actor, cityCode);
        return create(year, cityCode, actor.username()).toView();
    }

    private Cycle create(int year, String cityCode, String by) {
        CatalogueRules.requireYear(year);
        if (findCycle(year, cityCode).isPresent()) {
            throw new DomainException("submission.error.cycleExists", year);
        }
        Long source = em.createQuery(
                        "select c.id from Cycle c where c.cityCode = :city order by c.year desc", Long.class)
                .setParameter("city", cityCode)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(Cycle.TEMPLATE_ID);
        Cycle c = new Cycle(year, cityCode, CycleStatus.DRAFT);
        if (source != Cycle.TEMPLATE_ID) {
            c.gradeLike(em.find(Cycle.class, source));
        }
        em.persist(c);
        em.flush();
        // the catalogue is copied row for row in the database; the entities are read from it afterwards
        catalogueCopy.copy(source, c.id());
        audit.record(
                by, "CYCLE_CREATED", "cycle", String.valueOf(c.id()), year + " " + cityCode + " from cycle " + source);
        return c;
    }

    private Optional<Cycle> findCycle(int year, String cityCode) {
        return em.createQuery("select c from Cycle c where c.year = :y and c.cityCode = :city", Cycle.class)
                .setParameter("y", year)
                .setParameter("city", cityCode)
                .getResultStream()
                .findFirst();
    }

    /**
     * The CLOSED cycle of a past year, for its reports as the bureau collected them: created from the latest one if
     * there is none, and closed if still a draft, since nothing more is filed for a past year. The caller checks the
     * actor (for the report service).
     */
    public Cycle pastCycle(int year, String cityCode, String by) {
        Cycle cycle = findCycle(year, cityCode).orElseGet(() -> create(year, cityCode, by));
        if (cycle.status() == CycleStatus.DRAFT) {
            cycle.close();
        }
        return cycle;
    }

    @Override
    public CycleData markOpen(Long cycleId, String scopeLevels, String scopeCounties, Actor actor) {
        Cycle c = cycleEntity(cycleId);
        requireCityOfficial(actor, c.cityCode());
        boolean wasOpen = c.status() == CycleStatus.OPEN;
        if (!wasOpen) {
            CatalogueData cat = catalogue(cycleId);
            RubricCheck.requireSound(cat.rubricGroups(), cat.rubricItems(), cat.bands());
        }
        c.open(scopeLevels, scopeCounties);
        if (!wasOpen) {
            audit.record(
                    actor.username(),
                    "CYCLE_OPENED",
                    "cycle",
                    String.valueOf(cycleId),
                    "levels " + scopeLevels + "; counties " + scopeCounties);
        }
        return c.toView();
    }

    @Override
    public CycleData updateSettings(Long cycleId, CycleSettings settings, Actor actor) {
        Cycle c = cycleEntity(cycleId);
        requireCityOfficial(actor, c.cityCode());
        c.settings(settings);
        audit.record(actor.username(), "CYCLE_SETTINGS", "cycle", String.valueOf(cycleId), settings.toString());
        return c.toView();
    }

    @Override
    public Optional<CycleData> cycle(Long id) {
        return Optional.ofNullable(id == null || id == Cycle.TEMPLATE_ID ? null : em.find(Cycle.class, id))
                .map(Cycle::toView);
    }

    @Override
    public List<CycleData> cycles(String cityCode) {
        return em.createQuery("select c from Cycle c where c.cityCode = :city order by c.year desc", Cycle.class)
                .setParameter("city", cityCode)
                .getResultStream()
                .map(Cycle::toView)
                .toList();
    }

    @Override
    public CatalogueData catalogue(Long cycleId) {
        return new CatalogueData(
                cycleId,
                rows(IndicatorGroup.class, cycleId, "sortOrder").stream()
                        .map(IndicatorGroup::toView)
                        .toList(),
                rows(CycleIndicator.class, cycleId, "sortOrder").stream()
                        .map(CycleIndicator::toView)
                        .toList(),
                rows(CrossRule.class, cycleId, "part").stream()
                        .map(CrossRule::toView)
                        .toList(),
                rows(RubricGroup.class, cycleId, "sortOrder").stream()
                        .map(RubricGroup::toView)
                        .toList(),
                rows(RubricItem.class, cycleId, "sortOrder").stream()
                        .map(RubricItem::toView)
                        .toList(),
                em.createQuery(
                                "select b from GradeBand b where b.cycleId = :c order by b.minScore desc",
                                GradeBand.class)
                        .setParameter("c", cycleId)
                        .getResultStream()
                        .map(GradeBand::toView)
                        .toList());
    }

    private <T> List<T> rows(Class<T> type, Long cycleId, String orderBy) {
        return em.createQuery(
                        "select x from " + type.getSimpleName() + " x where x.cycleId = :c order by x." + orderBy, type)
                .setParameter("c", cycleId)
                .getResultList();
    }

    @Override
    public void saveIndicator(Long cycleId, IndicatorData v, Actor actor) {
        Cycle c = editableCycle(cycleId, actor);
        CatalogueRules.requireIndicator(
                v, group -> em.find(IndicatorGroup.class, new CatalogueKey(cycleId, group)) != null);
        CycleIndicator existing = em.find(CycleIndicator.class, new CatalogueKey(cycleId, v.code()));
        if (existing == null) {
            em.persist(new CycleIndicator(c.id(), v));
        } else {
            existing.update(v);
        }
        audit.record(
                actor.username(),
                existing == null ? "INDICATOR_ADDED" : "INDICATOR_CHANGED",
                "cycle",
                String.valueOf(cycleId),
                v.toString());
    }

    @Override
    public void removeIndicator(Long cycleId, String code, Actor actor) {
        editableCycle(cycleId, actor);
        CycleIndicator existing = em.find(CycleIndicator.class, new CatalogueKey(cycleId, code));
        if (existing != null) {
            em.remove(existing);
            em.createQuery("delete from CrossRule r where r.cycleId = :c and (r.part = :x or r.whole = :x)")
                    .setParameter("c", cycleId)
                    .setParameter("x", code)
                    .executeUpdate();
            audit.record(actor.username(), "INDICATOR_REMOVED", "cycle", String.valueOf(cycleId), code);
        }
    }

    @Override
    public void saveRubricItem(Long cycleId, RubricItemData v, Actor actor) {
        editableCycle(cycleId, actor);
        CatalogueRules.requirePoints(v.maxPoints());
        RubricItem existing = em.find(RubricItem.class, new CatalogueKey(cycleId, v.code()));
        if (existing == null) {
            em.persist(new RubricItem(cycleId, v));
        } else {
            existing.update(v);
        }
        audit.record(actor.username(), "RUBRIC_CHANGED", "cycle", String.valueOf(cycleId), v.toString());
    }

    @Override
    public void saveGradeBand(Long cycleId, GradeBandData v, Actor actor) {
        editableCycle(cycleId, actor);
        GradeBand band = em.find(GradeBand.class, new CatalogueKey(cycleId, v.grade()));
        if (band == null) {
            throw new DomainException("submission.error.unknownGrade", v.grade());
        }
        CatalogueRules.requirePoints(v.minScore());
        band.minScore(v.minScore());
        audit.record(actor.username(), "GRADE_BAND_CHANGED", "cycle", String.valueOf(cycleId), v.toString());
    }

    /** A cycle other than the template, for the report service as well. */
    public Cycle cycleEntity(Long id) {
        Cycle c = id == null || id == Cycle.TEMPLATE_ID ? null : em.find(Cycle.class, id);
        if (c == null) {
            throw new DomainException("submission.error.unknownCycle", id);
        }
        return c;
    }

    private Cycle editableCycle(Long cycleId, Actor actor) {
        Cycle c = cycleEntity(cycleId);
        requireCityOfficial(actor, c.cityCode());
        c.requireDraft();
        return c;
    }

    /** catalogue changes and a cycle's reports: the city's municipal official or an administrator */
    public void requireCityOfficial(Actor actor, String cityCode) {
        if (!registry.scopeOf(actor).runsCycles(cityCode)) {
            throw new NotAuthorizedException("submission.error.notYourCity");
        }
    }
}
