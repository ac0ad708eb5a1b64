package org.innocomplex.submission.api;

import java.util.List;
import java.util.Optional;
import org.innocomplex.access.api.Actor;

/**
 * A city's appraisal cycles with their catalogues (indicators, rubric, grade bands). Writes are checked against the
 * actor here, not only on the page: a municipal official of the city or an administrator.
 */
public interface CycleService {

    /** the first and last year a cycle may have: the rules and the year field of the cycles page both read them */
    int FIRST_YEAR = 2000;

    int LAST_YEAR = 2100;

    /**
     * A new DRAFT cycle whose catalogue, rubric and bands are a copy of the city's latest cycle (the template for
     * a city's first).
     *
     * @throws org.innocomplex.access.api.DomainException {@code submission.error.cycleExists} for a taken year
     */
    CycleData createCycle(int year, String cityCode, Actor actor);

    /** Marks a DRAFT cycle OPEN, recording its scope; the catalogue is frozen from then on. Idempotent. */
    CycleData markOpen(Long cycleId, String scopeLevels, String scopeCounties, Actor actor);

    CycleData updateSettings(Long cycleId, CycleSettings settings, Actor actor);

    Optional<CycleData> cycle(Long id);

    /** The city's cycles, newest year first. */
    List<CycleData> cycles(String cityCode);

    CatalogueData catalogue(Long cycleId);

    /** Adds or replaces an indicator of a DRAFT cycle. */
    void saveIndicator(Long cycleId, IndicatorData indicator, Actor actor);

    void removeIndicator(Long cycleId, String code, Actor actor);

    void saveRubricItem(Long cycleId, RubricItemData item, Actor actor);

    void saveGradeBand(Long cycleId, GradeBandData band, Actor actor);
}
