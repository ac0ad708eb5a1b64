package org.innocomplex.appraisal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.access.api.Role;
import org.innocomplex.access.api.UserService;
import org.innocomplex.appraisal.api.AppraisalService;
import org.innocomplex.appraisal.api.AppraisalView;
import org.innocomplex.appraisal.api.Grade;
import org.innocomplex.appraisal.api.HistoryEntry;
import org.innocomplex.appraisal.api.InboxItem;
import org.innocomplex.appraisal.api.ReportRecord;
import org.innocomplex.appraisal.api.ReportSummary;
import org.innocomplex.appraisal.api.ScoreView;
import org.innocomplex.appraisal.api.StepCompleted;
import org.innocomplex.appraisal.api.StepInput;
import org.innocomplex.appraisal.api.TaskDetails;
import org.innocomplex.appraisal.application.steps.StepContext;
import org.innocomplex.appraisal.application.steps.StepHandler;
import org.innocomplex.appraisal.domain.Appraisal;
import org.innocomplex.appraisal.domain.AppraisalAccess;
import org.innocomplex.appraisal.domain.AppraisalEvent;
import org.innocomplex.appraisal.domain.ConflictOfInterest;
import org.innocomplex.appraisal.domain.ExpertScore;
import org.innocomplex.appraisal.domain.GradeBands;
import org.innocomplex.registry.api.ComplexView;
import org.innocomplex.registry.api.ExpertView;
import org.innocomplex.registry.api.RegistryService;
import org.innocomplex.submission.api.ReportView;
import org.innocomplex.submission.api.SubmissionService;
import org.innocomplex.submission.api.ValueChange;
import org.innocomplex.workflow.api.StepRecord;
import org.innocomplex.workflow.api.TaskAlreadyHandledException;
import org.innocomplex.workflow.api.TaskInfo;
import org.innocomplex.workflow.api.TaskNotAllowedException;
import org.innocomplex.workflow.api.WorkflowService;

@ApplicationScoped
@Transactional
public class DefaultAppraisalService implements AppraisalService {

    @PersistenceContext
    EntityManager em;
    @Inject
    WorkflowService workflow;
    @Inject
    SubmissionService submissions;
    @Inject
    RegistryService registry;
    @Inject
    Instance<StepHandler> handlers;
    @Inject
    Event<StepCompleted> completed;
    @Inject
    UserService users;
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "innocomplex.deadline.remind-days", defaultValue = "3")
    int remindDays;

    @Override
    public AppraisalView start(Long reportId, String startedBy) {
        ReportView r = submissions.report(reportId)
                .orElseThrow(() -> new DomainException("submission.error.unknownReport", reportId));
        startAll(List.of(r), startedBy);
        return byReport(reportId).orElseThrow().toView();
    }

    @Override
    public int startAll(List<ReportView> reports, String startedBy) {
        if (reports.isEmpty()) {
            return 0;
        }
        java.util.Set<Long> started = new java.util.HashSet<>(em.createQuery(
                        "select a.reportId from Appraisal a where a.reportId in :ids", Long.class)
                .setParameter("ids", reports.stream().map(ReportView::id).toList()).getResultList());
        Map<String, Appraisal> byKey = new java.util.LinkedHashMap<>();
        Map<String, Map<String, Object>> vars = new java.util.LinkedHashMap<>();
        Map<Long, Map<String, Object>> deadlinesByCycle = new java.util.HashMap<>();
        for (ReportView r : reports) {
            if (started.contains(r.id())) {
                continue;
            }
            Appraisal a = new Appraisal(r.id(), r.cycleId(), r.complexId(), r.countyCode(), r.cityCode(), r.year());
            em.persist(a);
            String key = "report:" + r.id();
            byKey.put(key, a);
            Map<String, Object> v = new java.util.HashMap<>(deadlinesByCycle.computeIfAbsent(r.cycleId(), this::deadlines));
            v.putAll(Map.of("reportId", r.id(), "complexId", r.complexId(), "countyCode", r.countyCode(),
                    "cityCode", r.cityCode()));
            vars.put(key, v);
        }
        em.flush();
        workflow.startMany(PROCESS_KEY, vars).forEach((key, pi) -> {
            Appraisal a = byKey.get(key);
            a.started(pi);
            em.persist(new AppraisalEvent(a.id(), null, "STARTED", startedBy, null));
        });
        return byKey.size();
    }

    /** The due dates of the cycle's steps as process variables; none without a cycle or its dates. */
    private Map<String, Object> deadlines(Long cycleId) {
        return (cycleId == null ? Optional.<org.innocomplex.submission.api.CycleView>empty() : submissions.cycle(cycleId))
                .map(c -> {
                    Map<String, java.time.LocalDate> days = new java.util.LinkedHashMap<>();
                    days.put("report", c.reportDue());
                    days.put("county", c.countyDue());
                    days.put("municipal", c.municipalDue());
                    days.put("expert", c.expertDue());
                    days.put("decision", c.decisionDue());
                    return org.innocomplex.appraisal.domain.Deadlines.variables(days, remindDays);
                }).orElse(Map.of());
    }

    @Override
    public List<InboxItem> inbox(Actor actor, int first, int max) {
        List<TaskInfo> tasks = workflow.inbox(actor.username(), actor.groups(), first, max);
        Map<String, Appraisal> byPi = byProcessInstances(tasks.stream().map(TaskInfo::processInstanceId).toList());
        Map<Long, ComplexView> complexes = registry.complexes(
                byPi.values().stream().map(Appraisal::complexId).collect(Collectors.toSet()));
        List<InboxItem> items = new ArrayList<>();
        for (TaskInfo t : tasks) {
            Appraisal a = byPi.get(t.processInstanceId());
            if (a == null || !AppraisalAccess.canView(actor, a)) {
                continue;
            }
            ComplexView c = complexes.get(a.complexId());
            items.add(new InboxItem(t.id(), t.definitionKey(), t.name(), t.formKey(), t.created(), t.due(),
                    t.assignee(), a.reportId(), a.complexId(), c == null ? "" : c.nameZh(),
                    c == null ? "" : c.nameEn(), a.countyCode(), a.toView().year()));
        }
        return items;
    }

    @Override
    public long inboxCount(Actor actor) {
        return workflow.inboxCount(actor.username(), actor.groups());
    }

    @Override
    public TaskDetails openTask(String taskId, Actor actor) {
        TaskInfo task = actionable(taskId, actor);
        Appraisal a = forTask(task);
        if (!AppraisalAccess.canView(actor, a)) {
            throw new NotAuthorizedException("appraisal.error.notYourTask");
        }
        ComplexView complex = registry.complex(a.complexId()).orElseThrow();
        ReportView report = submissions.report(a.reportId()).orElseThrow();
        List<ExpertView> eligible = "assign-experts".equals(task.formKey())
                ? registry.experts().stream().filter(e -> !ConflictOfInterest.conflicts(e, complex)).toList()
                : List.of();
        List<ScoreView> scores = scores(a.id());
        BigDecimal mean = GradeBands.mean(scores.stream().map(ScoreView::score).toList()).orElse(null);
        Grade proposed = mean == null ? null
                : GradeBands.propose(mean, submissions.catalogue(report.cycleId()).bandMinimums());
        int v = report.version();
        List<ValueChange> changes = v >= 2 ? submissions.diff(report.id(), v - 1, v) : List.of();
        return new TaskDetails(task, a.toView(), complex, report, submissions.catalogue(report.cycleId()),
                submissions.compare(report.id()), changes, eligible, scores, mean, proposed, history(a.id()));
    }

    @Override
    public void complete(String taskId, Actor actor, StepInput input) {
        TaskInfo task = actionable(taskId, actor);
        Appraisal a = forTask(task);
        // serialises concurrent steps on one appraisal: the loser fails at commit and writes nothing
        em.lock(a, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        StepHandler handler = handlerFor(task.formKey());
        if (!handler.inputType().isInstance(input)) {
            throw new DomainException("appraisal.error.wrongInput", task.formKey());
        }
        Map<String, Object> vars = handler.handle(new StepContext(task, a, actor), input);
        try {
            workflow.complete(taskId, actor.username(), actor.groups(), vars);
        } catch (TaskAlreadyHandledException e) {
            throw new DomainException("appraisal.error.alreadyHandled");
        }
        String comment = input instanceof StepInput.Review r ? r.comment() : null;
        completed.fire(new StepCompleted(a.id(), a.reportId(), task.definitionKey(), task.formKey(),
                actor.username(), comment));
    }

    private TaskInfo actionable(String taskId, Actor actor) {
        try {
            return workflow.actionableTask(taskId, actor.username(), actor.groups());
        } catch (TaskAlreadyHandledException e) {
            throw new DomainException("appraisal.error.alreadyHandled");
        } catch (TaskNotAllowedException e) {
            throw new NotAuthorizedException("appraisal.error.notYourTask");
        }
    }

    private StepHandler handlerFor(String formKey) {
        for (StepHandler h : handlers) {
            if (h.formKey().equals(formKey)) {
                return h;
            }
        }
        throw new DomainException("appraisal.error.unknownStepType", String.valueOf(formKey));
    }

    @Override
    public ReportRecord record(Long reportId, Actor actor) {
        ReportView report = submissions.report(reportId)
                .orElseThrow(() -> new DomainException("submission.error.unknownReport", reportId));
        Appraisal a = byReport(reportId).orElse(null);
        boolean allowed = a != null ? AppraisalAccess.canView(actor, a)
                : actor.is(Role.ADMIN) || (actor.is(Role.OPERATOR) && report.complexId().equals(actor.complexId()));
        if (!allowed) {
            throw new NotAuthorizedException("appraisal.error.notYourReport");
        }
        ComplexView complex = registry.complex(report.complexId()).orElseThrow();
        if (a == null) {
            return new ReportRecord(report, complex, submissions.catalogue(report.cycleId()),
                    submissions.compare(reportId), submissions.versions(reportId), null, List.of(), List.of(),
                    List.of(), List.of(), Map.of());
        }
        String pi = a.processInstanceId();
        List<StepRecord> steps = workflow.history(pi);
        Map<String, String> names = users.displayNames(steps.stream()
                .flatMap(s -> java.util.stream.Stream.of(s.assignee(), s.completedBy()))
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        return new ReportRecord(report, complex, submissions.catalogue(report.cycleId()),
                submissions.compare(reportId), submissions.versions(reportId), a.toView(), workflow.openTasks(pi),
                history(a.id()), steps, scores(a.id()), names);
    }

    @Override
    public List<ReportSummary> reports(Actor actor) {
        String where = switch (actor.role()) {
            case ADMIN -> "";
            case OPERATOR -> " where a.complexId = :scope";
            case COUNTY_OFFICIAL -> " where a.countyCode = :scope";
            case MUNICIPAL_OFFICIAL -> " where a.cityCode = :scope";
            case EXPERT -> " where a.experts like :scope";
        };
        var q = em.createQuery("select a from Appraisal a" + where + " order by a.year desc, a.id", Appraisal.class);
        switch (actor.role()) {
            case OPERATOR -> q.setParameter("scope", actor.complexId());
            case COUNTY_OFFICIAL, MUNICIPAL_OFFICIAL -> q.setParameter("scope", actor.scopeCode());
            case EXPERT -> q.setParameter("scope", "%" + actor.username() + "%");
            default -> { }
        }
        List<Appraisal> list = q.setMaxResults(500).getResultList().stream()
                .filter(a -> AppraisalAccess.canView(actor, a)).toList();
        Map<Long, ComplexView> complexes = registry.complexes(list.stream().map(Appraisal::complexId).toList());
        Map<Long, ReportView> reports = submissions.reports(list.stream().map(Appraisal::reportId).toList())
                .stream().collect(Collectors.toMap(ReportView::id, Function.identity()));
        Map<String, List<TaskInfo>> open = workflow.openTasks(list.stream().map(Appraisal::processInstanceId).toList());
        return list.stream().map(a -> {
            ComplexView c = complexes.get(a.complexId());
            AppraisalView v = a.toView();
            return new ReportSummary(a.reportId(), v.year(), a.complexId(), c == null ? "" : c.nameZh(),
                    c == null ? "" : c.nameEn(), a.countyCode(),
                    reports.get(a.reportId()) == null ? null : reports.get(a.reportId()).status(), v.status(),
                    v.grade(), open.getOrDefault(a.processInstanceId(), List.of()).stream()
                    .map(TaskInfo::definitionKey).distinct().toList());
        }).toList();
    }

    private Optional<Appraisal> byReport(Long reportId) {
        return em.createQuery("select a from Appraisal a where a.reportId = :r", Appraisal.class)
                .setParameter("r", reportId).getResultStream().findFirst();
    }

    private Appraisal forTask(TaskInfo task) {
        return em.createQuery("select a from Appraisal a where a.processInstanceId = :pi", Appraisal.class)
                .setParameter("pi", task.processInstanceId()).getResultStream().findFirst()
                .orElseThrow(() -> new DomainException("appraisal.error.unknownAppraisal"));
    }

    private Map<String, Appraisal> byProcessInstances(List<String> pis) {
        if (pis.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a from Appraisal a where a.processInstanceId in :pis", Appraisal.class)
                .setParameter("pis", pis).getResultStream()
                .collect(Collectors.toMap(Appraisal::processInstanceId, Function.identity()));
    }

    private List<HistoryEntry> history(Long appraisalId) {
        List<HistoryEntry> entries = em.createQuery(
                "select e from AppraisalEvent e where e.appraisalId = :a order by e.at, e.id",
                AppraisalEvent.class).setParameter("a", appraisalId).getResultStream()
                .map(AppraisalEvent::toEntry).toList();
        Map<String, String> names = users.displayNames(entries.stream().map(HistoryEntry::actor).toList());
        return entries.stream().map(e -> e.withActorName(names.get(e.actor()))).toList();
    }

    private List<ScoreView> scores(Long appraisalId) {
        List<ScoreView> scores = em.createQuery("select s from ExpertScore s where s.appraisalId = :a order by s.at",
                ExpertScore.class).setParameter("a", appraisalId).getResultStream()
                .map(ExpertScore::toView).toList();
        Map<String, String> names = users.displayNames(scores.stream().map(ScoreView::expert).toList());
        return scores.stream().map(s -> s.withExpertName(names.get(s.expert()))).toList();
    }
}
