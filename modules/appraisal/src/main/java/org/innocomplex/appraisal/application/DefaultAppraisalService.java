package org.innocomplex.appraisal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.access.api.UserService;
import org.innocomplex.appraisal.api.AppraisalData;
import org.innocomplex.appraisal.api.AppraisalService;
import org.innocomplex.appraisal.api.AppraisalStatus;
import org.innocomplex.appraisal.api.DecisionProposal;
import org.innocomplex.appraisal.api.Grade;
import org.innocomplex.appraisal.api.HistoryEntry;
import org.innocomplex.appraisal.api.ReportRecord;
import org.innocomplex.appraisal.api.ReportSummary;
import org.innocomplex.appraisal.api.ScoreData;
import org.innocomplex.appraisal.api.StepInput;
import org.innocomplex.appraisal.api.StepType;
import org.innocomplex.appraisal.api.TaskDetails;
import org.innocomplex.appraisal.application.steps.CycleGrading;
import org.innocomplex.appraisal.domain.Appraisal;
import org.innocomplex.appraisal.domain.AppraisalAccess;
import org.innocomplex.appraisal.domain.AppraisalEvent;
import org.innocomplex.appraisal.domain.ConflictOfInterest;
import org.innocomplex.appraisal.domain.Deadlines;
import org.innocomplex.appraisal.domain.ExpertScore;
import org.innocomplex.registry.api.ActorScope;
import org.innocomplex.registry.api.ComplexData;
import org.innocomplex.registry.api.ExpertData;
import org.innocomplex.registry.api.RegistryService;
import org.innocomplex.submission.api.CycleData;
import org.innocomplex.submission.api.CycleService;
import org.innocomplex.submission.api.ReportData;
import org.innocomplex.submission.api.ReportService;
import org.innocomplex.submission.api.ValueChange;
import org.innocomplex.workflow.api.StepRecord;
import org.innocomplex.workflow.api.TaskInfo;
import org.innocomplex.workflow.api.WorkflowService;

@ApplicationScoped
@Transactional
public class DefaultAppraisalService implements AppraisalService {
    /** an appraisal's process instance is keyed by its report: {@code report:<reportId>} */
    static final String BUSINESS_KEY_PREFIX = "report:";
    /** a step that keeps meeting parallel changes gives up and asks the user to submit again */
    static final int MAX_ATTEMPTS = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    AppraisalReportReaders readers;

    @Inject
    java.time.ZoneId bureau;

    @Inject
    WorkflowService workflow;

    @Inject
    ReportService submissions;

    @Inject
    CycleService cycles;

    @Inject
    RegistryService registry;

    @Inject
    StepRunner steps;

    @Inject
    ComplexNames complexNames;

    @jakarta.annotation.Resource
    jakarta.transaction.TransactionSynchronizationRegistry transactions;

    @Inject
    UserService users;

    @Inject
    ExpertSheets sheets;

    @Inject
    CycleGrading grading;

    @org.eclipse.microprofile.config.inject.ConfigProperty(
            name = "innocomplex.deadline.remind-days",
            defaultValue = "3")
    int remindDays;

    @Override
    public AppraisalData start(Long reportId, String startedBy) {
        ReportData r = submissions
                .report(reportId)
                .orElseThrow(() -> new DomainException("submission.error.unknownReport", reportId));
        startAll(List.of(r), startedBy);
        return byReport(reportId).orElseThrow().toView();
    }

    @Override
    public int startAll(List<ReportData> reports, String startedBy) {
        if (reports.isEmpty()) {
            return 0;
        }
        java.util.Set<Long> started = new java.util.HashSet<>(em.createQuery(
                        "select a.reportId from Appraisal a where a.reportId in :ids", Long.class)
                .setParameter("ids", reports.stream().map(ReportData::id).toList())
                .getResultList());
        Map<String, Appraisal> byKey = new java.util.LinkedHashMap<>();
        Map<String, Map<String, Object>> vars = new java.util.LinkedHashMap<>();
        Map<Long, Map<String, Object>> deadlinesByCycle = new java.util.HashMap<>();
        for (ReportData r : reports) {
            if (started.contains(r.id())) {
                continue;
            }
            Appraisal a = new Appraisal(r.id(), r.cycleId(), r.complexId(), r.countyCode(), r.cityCode(), r.year());
            em.persist(a);
            String key = BUSINESS_KEY_PREFIX + r.id();
            byKey.put(key, a);
            Map<String, Object> v =
                    new java.util.HashMap<>(deadlinesByCycle.computeIfAbsent(r.cycleId(), this::deadlines));
            v.putAll(Map.of(
                    "reportId",
                    r.id(),
                    "complexId",
                    r.complexId(),
                    "countyCode",
                    r.countyCode(),
                    "cityCode",
                    r.cityCode()));
            vars.put(key, v);
        }
        em.flush();
        // each process's first task lands in the inbox with its complex's names: one registry query for all
        complexNames.preload(byKey.values().stream().map(Appraisal::complexId).toList());
        workflow.startMany(PROCESS_KEY, vars).forEach((key, pi) -> {
            Appraisal a = byKey.get(key);
            a.started(pi);
            em.persist(new AppraisalEvent(a.id(), null, "STARTED", startedBy, null));
        });
        return byKey.size();
    }

    /** The due dates of the cycle's steps as process variables; none without a cycle or its dates. */
    private Map<String, Object> deadlines(Long cycleId) {
        return (cycleId == null ? Optional.<CycleData>empty() : cycles.cycle(cycleId))
                .map(c -> {
                    Map<String, java.time.LocalDate> days = new java.util.LinkedHashMap<>();
                    days.put("report", c.reportDue());
                    days.put("county", c.countyDue());
                    days.put("municipal", c.municipalDue());
                    days.put("expert", c.expertDue());
                    days.put("decision", c.decisionDue());
                    return Deadlines.variables(days, remindDays, bureau);
                })
                .orElse(Map.of());
    }

    @Override
    public TaskDetails openTask(String taskId, Actor actor) {
        TaskInfo task = actionable(taskId, actor);
        Appraisal a = forTask(task);
        if (!AppraisalAccess.canView(registry.scopeOf(actor), a)) {
            throw new NotAuthorizedException("appraisal.error.notYourTask");
        }
        ComplexData complex = registry.complex(a.complexId()).orElseThrow();
        ReportData report = submissions.report(a.reportId()).orElseThrow();
        List<ExpertData> eligible = StepType.ASSIGN_EXPERTS.is(task.formKey())
                ? ConflictOfInterest.eligible(registry.experts(), complex, sheets.declared(a.id()), a.experts())
                : List.of();
        List<ScoreData> scores = scores(a.id());
        DecisionProposal proposal =
                scores.isEmpty() ? null : grading.proposal(a).orElse(null);
        BigDecimal mean = proposal == null ? null : proposal.score();
        Grade proposed = proposal == null ? null : proposal.proposed();
        int v = report.version();
        List<ValueChange> changes = v >= 2 ? submissions.diff(report.id(), v - 1, v) : List.of();
        return new TaskDetails(
                task,
                a.toView(),
                complex,
                report,
                cycles.catalogue(report.cycleId()),
                submissions.compare(report.id()),
                changes,
                eligible,
                scores,
                mean,
                proposed,
                history(a.id()),
                proposal);
    }

    /**
     * Runs the step in a transaction of its own and, when it lost a race, says which: the task was handled by
     * someone else (it is gone now), or it is still open and the step is simply tried again on the new state of
     * the appraisal. Inside a caller's transaction the caller's commit decides, so nothing is retried there.
     */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public void complete(String taskId, Actor actor, StepInput input) {
        complete(taskId, actor, input, () -> null);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public <T> T complete(String taskId, Actor actor, StepInput input, java.util.function.Supplier<T> answer) {
        if (transactions.getTransactionStatus() != jakarta.transaction.Status.STATUS_NO_TRANSACTION) {
            return steps.runThen(taskId, actor, input, answer);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return steps.runThen(taskId, actor, input, answer);
            } catch (DomainException e) {
                throw e;
            } catch (RuntimeException e) {
                if (!Conflicts.isConflict(e)) {
                    throw e;
                }
                if (workflow.openTask(taskId).isEmpty()) {
                    throw new DomainException("appraisal.error.alreadyHandled");
                }
                if (attempt >= MAX_ATTEMPTS) {
                    throw new DomainException("appraisal.inbox.error.parallelChange");
                }
            }
        }
    }

    private TaskInfo actionable(String taskId, Actor actor) {
        return steps.actionable(taskId, actor);
    }

    @Override
    public void requireReadable(Long reportId, Actor actor) {
        readers.requireReadable(
                submissions
                        .report(reportId)
                        .orElseThrow(() -> new DomainException("submission.error.unknownReport", reportId)),
                actor);
    }

    @Override
    public StepType stepTypeOf(String taskId, Actor actor) {
        TaskInfo task = actionable(taskId, actor);
        if (!AppraisalAccess.canView(registry.scopeOf(actor), forTask(task))) {
            throw new NotAuthorizedException("appraisal.error.notYourTask");
        }
        return StepType.of(task.formKey())
                .orElseThrow(() -> new DomainException("appraisal.error.unknownStepType", task.formKey()));
    }

    @Override
    public ReportRecord record(Long reportId, Actor actor) {
        ReportData report = submissions
                .report(reportId)
                .orElseThrow(() -> new DomainException("submission.error.unknownReport", reportId));
        readers.requireReadable(report, actor);
        Appraisal a = byReport(reportId).orElse(null);
        ComplexData complex = registry.complex(report.complexId()).orElseThrow();
        if (a == null) {
            return new ReportRecord(
                    report,
                    complex,
                    cycles.catalogue(report.cycleId()),
                    submissions.compare(reportId),
                    submissions.versions(reportId),
                    null,
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    Map.of(),
                    null);
        }
        String pi = a.processInstanceId();
        List<StepRecord> steps = workflow.history(pi);
        Map<String, String> names = users.displayNames(steps.stream()
                .flatMap(s -> java.util.stream.Stream.of(s.assignee(), s.completedBy()))
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet()));
        boolean hideDecision = !AppraisalAccess.seesUnpublishedGrade(actor);
        AppraisalData view = hideDecision ? a.toView().withoutUnpublishedDecision() : a.toView();
        List<HistoryEntry> history = withExpertNames(history(a.id()));
        if (hideDecision && view.status() != AppraisalStatus.PUBLISHED) {
            // the experts' totals and the decision's reason would give the grade away before publication
            history = history.stream()
                    .map(e -> "DECIDED".equals(e.action()) || "SCORED".equals(e.action()) ? e.withoutComment() : e)
                    .toList();
        }
        return new ReportRecord(
                report,
                complex,
                cycles.catalogue(report.cycleId()),
                submissions.compare(reportId),
                submissions.versions(reportId),
                view,
                workflow.openTasks(pi),
                history,
                steps,
                hideDecision && view.status() != AppraisalStatus.PUBLISHED ? List.of() : scores(a.id()),
                names,
                pi == null ? null : workflow.diagram(pi).orElse(null));
    }

    @Override
    public List<ReportSummary> reports(Actor actor) {
        ActorScope scope = registry.scopeOf(actor);
        // the query narrows to the scope's counties (or the operator's complex, or the expert's name); canView decides
        String where = scope.coversAll()
                ? ""
                : !scope.counties().isEmpty()
                        ? " where a.countyCode in :counties"
                        : actor.complexId() != null ? " where a.complexId = :complex" : " where a.experts like :expert";
        var q = em.createQuery("select a from Appraisal a" + where + " order by a.year desc, a.id", Appraisal.class);
        if (where.contains(":counties")) {
            q.setParameter("counties", scope.counties());
        } else if (where.contains(":complex")) {
            q.setParameter("complex", actor.complexId());
        } else if (where.contains(":expert")) {
            q.setParameter("expert", "%" + actor.username() + "%");
        }
        List<Appraisal> list = q.setMaxResults(500).getResultList().stream()
                .filter(a -> AppraisalAccess.canView(scope, a))
                .toList();
        Map<Long, ComplexData> complexes =
                registry.complexes(list.stream().map(Appraisal::complexId).toList());
        Map<Long, ReportData> reports = submissions
                .reports(list.stream().map(Appraisal::reportId).toList())
                .stream()
                .collect(Collectors.toMap(ReportData::id, Function.identity()));
        Map<String, List<TaskInfo>> open = workflow.openTasks(
                list.stream().map(Appraisal::processInstanceId).toList());
        return list.stream()
                .map(a -> {
                    ComplexData c = complexes.get(a.complexId());
                    AppraisalData v = AppraisalAccess.seesUnpublishedGrade(actor)
                            ? a.toView()
                            : a.toView().withoutUnpublishedDecision();
                    return new ReportSummary(
                            a.reportId(),
                            v.year(),
                            a.complexId(),
                            c == null ? "" : c.nameZh(),
                            c == null ? "" : c.nameEn(),
                            a.countyCode(),
                            reports.get(a.reportId()) == null
                                    ? null
                                    : reports.get(a.reportId()).status(),
                            v.status(),
                            v.grade(),
                            open.getOrDefault(a.processInstanceId(), List.of()).stream()
                                    .map(TaskInfo::definitionKey)
                                    .distinct()
                                    .toList());
                })
                .toList();
    }

    private Optional<Appraisal> byReport(Long reportId) {
        return em.createQuery("select a from Appraisal a where a.reportId = :r", Appraisal.class)
                .setParameter("r", reportId)
                .getResultStream()
                .findFirst();
    }

    private Appraisal forTask(TaskInfo task) {
        return steps.forTask(task);
    }

    private Map<String, Appraisal> byProcessInstances(List<String> pis) {
        if (pis.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a from Appraisal a where a.processInstanceId in :pis", Appraisal.class)
                .setParameter("pis", pis)
                .getResultStream()
                .collect(Collectors.toMap(Appraisal::processInstanceId, Function.identity()));
    }

    private List<HistoryEntry> history(Long appraisalId) {
        List<HistoryEntry> entries = em.createQuery(
                        "select e from AppraisalEvent e where e.appraisalId = :a order by e.at, e.id",
                        AppraisalEvent.class)
                .setParameter("a", appraisalId)
                .getResultStream()
                .map(AppraisalEvent::toEntry)
                .toList();
        Map<String, String> names =
                users.displayNames(entries.stream().map(HistoryEntry::actor).toList());
        return entries.stream().map(e -> e.withActorName(names.get(e.actor()))).toList();
    }

    /** Lines whose comment is a list of experts' usernames: the timeline shows their names instead. */
    private static final java.util.Set<String> EXPERT_LISTS = java.util.Set.of("EXPERTS_ASSIGNED", "EXPERT_REASSIGNED");

    /** The assignment's and the reassignment's lines name the experts by username; the timeline shows their names. */
    private List<HistoryEntry> withExpertNames(List<HistoryEntry> entries) {
        List<String> usernames = entries.stream()
                .filter(e -> EXPERT_LISTS.contains(e.action()) && e.comment() != null)
                .flatMap(e -> java.util.Arrays.stream(e.comment().split(",\\s*")))
                .distinct()
                .toList();
        if (usernames.isEmpty()) {
            return entries;
        }
        Map<String, String> names = users.displayNames(usernames);
        return entries.stream()
                .map(e -> !EXPERT_LISTS.contains(e.action()) || e.comment() == null
                        ? e
                        : e.withComment(java.util.Arrays.stream(e.comment().split(",\\s*"))
                                .map(u -> names.getOrDefault(u, u))
                                .collect(Collectors.joining(", "))))
                .toList();
    }

    private List<ScoreData> scores(Long appraisalId) {
        List<ScoreData> scores = em.createQuery(
                        "select s from ExpertScore s where s.appraisalId = :a order by s.at", ExpertScore.class)
                .setParameter("a", appraisalId)
                .getResultStream()
                .map(ExpertScore::toView)
                .toList();
        Map<String, String> names =
                users.displayNames(scores.stream().map(ScoreData::expert).toList());
        return scores.stream().map(s -> s.withExpertName(names.get(s.expert()))).toList();
    }
}
