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
    @Inject
    org.innocomplex.access.api.UserService users;

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
        return submit(atReportStep(countyCode));
    }

    /** The operator fills the report completely and submits it: the county review opens. */
    public Case submit(Case c) {
        submissions.saveDraft(c.report().id(), c.operator(), org.innocomplex.submission.api.ReportInput.of(
                completeValues(), "本年度综合体建设稳步推进，服务企业成效明显，详见附件。"));
        appraisals.complete(onlyTask(c.appraisal()).id(), c.operator(), new StepInput.SubmitReport());
        return new Case(c.complex(), submissions.report(c.report().id()).orElseThrow(), c.appraisal(), c.operator());
    }

    /** The county official returns the submitted report for revision: the operator's report step opens again. */
    public Case returnToOperator(Case c) {
        appraisals.complete(onlyTask(c.appraisal()).id(), county(c.report().countyCode()),
                new StepInput.Review(false, "请补充证明材料"));
        return new Case(c.complex(), submissions.report(c.report().id()).orElseThrow(), c.appraisal(), c.operator());
    }

    /** A fresh complex in the county and its 2025 report started, still a draft: the operator's report step is open. */
    public Case atReportStep(String countyCode) {
        int n = SEQ.incrementAndGet();
        ComplexView complex = registry.createComplex(admin(), new ComplexInput(
                "测试综合体" + n + "-" + System.nanoTime(), "IT complex " + n, countyCode, Level.MUNICIPAL, ListStatus.CREATION, "测试", "test",
                "测试运营单位" + n, 2020, null, null, true));
        CycleView cycle = submissions.openCycle(2025, "331100");
        ReportView report = submissions.reportFor(cycle.id(), complex.id());
        AppraisalView a = appraisals.start(report.id(), "it");
        Actor operator = new Actor("it-op-" + n, "IT operator", Role.OPERATOR, countyCode, complex.id());
        return new Case(complex, report, a, operator);
    }

    public TaskInfo onlyTask(AppraisalView a) {
        List<TaskInfo> open = workflow.openTasks(a.processInstanceId());
        if (open.size() != 1) {
            throw new IllegalStateException("expected one open task, found " + open);
        }
        return open.get(0);
    }

    /**
     * A county of a city of the test's own (reference data is seeded by migration only, so the test inserts it):
     * opening that city's cycle then involves exactly the complexes the test creates.
     */
    @Transactional
    public void county(String countyCode, String cityCode) {
        em.createNativeQuery("INSERT INTO reg_county (code, name_zh, name_en, city_code, sort_order) "
                + "VALUES (?1, ?2, ?3, ?4, 99)").setParameter(1, countyCode).setParameter(2, "测试县" + countyCode)
                .setParameter(3, "Test county " + countyCode).setParameter(4, cityCode).executeUpdate();
    }

    @Transactional
    public List<Long> complexes(String countyCode, int n) {
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(registry.createComplex(admin(), new ComplexInput("批量测试综合体" + countyCode + "-" + i, "Bulk test complex " + countyCode + "-" + i,
                    countyCode, i % 3 == 0 ? Level.PROVINCIAL : Level.MUNICIPAL, ListStatus.CREATION, "测试", "test",
                    "批量运营单位" + i, 2020, null, null, true)).id());
        }
        return ids;
    }

    /** Open tasks of the cycle's appraisals: one per process instance right after opening. */
    @Transactional
    public long openTasksOfCycle(Long cycleId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM ACT_RU_TASK t WHERE t.PROC_INST_ID_ IN "
                + "(SELECT a.process_instance_id FROM apr_appraisal a WHERE a.cycle_id = ?1)")
                .setParameter(1, cycleId).getSingleResult()).longValue();
    }

    @Transactional
    public long processInstancesOfCycle(Long cycleId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(DISTINCT p.ID_) FROM ACT_RU_EXECUTION p WHERE p.PARENT_ID_ IS NULL "
                + "AND p.ID_ IN (SELECT a.process_instance_id FROM apr_appraisal a WHERE a.cycle_id = ?1)")
                .setParameter(1, cycleId).getSingleResult()).longValue();
    }

    /** evidence rows of a report, counted in the table itself rather than through the service */
    @Transactional
    public long evidenceRows(Long reportId) {
        return ((Number) em.createNativeQuery("select count(*) from sub_evidence where report_id = ?")
                .setParameter(1, reportId).getSingleResult()).longValue();
    }

    @Transactional
    public long events(Long appraisalId, String action) {
        return em.createQuery("select count(e) from AppraisalEvent e where e.appraisalId = :a and e.action = :x",
                Long.class).setParameter("a", appraisalId).setParameter("x", action).getSingleResult();
    }

    // ---- deadlines (issue 4): a cycle of its own with chosen due dates, and real users who receive notifications

    /**
     * The Lishui cycle of {@code year} with the given due dates, opened (settings are for draft cycles only: on a
     * kept database the cycle of an earlier run is reused as it is, its dates then lying further in the past); a
     * past year, so that no other test's "latest cycle" is this one.
     */
    public CycleView cycleWithDeadlines(int year, java.time.LocalDate reportDue, java.time.LocalDate countyDue) {
        Actor municipal = municipal();
        CycleView cycle = submissions.cycles("331100").stream().filter(c -> c.year() == year).findFirst()
                .orElseGet(() -> submissions.createCycle(year, "331100", municipal));
        if (cycle.editable()) {
            cycle = submissions.updateSettings(cycle.id(), new org.innocomplex.submission.api.CycleSettings(reportDue,
                    countyDue, null, null, null, cycle.anomalyThreshold()), municipal);
        }
        return submissions.markOpen(cycle.id(), cycle.scopeLevels(), cycle.scopeCounties(), municipal);
    }

    public ComplexView complexIn(String countyCode) {
        int n = SEQ.incrementAndGet();
        return registry.createComplex(admin(), new ComplexInput(
                "期限测试综合体" + n + "-" + System.nanoTime(), "Deadline IT complex " + n, countyCode, Level.MUNICIPAL,
                ListStatus.CREATION, "测试", "test", "期限测试运营单位" + n, 2020, null, null, true));
    }

    /** The complex's report in the cycle, started: the report step is open; {@code operator} acts for it. */
    public Case atReportStepIn(CycleView cycle, ComplexView complex, Actor operator) {
        ReportView report = submissions.reportFor(cycle.id(), complex.id());
        AppraisalView a = appraisals.start(report.id(), "it");
        return new Case(complex, report, a, operator);
    }

    /** A real, active user (notifications go to users of the roster, not to made-up actors). */
    public Actor user(String prefix, Role role, String scopeCode, Long complexId) {
        String username = prefix + "-" + Long.toString(System.nanoTime(), 36);
        return users.create(new Actor("admin", "admin", Role.ADMIN, null, null), new org.innocomplex.access.api.NewUser(
                username, "期限测试 " + username, "Deadline@2026".toCharArray(), role, scopeCode, complexId));
    }

    /** Flowable's jobs as they stand, for a test that waited in vain for a timer to fire. */
    @Transactional
    public String jobs() {
        StringBuilder b = new StringBuilder();
        for (String table : List.of("ACT_RU_TIMER_JOB", "ACT_RU_JOB", "ACT_RU_DEADLETTER_JOB")) {
            for (Object row : em.createNativeQuery("SELECT ELEMENT_ID_, DUEDATE_, EXCEPTION_MSG_ FROM "
                    + table).getResultList()) {
                b.append(table).append(java.util.Arrays.toString((Object[]) row)).append("; ");
            }
        }
        return b.toString();
    }
}
