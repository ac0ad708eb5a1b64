package org.innocomplex.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.access.api.Role;
import org.innocomplex.appraisal.api.CycleOpeningService;
import org.innocomplex.appraisal.api.OpeningProgress;
import org.innocomplex.submission.api.CatalogueView;
import org.innocomplex.submission.api.CycleStatus;
import org.innocomplex.submission.api.CycleView;
import org.innocomplex.submission.api.IndicatorView;
import org.innocomplex.submission.api.SubmissionService;
import org.innocomplex.submission.api.ValueType;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Opening a cycle: one report and one process instance per complex in scope, in bulk, and opening again creates
 * none; a new cycle's catalogue is a copy of the last one and can be edited only until it opens.
 */
@ExtendWith(ArquillianExtension.class)
class CycleOpeningIT {
    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    Fixtures fixtures;
    @Inject
    SubmissionService submissions;
    @Inject
    CycleOpeningService opening;

    @Test
    void openingForAThousandComplexesCreatesAThousandReportsAndProcessesAndReopeningNone() {
        Fixtures.Area area = fixtures.newCity();
        Actor municipal = new Actor("it-municipal-" + area.city(), "IT", Role.MUNICIPAL_OFFICIAL, area.city(), null);
        List<Long> complexes = fixtures.complexes(area.county(), 1000);
        CycleView cycle = submissions.createCycle(2026, area.city(), municipal);
        assertEquals(CycleStatus.DRAFT, cycle.status());

        OpeningProgress first = opening.openNow(cycle.id(), Set.of(), Set.of(), municipal);
        Measurements.record("cycle-opening", String.format(
                "opened a cycle for %d complexes in %d ms (H2/PostgreSQL as configured)", first.total(), first.millis()));

        assertNull(first.errorKey());
        assertEquals(1000, first.total());
        assertEquals(1000, first.started());
        assertEquals(1000, submissions.reportIds(cycle.id()).size());
        assertEquals(1000, fixtures.processInstancesOfCycle(cycle.id()));
        assertEquals(1000, fixtures.openTasksOfCycle(cycle.id()));
        assertTrue(submissions.reportIds(cycle.id()).keySet().containsAll(complexes));
        // the time is reported (target/measurements.txt), not asserted: this machine is shared and noisy

        OpeningProgress again = opening.openNow(cycle.id(), Set.of(), Set.of(), municipal);

        assertEquals(0, again.started());
        assertEquals(1000, again.done());
        assertEquals(1000, submissions.reportIds(cycle.id()).size());
        assertEquals(1000, fixtures.processInstancesOfCycle(cycle.id()));
        assertEquals(CycleStatus.OPEN, submissions.cycle(cycle.id()).orElseThrow().status());
    }

    @Test
    void aNewCycleCopiesTheLastOneAndIsEditableOnlyUntilItOpens() {
        Fixtures.Area area = fixtures.newCity();
        String city = area.city();
        fixtures.complexes(area.county(), 2);
        Actor municipal = new Actor("it-municipal-" + city, "IT", Role.MUNICIPAL_OFFICIAL, city, null);
        CycleView first = submissions.createCycle(2024, city, municipal);
        IndicatorView added = new IndicatorView("patents_granted", "授权专利", "Patents granted", "件", "items",
                ValueType.INTEGER, false, BigDecimal.ZERO, null, "innovation", 65, "本年授权发明专利", "granted this year");
        submissions.saveIndicator(first.id(), added, municipal);
        opening.openNow(first.id(), Set.of(), Set.of(), municipal);

        CycleView second = submissions.createCycle(2025, city, municipal);
        CatalogueView copy = submissions.catalogue(second.id());
        CatalogueView original = submissions.catalogue(first.id());

        assertEquals(original.indicators(), copy.indicators(), "indicators copied");
        assertTrue(copy.indicator("patents_granted").isPresent(), "the edit of the last cycle came along");
        assertEquals(original.rubricItems(), copy.rubricItems());
        assertEquals(original.bands(), copy.bands());
        assertThrows(DomainException.class, () -> submissions.saveIndicator(first.id(), added, municipal),
                "an open cycle's catalogue is frozen");
        assertThrows(DomainException.class, () -> submissions.createCycle(2025, city, municipal), "one per year");
        assertThrows(NotAuthorizedException.class, () -> submissions.createCycle(2026, city,
                new Actor("it-other", "IT", Role.MUNICIPAL_OFFICIAL, "331100", null)), "another city's official");
    }
}
