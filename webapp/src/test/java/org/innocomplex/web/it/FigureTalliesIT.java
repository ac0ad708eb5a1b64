package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.Role;
import org.innocomplex.appraisal.api.AppraisalData;
import org.innocomplex.appraisal.api.AppraisalService;
import org.innocomplex.appraisal.api.CycleOpeningService;
import org.innocomplex.appraisal.api.Grade;
import org.innocomplex.appraisal.api.PublicationService;
import org.innocomplex.appraisal.api.StepInput;
import org.innocomplex.registry.api.ComplexData;
import org.innocomplex.registry.api.ComplexInput;
import org.innocomplex.registry.api.Level;
import org.innocomplex.registry.api.RegistryService;
import org.innocomplex.reporting.api.Dashboard;
import org.innocomplex.reporting.api.DashboardFilter;
import org.innocomplex.reporting.api.DashboardService;
import org.innocomplex.reporting.api.FigureTallyService;
import org.innocomplex.submission.api.CycleData;
import org.innocomplex.submission.api.CycleService;
import org.innocomplex.submission.api.ReportData;
import org.innocomplex.submission.api.ReportService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard's tallies follow a city of the test's own through the services, step by step: submitted, returned,
 * accepted with a grade, published, a complex moved to another level, and reports submitted at the same moment. After
 * each step the dashboard shows the new figures and the tallies of the city agree with the reports themselves.
 */
@ExtendWith(ArquillianExtension.class)
class FigureTalliesIT {
    static final int YEAR = 2025;

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    ReportService submissions;

    @Inject
    CycleService cycles;

    @Inject
    CycleOpeningService opening;

    @Inject
    AppraisalService appraisals;

    @Inject
    PublicationService publication;

    @Inject
    RegistryService registry;

    @Inject
    DashboardService dashboards;

    @Inject
    FigureTallyService tallies;

    @Resource
    ManagedExecutorService executor;

    /** the test's own city and its county ({@link Fixtures#newCity()}) */
    private String cityCode;

    private String countyCode;

    private Dashboard city(boolean approvedOnly) {
        return dashboards.dashboard(
                Fixtures.municipalOf(cityCode), new DashboardFilter(YEAR, null, null, approvedOnly));
    }

    private void agree(String when) {
        List<String> drift = tallies.drift().stream()
                .filter(l -> l.contains("/" + cityCode + "/"))
                .toList();
        assertThat(drift).as(when).isEqualTo(List.of());
    }

    private static BigDecimal output(Dashboard d) {
        return d.total("cluster_output_value").value();
    }

    @Test
    void theDashboardFollowsEveryChangeOfAReportAndTheTalliesAgreeWithTheReports() throws Exception {
        Fixtures.Area area = fixtures.newCity();
        cityCode = area.city();
        countyCode = area.county();
        Actor municipal = Fixtures.municipalOf(cityCode);
        fixtures.complexes(countyCode, 8);
        CycleData cycle = cycles.createCycle(YEAR, cityCode, municipal);
        opening.openNow(cycle.id(), Set.of(), Set.of(), municipal);
        List<Long> reports = new ArrayList<>(submissions.reportIds(cycle.id()).values());
        reports.sort(null);
        assertThat(city(false).reports()).isEqualTo(0);
        BigDecimal one = Fixtures.completeValues().get("cluster_output_value");

        // submitted, county and city approved, scored: counts with "all submitted" only
        AppraisalData first = fixtures.driveToDecision(reports.get(0), cityCode, new BigDecimal("90"));
        assertThat(city(false).reports()).isEqualTo(1);
        assertThat(one.compareTo(output(city(false)))).isEqualTo(0);
        assertThat(city(true).reports()).isEqualTo(0);
        agree("after the first submission");

        // a second report submitted, then returned: it counts, then no longer
        ReportData second = submissions.report(reports.get(1)).orElseThrow();
        AppraisalData secondAppraisal =
                appraisals.record(second.id(), Fixtures.admin()).appraisal();
        Actor operator =
                new Actor("it-op-c" + second.complexId(), "IT operator", Role.OPERATOR, countyCode, second.complexId());
        Fixtures.Case c = fixtures.submit(new Fixtures.Case(
                registry.complex(second.complexId()).orElseThrow(), second, secondAppraisal, operator));
        assertThat(city(false).reports()).isEqualTo(2);
        fixtures.returnToOperator(c);
        assertThat(city(false).reports()).isEqualTo(1);
        assertThat(one.compareTo(output(city(false)))).isEqualTo(0);
        agree("after the return");

        // decided: accepted, with its grade for officials; the county sees it only once published
        appraisals.complete(fixtures.onlyTask(first).id(), municipal, new StepInput.Decide(Grade.EXCELLENT, null));
        Dashboard approved = city(true);
        assertThat(approved.reports()).isEqualTo(1);
        assertThat(one.compareTo(output(approved))).isEqualTo(0);
        assertThat(count(approved, Grade.EXCELLENT)).isEqualTo(1);
        Actor county = Fixtures.county(countyCode);
        DashboardFilter countyYear = new DashboardFilter(YEAR, null, null, true);
        assertThat(count(dashboards.dashboard(county, countyYear), Grade.EXCELLENT))
                .isEqualTo(0);
        agree("after the decision");
        publication.publish(cycle.id(), municipal);
        assertThat(count(dashboards.dashboard(county, countyYear), Grade.EXCELLENT))
                .isEqualTo(1);
        agree("after the publication");

        // the complex changes level: its report moves with it
        ComplexData complex = registry.complex(first.complexId()).orElseThrow();
        Level other = complex.level() == Level.MUNICIPAL ? Level.PROVINCIAL : Level.MUNICIPAL;
        assertThat(city(true).complexes(complex.level())).isEqualTo(1);
        registry.updateComplex(
                Fixtures.admin(),
                complex.id(),
                complex.version(),
                new ComplexInput(
                        complex.nameZh(),
                        complex.nameEn(),
                        complex.countyCode(),
                        other,
                        complex.listStatus(),
                        complex.industryZh(),
                        complex.industryEn(),
                        complex.operatingUnit(),
                        complex.established(),
                        complex.contactPerson(),
                        complex.contactPhone(),
                        complex.demo()));
        assertThat(city(true).complexes(other)).isEqualTo(1);
        assertThat(city(true).complexes(complex.level())).isEqualTo(0);
        agree("after the level change");

        // five operators submit at the same moment: all five count, nothing lost to the shared tally rows
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> done = new ArrayList<>();
        for (Long id : reports.subList(2, 7)) {
            ReportData r = submissions.report(id).orElseThrow();
            AppraisalData a = appraisals.record(id, Fixtures.admin()).appraisal();
            Actor op = new Actor("it-op-c" + r.complexId(), "IT operator", Role.OPERATOR, countyCode, r.complexId());
            Fixtures.Case k = new Fixtures.Case(registry.complex(r.complexId()).orElseThrow(), r, a, op);
            done.add(executor.submit(() -> {
                start.await();
                try {
                    fixtures.submit(k);
                    return null;
                } catch (RuntimeException e) {
                    return e.toString();
                }
            }));
        }
        start.countDown();
        for (Future<String> f : done) {
            assertThat(f.get(120, TimeUnit.SECONDS)).isNull();
        }
        assertThat(city(false).reports()).isEqualTo(6);
        assertThat(one.multiply(BigDecimal.valueOf(6)).compareTo(output(city(false))))
                .isEqualTo(0);
        agree("after five submissions at once");
    }

    private static long count(Dashboard d, Grade g) {
        return d.grades().stream()
                .filter(x -> x.grade() == g)
                .mapToLong(x -> x.complexes())
                .sum();
    }
}
