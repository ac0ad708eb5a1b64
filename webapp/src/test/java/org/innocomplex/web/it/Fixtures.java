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
import org.innocomplex.access.api.NewUser;
import org.innocomplex.access.api.Role;
import org.innocomplex.access.api.UserService;
import org.innocomplex.appraisal.api.AppraisalData;
import org.innocomplex.appraisal.api.AppraisalService;
import org.innocomplex.appraisal.api.ExpertReviewService;
import org.innocomplex.appraisal.api.ProcessAdministrationService;
import org.innocomplex.appraisal.api.StepInput;
import org.innocomplex.registry.api.ComplexData;
import org.innocomplex.registry.api.ComplexInput;
import org.innocomplex.registry.api.Level;
import org.innocomplex.registry.api.ListStatus;
import org.innocomplex.registry.api.RegistryService;
import org.innocomplex.submission.api.CycleData;
import org.innocomplex.submission.api.CycleService;
import org.innocomplex.submission.api.CycleSettings;
import org.innocomplex.submission.api.ReportData;
import org.innocomplex.submission.api.ReportInput;
import org.innocomplex.submission.api.ReportService;
import org.innocomplex.workflow.api.DeployOutcome;
import org.innocomplex.workflow.api.ProcessVersion;
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
    ReportService submissions;

    @Inject
    CycleService cycles;

    @Inject
    AppraisalService appraisals;

    @Inject
    ExpertReviewService reviews;

    @Inject
    WorkflowService workflow;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserService users;

    @Inject
    ProcessAdministrationService processes;

    public record Case(ComplexData complex, ReportData report, AppraisalData appraisal, Actor operator) {}

    public static Actor admin() {
        return new Actor("it-admin", "IT admin", Role.ADMIN, null, null);
    }

    /** The security administrator: accounts, roles and unlocks are theirs, not the system administrator's. */
    public static Actor security() {
        return new Actor("it-security", "IT security", Role.SECURITY_ADMIN, null, null);
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
        submissions.saveDraft(
                c.report().id(), c.operator(), ReportInput.of(completeValues(), "本年度综合体建设稳步推进，服务企业成效明显，详见附件。"));
        appraisals.complete(onlyTask(c.appraisal()).id(), c.operator(), new StepInput.SubmitReport());
        return new Case(c.complex(), submissions.report(c.report().id()).orElseThrow(), c.appraisal(), c.operator());
    }

    /** The county official returns the submitted report for revision: the operator's report step opens again. */
    public Case returnToOperator(Case c) {
        appraisals.complete(
                onlyTask(c.appraisal()).id(), county(c.report().countyCode()), new StepInput.Review(false, "请补充证明材料"));
        return new Case(c.complex(), submissions.report(c.report().id()).orElseThrow(), c.appraisal(), c.operator());
    }

    /** A fresh complex in the county and its 2025 report started, still a draft: the operator's report step is open. */
    public Case atReportStep(String countyCode) {
        int n = SEQ.incrementAndGet();
        ComplexData complex = registry.createComplex(
                admin(),
                new ComplexInput(
                        "测试综合体" + n + "-" + System.nanoTime(),
                        "IT complex " + n,
                        countyCode,
                        Level.MUNICIPAL,
                        ListStatus.CREATION,
                        "测试",
                        "test",
                        "测试运营单位" + n,
                        2020,
                        null,
                        null,
                        true));
        CycleData cycle = openCycle(2025, "331100");
        ReportData report = reportFor(cycle.id(), complex.id());
        AppraisalData a = appraisals.start(report.id(), "it");
        Actor operator = new Actor("it-op-" + n, "IT operator", Role.OPERATOR, countyCode, complex.id());
        return new Case(complex, report, a, operator);
    }

    public TaskInfo onlyTask(AppraisalData a) {
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
                        + "VALUES (?1, ?2, ?3, ?4, 99)")
                .setParameter(1, countyCode)
                .setParameter(2, "测试县" + countyCode)
                .setParameter(3, "Test county " + countyCode)
                .setParameter(4, cityCode)
                .executeUpdate();
    }

    @Transactional
    public List<Long> complexes(String countyCode, int n) {
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(registry.createComplex(
                            admin(),
                            new ComplexInput(
                                    "批量测试综合体" + countyCode + "-" + i,
                                    "Bulk test complex " + countyCode + "-" + i,
                                    countyCode,
                                    i % 3 == 0 ? Level.PROVINCIAL : Level.MUNICIPAL,
                                    ListStatus.CREATION,
                                    "测试",
                                    "test",
                                    "批量运营单位" + i,
                                    2020,
                                    null,
                                    null,
                                    true))
                    .id());
        }
        return ids;
    }

    /** Open tasks of the cycle's appraisals: one per process instance right after opening. */
    @Transactional
    public long openTasksOfCycle(Long cycleId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM ACT_RU_TASK t WHERE t.PROC_INST_ID_ IN "
                                + "(SELECT a.process_instance_id FROM apr_appraisal a WHERE a.cycle_id = ?1)")
                        .setParameter(1, cycleId)
                        .getSingleResult())
                .longValue();
    }

    @Transactional
    public long processInstancesOfCycle(Long cycleId) {
        return ((Number) em.createNativeQuery(
                                "SELECT COUNT(DISTINCT p.ID_) FROM ACT_RU_EXECUTION p WHERE p.PARENT_ID_ IS NULL "
                                        + "AND p.ID_ IN (SELECT a.process_instance_id FROM apr_appraisal a WHERE a.cycle_id = ?1)")
                        .setParameter(1, cycleId)
                        .getSingleResult())
                .longValue();
    }

    /** evidence rows of a report, counted in the table itself rather than through the service */
    @Transactional
    public long evidenceRows(Long reportId) {
        return ((Number) em.createNativeQuery("select count(*) from sub_evidence where report_id = ?")
                        .setParameter(1, reportId)
                        .getSingleResult())
                .longValue();
    }

    @Transactional
    public long events(Long appraisalId, String action) {
        return em.createQuery(
                        "select count(e) from AppraisalEvent e where e.appraisalId = :a and e.action = :x", Long.class)
                .setParameter("a", appraisalId)
                .setParameter("x", action)
                .getSingleResult();
    }

    // --- inbox (issue 4)

    /** Another official of the same county: same candidate group, another person. */
    public static Actor secondCounty(String code) {
        return new Actor("it-county2-" + code, "IT county 2 " + code, Role.COUNTY_OFFICIAL, code, null);
    }

    /** Gives a task a due date in the inbox's table, as the deadline rules will (they are not this test's subject). */
    @Transactional
    public void dueAt(String taskId, java.time.LocalDateTime dueUtc) {
        em.createNativeQuery("UPDATE apr_work_item SET due_at = ?1 WHERE task_id = ?2")
                .setParameter(1, dueUtc)
                .setParameter(2, taskId)
                .executeUpdate();
    }

    /** The inbox row of a task as stored: status, claimed_by, completed_by, audience. */
    @Transactional
    public List<String> workItem(String taskId) {
        List<?> rows = em.createNativeQuery(
                        "SELECT status, claimed_by, completed_by, audience FROM apr_work_item " + "WHERE task_id = ?1")
                .setParameter(1, taskId)
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Object[] r = (Object[]) rows.get(0);
        return java.util.Arrays.stream(r)
                .map(o -> o == null ? null : o.toString())
                .toList();
    }

    public List<TaskInfo> openTasks(AppraisalData a) {
        return workflow.openTasks(a.processInstanceId());
    }

    // --- experts (issue 4): expert review, conflicts, guidance

    public static Actor expert(String username) {
        return new Actor(username, "IT " + username, Role.EXPERT, null, null);
    }

    /** A fresh complex whose report the county and the city approved and the city gave to these experts. */
    public Case atExpertReview(String countyCode, String... experts) {
        Case c = atCountyReview(countyCode);
        appraisals.complete(onlyTask(c.appraisal()).id(), county(countyCode), new StepInput.Review(true, null));
        appraisals.complete(onlyTask(c.appraisal()).id(), municipal(), new StepInput.Review(true, null));
        appraisals.complete(onlyTask(c.appraisal()).id(), municipal(), new StepInput.AssignExperts(List.of(experts)));
        return c;
    }

    /** The open task of the appraisal that this user is the assignee of. */
    public TaskInfo taskOf(AppraisalData a, String assignee) {
        return workflow.openTasks(a.processInstanceId()).stream()
                .filter(t -> assignee.equals(t.assignee()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no open task of " + assignee));
    }

    /** Every rubric item of the report's cycle at {@code share} of its maximum, rounded to two decimals. */
    public Map<String, BigDecimal> sheet(ReportData report, String share) {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        cycles.catalogue(report.cycleId())
                .rubricItems()
                .forEach(i -> points.put(
                        i.code(),
                        i.maxPoints().multiply(new BigDecimal(share)).setScale(2, java.math.RoundingMode.HALF_UP)));
        return points;
    }

    @Transactional
    public long rows(String table, String column, Object value) {
        return ((Number) em.createNativeQuery("select count(*) from " + table + " where " + column + " = ?1")
                        .setParameter(1, value)
                        .getSingleResult())
                .longValue();
    }

    // ---- issue 4, decision: appraisals of a cycle driven to the decision step, and a grade forced for the cap check

    /** A municipal official of another city than the default fixtures' one. */
    public static Actor municipalOf(String cityCode) {
        return new Actor(
                "it-municipal-" + cityCode, "IT municipal " + cityCode, Role.MUNICIPAL_OFFICIAL, cityCode, null);
    }

    /**
     * Submits the report, has the county and the city approve it, assigns expert1..expert(n) and lets each score:
     * the decision step is then open.
     */
    public AppraisalData driveToDecision(Long reportId, String cityCode, BigDecimal... scores) {
        ReportData report = submissions.report(reportId).orElseThrow();
        AppraisalData a = appraisals.record(reportId, admin()).appraisal();
        Actor operator = new Actor(
                "it-op-c" + report.complexId(), "IT operator", Role.OPERATOR, report.countyCode(), report.complexId());
        submit(new Case(registry.complex(report.complexId()).orElseThrow(), report, a, operator));
        appraisals.complete(onlyTask(a).id(), county(report.countyCode()), new StepInput.Review(true, "同意"));
        Actor municipal = municipalOf(cityCode);
        appraisals.complete(onlyTask(a).id(), municipal, new StepInput.Review(true, "同意"));
        List<String> experts = new java.util.ArrayList<>();
        for (int i = 1; i <= scores.length; i++) {
            experts.add("expert" + i);
        }
        appraisals.complete(onlyTask(a).id(), municipal, new StepInput.AssignExperts(experts));
        for (int i = 0; i < scores.length; i++) {
            String expert = experts.get(i);
            TaskInfo t = workflow.openTasks(a.processInstanceId()).stream()
                    .filter(x -> expert.equals(x.assignee()))
                    .findFirst()
                    .orElseThrow();
            score(t, expert(expert), scores[i]);
        }
        return a;
    }

    /** Writes a decided grade behind the services' back, to show what publication does when the cap is exceeded. */
    @Transactional
    public void forceDecided(Long appraisalId, String grade, String status) {
        em.createNativeQuery("UPDATE apr_appraisal SET grade = ?1, status = ?2 WHERE id = ?3")
                .setParameter(1, grade)
                .setParameter(2, status)
                .setParameter(3, appraisalId)
                .executeUpdate();
        em.getEntityManagerFactory().getCache().evictAll();
    }

    // ---- issue 4, merged lanes: an expert's whole review in one call

    /** The expert confirms they have no conflict and submits a sheet whose items add up to {@code total}. */
    public void score(TaskInfo task, Actor expert, BigDecimal total) {
        reviews.confirmNoConflict(task.id(), expert);
        ReportData report = submissions.report(appraisalOfTask(task)).orElseThrow();
        appraisals.complete(
                task.id(), expert, new StepInput.ExpertScore(sheetAddingUpTo(report, total), Map.of(), "评分意见"));
    }

    /** Items filled in catalogue order, each up to its maximum, until the total is reached. */
    public Map<String, BigDecimal> sheetAddingUpTo(ReportData report, BigDecimal total) {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        BigDecimal left = total;
        for (var item : cycles.catalogue(report.cycleId()).rubricItems()) {
            BigDecimal p = left.min(item.maxPoints()).max(BigDecimal.ZERO);
            points.put(item.code(), p);
            left = left.subtract(p);
        }
        if (left.signum() != 0) {
            throw new IllegalArgumentException("the rubric cannot add up to " + total);
        }
        return points;
    }

    @Transactional
    public Long appraisalOfTask(TaskInfo task) {
        return em.createQuery("select a.reportId from Appraisal a where a.processInstanceId = :pi", Long.class)
                .setParameter("pi", task.processInstanceId())
                .getSingleResult();
    }

    // ---- deadlines (issue 4): a cycle of its own with chosen due dates, and real users who receive notifications

    /**
     * The Lishui cycle of {@code year} with the given due dates, opened (settings are for draft cycles only: on a
     * kept database the cycle of an earlier run is reused as it is, its dates then lying further in the past); a
     * past year, so that no other test's "latest cycle" is this one.
     */
    public CycleData cycleWithDeadlines(int year, java.time.LocalDate reportDue, java.time.LocalDate countyDue) {
        return cycleWithDeadlines(year, reportDue, countyDue, null);
    }

    public CycleData cycleWithDeadlines(
            int year, java.time.LocalDate reportDue, java.time.LocalDate countyDue, java.time.LocalDate municipalDue) {
        Actor municipal = municipal();
        CycleData cycle = cycles.cycles("331100").stream()
                .filter(c -> c.year() == year)
                .findFirst()
                .orElseGet(() -> cycles.createCycle(year, "331100", municipal));
        if (cycle.editable()) {
            cycle = cycles.updateSettings(
                    cycle.id(),
                    new CycleSettings(
                            reportDue,
                            countyDue,
                            municipalDue,
                            null,
                            null,
                            cycle.anomalyThreshold(),
                            cycle.aggregation(),
                            cycle.excellentCapPercent()),
                    municipal);
        }
        return cycles.markOpen(cycle.id(), cycle.scopeLevels(), cycle.scopeCounties(), municipal);
    }

    public ComplexData complexIn(String countyCode) {
        int n = SEQ.incrementAndGet();
        return registry.createComplex(
                admin(),
                new ComplexInput(
                        "期限测试综合体" + n + "-" + System.nanoTime(),
                        "Deadline IT complex " + n,
                        countyCode,
                        Level.MUNICIPAL,
                        ListStatus.CREATION,
                        "测试",
                        "test",
                        "期限测试运营单位" + n,
                        2020,
                        null,
                        null,
                        true));
    }

    /** The complex's report in the cycle, started: the report step is open; {@code operator} acts for it. */
    public Case atReportStepIn(CycleData cycle, ComplexData complex, Actor operator) {
        ReportData report = reportFor(cycle.id(), complex.id());
        AppraisalData a = appraisals.start(report.id(), "it");
        return new Case(complex, report, a, operator);
    }

    /** The city's cycle of the year, created and opened by an administrator where there is none or a draft. */
    public CycleData openCycle(int year, String cityCode) {
        CycleData cycle = cycles.cycles(cityCode).stream()
                .filter(c -> c.year() == year)
                .findFirst()
                .orElseGet(() -> cycles.createCycle(year, cityCode, admin()));
        return cycle.editable() ? cycles.markOpen(cycle.id(), null, null, admin()) : cycle;
    }

    /** The complex's report in an open cycle, created empty the first time, as an administrator adds it. */
    public ReportData reportFor(Long cycleId, Long complexId) {
        return submissions.reportFor(cycleId, complexId, admin());
    }

    /** A real, active user (notifications go to users of the roster, not to made-up actors). */
    public Actor user(String prefix, Role role, String scopeCode, Long complexId) {
        String username = prefix + "-" + Long.toString(System.nanoTime(), 36);
        return users.create(
                security(),
                new NewUser(username, "期限测试 " + username, "Deadline@2026".toCharArray(), role, scopeCode, complexId));
    }

    /** Flowable's jobs as they stand, for a test that waited in vain for a timer to fire. */
    @Transactional
    public String jobs() {
        StringBuilder b = new StringBuilder();
        for (String table : List.of("ACT_RU_TIMER_JOB", "ACT_RU_JOB", "ACT_RU_DEADLETTER_JOB")) {
            for (Object row : em.createNativeQuery("SELECT ELEMENT_ID_, DUEDATE_, EXCEPTION_MSG_ FROM " + table)
                    .getResultList()) {
                b.append(table)
                        .append(java.util.Arrays.toString((Object[]) row))
                        .append("; ");
            }
        }
        return b.toString();
    }

    // ---- the inbox's running counts against its rows

    /** open tasks per step of an audience, counted from the work items themselves */
    @Transactional
    public Map<String, Long> openFromRows(String audience) {
        Map<String, Long> m = new java.util.TreeMap<>();
        for (Object row : em.createNativeQuery("SELECT step_key, COUNT(*) FROM apr_work_item WHERE audience = ?1 "
                        + "AND status = 'OPEN' GROUP BY step_key")
                .setParameter(1, audience)
                .getResultList()) {
            Object[] r = (Object[]) row;
            m.put((String) r[0], ((Number) r[1]).longValue());
        }
        return m;
    }

    @Transactional
    public long handledFromRows(String username) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM apr_work_item WHERE completed_by = ?1")
                        .setParameter(1, username)
                        .getSingleResult())
                .longValue();
    }

    @Transactional
    public long countRows(String audience) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM apr_inbox_count WHERE audience = ?1")
                        .setParameter(1, audience)
                        .getSingleResult())
                .longValue();
    }

    /** delta rows that cancel out, as many events of one audience leave them */
    @Transactional
    public void cancellingDeltas(String audience, String step, int pairs) {
        for (int i = 0; i < pairs; i++) {
            for (int n : new int[] {1, -1}) {
                em.createNativeQuery(
                                "INSERT INTO apr_inbox_count (kind, audience, step_key, n) VALUES ('O', ?1, ?2, ?3)")
                        .setParameter(1, audience)
                        .setParameter(2, step)
                        .setParameter(3, n)
                        .executeUpdate();
            }
        }
    }

    // ---- areas of a test's own: codes no other test class, and no earlier run on the same database, has used

    /** A city of the test's own and its first county, both registered. */
    public record Area(String city, String county) {}

    /**
     * Test cities are six-digit codes {@code 9PCC00} (no province's code begins with 9), their counties the codes
     * {@code +01..+99} of the city.
     */
    static final int FIRST_TEST_CITY = 900100;

    static final int LAST_TEST_CITY = 999900;
    /** the highest city this JVM handed out, so that two classes of one container never meet before a commit */
    private static final AtomicInteger LAST_CITY = new AtomicInteger();

    /**
     * A city no test has used: the one after the highest test city the registry holds (across runs on a kept
     * database) and after the last one handed out here; its first county is registered at once, and that row (the
     * county table's primary key) is what reserves the code against another container on the same database.
     */
    @Transactional
    public Area newCity() {
        Object max = em.createNativeQuery("SELECT MAX(city_code) FROM reg_county WHERE city_code BETWEEN ?1 AND ?2")
                .setParameter(1, String.valueOf(FIRST_TEST_CITY))
                .setParameter(2, String.valueOf(LAST_TEST_CITY))
                .getSingleResult();
        int registered = max == null ? FIRST_TEST_CITY - 100 : Integer.parseInt(max.toString());
        int city = LAST_CITY.updateAndGet(last -> Math.max(last, registered) + 100);
        if (city > LAST_TEST_CITY) {
            throw new IllegalStateException("every test city code is used on this database (up to " + LAST_TEST_CITY
                    + "): start from an empty one");
        }
        String code = String.valueOf(city);
        return new Area(code, newCounty(code));
    }

    /** Another county of a city of {@link #newCity()}: the code after its highest county. */
    @Transactional
    public String newCounty(String cityCode) {
        Object max = em.createNativeQuery("SELECT MAX(code) FROM reg_county WHERE city_code = ?1")
                .setParameter(1, cityCode)
                .getSingleResult();
        int next = max == null ? Integer.parseInt(cityCode) + 1 : Integer.parseInt(max.toString()) + 1;
        if (next % 100 == 0) {
            throw new IllegalStateException("city " + cityCode + " has 99 counties already");
        }
        String county = String.valueOf(next);
        county(county, cityCode);
        return county;
    }

    // ---- a reminder in the bell, for a browser test of its own

    /**
     * An overdue county review in the county, its reminder sent by the engine's own timer: every county official of
     * the county then has it unread. The cycle is {@link #cycleWithDeadlines}'s of {@code year}.
     */
    public Case overdueCountyReviewReminded(String countyCode, int year) {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        CycleData cycle = cycleWithDeadlines(year, today.minusDays(2), today.minusDays(1));
        ComplexData complex = complexIn(countyCode);
        Actor operator = user("it-dl-op", Role.OPERATOR, countyCode, complex.id());
        Case c = atReportStepIn(cycle, complex, operator);
        // the report step's timers were due when it opened: they fire before the submission, or never
        waitUntil(
                java.time.Duration.ofSeconds(60),
                () -> events(c.appraisal().id(), "REMINDED") == 1
                        && events(c.appraisal().id(), "ESCALATED") == 1);
        submit(c);
        // and the county review's: none of this case's timers is left to fire later
        waitUntil(
                java.time.Duration.ofSeconds(60),
                () -> events(c.appraisal().id(), "REMINDED") == 2
                        && events(c.appraisal().id(), "ESCALATED") == 2);
        return c;
    }

    // ---- a process of the test's own with two versions, for migration

    /** A key no other test, nor an earlier run on the same database, has deployed. */
    public static String freshProcessKey(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36) + "-" + SEQ.incrementAndGet();
    }

    /** The bundled route under the key and a name of its own. */
    public static String bundledAs(String key, String name) {
        return WorkflowVariants.renamed(name).replace("id=\"" + WorkflowVariants.KEY + "\"", "id=\"" + key + "\"");
    }

    /**
     * Two versions of the bundled route under {@code key}, and one instance started on the older (no report behind
     * it, reportId -1: the inbox projection ignores it, the engine runs it all the same); returns {older, newer}.
     */
    public List<ProcessVersion> twoVersionsWithAnInstanceOnTheOlder(String key) {
        ProcessVersion older = deployed(bundledAs(key, "迁移演示 " + System.nanoTime()));
        workflow.startMany(
                key,
                Map.of(
                        "wfweb-" + System.nanoTime(),
                        Map.of("reportId", -1L, "complexId", -1L, "countyCode", "331122", "cityCode", "331100")));
        ProcessVersion newer = deployed(bundledAs(key, "迁移演示 " + System.nanoTime()));
        return List.of(older, newer);
    }

    private ProcessVersion deployed(String xml) {
        DeployOutcome out = processes.deploy(admin(), xml);
        return out.deployed()
                .orElseThrow(() -> new AssertionError(out.report().problems().toString()));
    }

    /** Polls until done (the engine's async executor fires timers on its own rounds); fails with the jobs left. */
    public void waitUntil(java.time.Duration limit, java.util.function.BooleanSupplier done) {
        long end = System.nanoTime() + limit.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not done within " + limit + "; jobs: " + jobs());
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
