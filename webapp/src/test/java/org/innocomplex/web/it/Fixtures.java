package org.innocomplex.web.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.Role;
import org.innocomplex.appraisal.api.AppraisalService;
import org.innocomplex.appraisal.api.AppraisalView;
import org.innocomplex.appraisal.api.StepInput;
import org.innocomplex.registry.api.ComplexInput;
import org.innocomplex.registry.api.ComplexView;
import org.innocomplex.registry.api.Level;
import org.innocomplex.registry.api.ListStatus;
import org.innocomplex.registry.api.RegistryService;
import org.innocomplex.submission.api.CycleView;
import org.innocomplex.submission.api.ReportView;
import org.innocomplex.submission.api.SubmissionService;
import org.innocomplex.workflow.api.TaskInfo;
import org.innocomplex.workflow.api.WorkflowService;

/**
 * Builds appraisals for container tests through the modules' APIs only, each test on a complex of its own so that
 * tests sharing the database do not see each other's tasks. Counting queries read the tables directly.
 */
@ApplicationScoped
public class Fixtures {
    private static final AtomicInteger SEQ = new AtomicInteger();

    @Inject
    RegistryService registry;
    @Inject
    SubmissionService submissions;
    @Inject
    AppraisalService appraisals;
    @Inject
    WorkflowService workflow;
    @PersistenceContext
    EntityManager em;

    public record Case(ComplexView complex, ReportView report, AppraisalView appraisal, Actor operator) {
    }

    public static Actor admin() {
        return new Actor("it-admin", "IT admin", Role.ADMIN, null, null);
    }

    public static Actor county(String code) {
        return new Actor("it-county-" + code, "IT county " + code, Role.COUNTY_OFFICIAL, code, null);
    }

    public static Actor municipal() {
        return new Actor("it-municipal", "IT municipal", Role.MUNICIPAL_OFFICIAL, "331100", null);
    }

    public static Map<String, BigDecimal> completeValues() {
        Map<String, BigDecimal> v = new LinkedHashMap<>();
        v.put("construction_investment", new BigDecimal("1250.5"));
        v.put("cluster_output_value", new BigDecimal("850000"));
        v.put("cluster_rd_investment", new BigDecimal("25000"));
        v.put("cluster_enterprises", new BigDecimal("420"));
        v.put("above_scale_enterprises", new BigDecimal("160"));
        v.put("national_high_tech_enterprises", new BigDecimal("45"));
        v.put("provincial_sme_tech_enterprises", new BigDecimal("120"));
        v.put("service_institutions", new BigDecimal("18"));
        v.put("academicians", new BigDecimal("2"));
        v.put("enterprise_services", new BigDecimal("1300"));
        v.put("technical_problems_solved", new BigDecimal("86"));
        return v;
    }

    /** A fresh complex in the county, its 2025 report started, filled and submitted: the county review is open. */
    public Case atCountyReview(String countyCode) {
        int n = SEQ.incrementAndGet();
        ComplexView complex = registry.createComplex(admin(), new ComplexInput(
                "测试综合体" + n + "-" + System.nanoTime(), "IT complex " + n, countyCode, Level.MUNICIPAL, ListStatus.CREATION, "测试", "test",
                "测试运营单位" + n, 2020, null, null, true));
        CycleView cycle = submissions.openCycle(2025, "331100");
        ReportView report = submissions.reportFor(cycle.id(), complex.id());
        AppraisalView a = appraisals.start(report.id(), "it");
        Actor operator = new Actor("it-op-" + n, "IT operator", Role.OPERATOR, countyCode, complex.id());
        submissions.saveDraft(report.id(), operator, completeValues(), "本年度综合体建设稳步推进，服务企业成效明显，详见附件。");
        appraisals.complete(onlyTask(a).id(), operator, new StepInput.SubmitReport());
        return new Case(complex, submissions.report(report.id()).orElseThrow(), a, operator);
    }

    public TaskInfo onlyTask(AppraisalView a) {
        List<TaskInfo> open = workflow.openTasks(a.processInstanceId());
        if (open.size() != 1) {
            throw new IllegalStateException("expected one open task, found " + open);
        }
        return open.get(0);
    }

    @Transactional
    public long events(Long appraisalId, String action) {
        return em.createQuery("select count(e) from AppraisalEvent e where e.appraisalId = :a and e.action = :x",
                Long.class).setParameter("a", appraisalId).setParameter("x", action).getSingleResult();
    }
}
