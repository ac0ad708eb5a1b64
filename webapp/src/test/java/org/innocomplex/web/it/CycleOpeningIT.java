package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

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
        assertThat(cycle.status()).isEqualTo(CycleStatus.DRAFT);

        OpeningProgress first = opening.openNow(cycle.id(), Set.of(), Set.of(), municipal);
        Measurements.record("cycle-opening", String.format(
                "opened a cycle for %d complexes in %d ms (H2/PostgreSQL as configured)", first.total(), first.millis()));

        assertThat(first.errorKey()).isNull();
        assertThat(first.total()).isEqualTo(1000);
        assertThat(first.started()).isEqualTo(1000);
        assertThat(submissions.reportIds(cycle.id()).size()).isEqualTo(1000);
        assertThat(fixtures.processInstancesOfCycle(cycle.id())).isEqualTo(1000);
        assertThat(fixtures.openTasksOfCycle(cycle.id())).isEqualTo(1000);
        assertThat(submissions.reportIds(cycle.id()).keySet().containsAll(complexes)).isTrue();
        // the time is reported (target/measurements.txt), not asserted: this machine is shared and noisy

        OpeningProgress again = opening.openNow(cycle.id(), Set.of(), Set.of(), municipal);

        assertThat(again.started()).isEqualTo(0);
        assertThat(again.done()).isEqualTo(1000);
        assertThat(submissions.reportIds(cycle.id()).size()).isEqualTo(1000);
        assertThat(fixtures.processInstancesOfCycle(cycle.id())).isEqualTo(1000);
        assertThat(submissions.cycle(cycle.id()).orElseThrow().status()).isEqualTo(CycleStatus.OPEN);
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

        assertThat(copy.indicators()).as("indicators copied").isEqualTo(original.indicators());
        assertThat(copy.indicator("patents_granted").isPresent()).as("the edit of the last cycle came along").isTrue();
        assertThat(copy.rubricItems()).isEqualTo(original.rubricItems());
        assertThat(copy.bands()).isEqualTo(original.bands());
        assertThatExceptionOfType(DomainException.class).as("an open cycle's catalogue is frozen")
                .isThrownBy(() -> submissions.saveIndicator(first.id(), added, municipal));
        assertThatExceptionOfType(DomainException.class).as("one per year")
                .isThrownBy(() -> submissions.createCycle(2025, city, municipal));
        assertThatExceptionOfType(NotAuthorizedException.class).as("another city's official")
                .isThrownBy(() -> submissions.createCycle(2026, city,
                new Actor("it-other", "IT", Role.MUNICIPAL_OFFICIAL, "331100", null)));
    }
}
