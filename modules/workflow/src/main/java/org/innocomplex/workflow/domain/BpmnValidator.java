package org.innocomplex.workflow.domain;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.EndEvent;
import org.flowable.bpmn.model.EventDefinition;
import org.flowable.bpmn.model.EventSubProcess;
import org.flowable.bpmn.model.ExclusiveGateway;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.ImplementationType;
import org.flowable.bpmn.model.InclusiveGateway;
import org.flowable.bpmn.model.IntermediateCatchEvent;
import org.flowable.bpmn.model.ParallelGateway;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.ScriptTask;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.ServiceTask;
import org.flowable.bpmn.model.StartEvent;
import org.flowable.bpmn.model.SubProcess;
import org.flowable.bpmn.model.TerminateEventDefinition;
import org.flowable.bpmn.model.TimerEventDefinition;
import org.flowable.bpmn.model.UserTask;
import org.flowable.validation.ProcessValidatorFactory;
import org.flowable.validation.ValidationError;
import org.innocomplex.access.api.Violation;
import org.innocomplex.access.api.Violation.Location;
import org.innocomplex.workflow.api.ProcessRules;
import org.innocomplex.workflow.api.ValidationReport;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXParseException;

/**
 * Decides whether an administrator's BPMN file may be deployed, and says why not element by element. In order: the
 * size (before anything is parsed), safe XML parsing (a DOCTYPE refuses the file), the number of elements (before
 * Flowable's converter and validator, whose time grows faster than the count), Flowable's XSD and its own process
 * validator, then the product's rules: an allowlist of element types, known step types, candidate groups and
 * assignees by the scheme, no scripts, shells, classes, listeners or delegates but the allowlisted ones,
 * {@link ExpressionRules} on every expression anywhere in the file, every timer within the bounds of
 * {@link TimerRules}, and the shape of the flow ({@link FlowGraph}): each element reachable from the start and able to
 * reach an end, and no loop that does not wait for a person.
 *
 * <p>How a timer's value is bounded at run time: a literal is judged here. An expression in a {@code timeDate} or
 * {@code timeDuration}, as in the product's own reminders and escalations
 * ({@code ${vars:getOrDefault(reportDue, '9999-12-31T00:00:00Z')}}), is judged by the expression allowlist only: its
 * value, a date from the cycle, is known when its step starts, and whatever it is, Flowable fires that timer at most
 * once for each start of the step, since its timer job gets a repeat only for a {@code timeCycle}. A step starts again
 * only through a loop, and a loop must pass a person. The one timer that repeats by itself, a {@code timeCycle}, must
 * be written out so that its period, its count and its end are checked here; an expression there is refused.
 *
 * <p>Pure: no engine, no database; the product's rules come in as {@link ProcessRules}, the time from a clock.
 */
public final class BpmnValidator {
    static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String FLOWABLE_NS = "http://flowable.org/bpmn";
    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE", Pattern.CASE_INSENSITIVE);
    private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,199}");

    private final ProcessRules rules;
    private final ExpressionRules expressions;
    private final TimerRules timers;

    public BpmnValidator(ProcessRules rules) {
        this(rules, Clock.systemUTC());
    }

    /** @param clock what "now" is for the dates of timers */
    public BpmnValidator(ProcessRules rules, Clock clock) {
        this.rules = rules;
        this.expressions = new ExpressionRules(rules.functions(), rules.notVariables(), rules.variableMethods());
        this.timers = new TimerRules(rules.timers(), clock);
    }

    /**
     * The refusal of a file by its size alone, for a file nobody read to the end: an upload stopped at the limit.
     *
     * @param bytes its size, or at least as much as was read of it
     */
    public static ValidationReport tooLarge(long bytes, ProcessRules rules) {
        return new ValidationReport(
                null, List.of(fileProblem("workflow.validation.tooLarge", List.of(kib(bytes), kib(rules.maxBytes())))));
    }

    /** The outcome and, when the file could be read as BPMN, its model. */
    public record Result(ValidationReport report, Optional<BpmnModel> model) {}

    public ValidationReport validate(String xml) {
        return check(xml).report();
    }

    public Result check(String xml) {
        List<Violation> problems = new ArrayList<>();
        if (xml == null || xml.isBlank()) {
            problems.add(fileProblem("workflow.validation.empty", List.of()));
            return new Result(new ValidationReport(null, problems), Optional.empty());
        }
        // a char is at least one UTF-8 byte: a long string is refused before it is encoded, let alone parsed
        long size = xml.length() > rules.maxBytes() ? xml.length() : xml.getBytes(StandardCharsets.UTF_8).length;
        if (size > rules.maxBytes()) {
            return new Result(tooLarge(size, rules), Optional.empty());
        }
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        Document doc;
        try {
            doc = SafeXml.documentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (SAXParseException e) {
            if (DOCTYPE.matcher(xml).find()) {
                problems.add(fileProblem(
                        "workflow.validation.doctype", List.of("<!DOCTYPE>", String.valueOf(e.getLineNumber()))));
            } else {
                problems.add(fileProblem(
                        "workflow.validation.notXml",
                        List.of(
                                String.valueOf(e.getLineNumber()),
                                String.valueOf(e.getColumnNumber()),
                                e.getMessage())));
            }
            return new Result(new ValidationReport(null, problems), Optional.empty());
        } catch (Exception e) {
            problems.add(fileProblem("workflow.validation.notXml", List.of("?", "?", String.valueOf(e.getMessage()))));
            return new Result(new ValidationReport(null, problems), Optional.empty());
        }
        Element root = doc.getDocumentElement();
        if (!"definitions".equals(root.getLocalName()) || !BPMN_NS.equals(root.getNamespaceURI())) {
            problems.add(fileProblem("workflow.validation.notBpmn", List.of(root.getNodeName())));
            return new Result(new ValidationReport(null, problems), Optional.empty());
        }
        String key = firstProcessId(root);
        int elements = countElements(root);
        if (elements > rules.maxElements()) {
            problems.add(problemAt(
                    key,
                    "workflow.validation.tooManyElements",
                    List.of(String.valueOf(key), String.valueOf(elements), String.valueOf(rules.maxElements()))));
            return new Result(new ValidationReport(key, problems), Optional.empty());
        }
        scanExpressions(root, problems);

        BpmnModel model;
        try {
            BpmnXMLConverter converter = new BpmnXMLConverter();
            model = converter.convertToBpmnModel(() -> new ByteArrayInputStream(bytes), true, true, "UTF-8");
        } catch (RuntimeException e) {
            problems.add(fileProblem("workflow.validation.schema", List.of(detail(e))));
            return new Result(new ValidationReport(key, problems), Optional.empty());
        }
        List<Process> processes = model.getProcesses();
        long executable = processes.stream().filter(Process::isExecutable).count();
        if (processes.size() != 1 || executable != 1) {
            problems.add(problemAt(key, "workflow.validation.oneProcess", List.of(String.valueOf(processes.size()))));
            return new Result(new ValidationReport(key, problems), Optional.of(model));
        }
        Process process = processes.get(0);
        if (!KEY.matcher(process.getId()).matches()) {
            problems.add(problemAt(process.getId(), "workflow.validation.processId", List.of(process.getId())));
        }
        for (ValidationError e :
                new ProcessValidatorFactory().createDefaultProcessValidator().validate(model)) {
            if (!e.isWarning()) {
                String id = e.getActivityId() != null ? e.getActivityId() : process.getId();
                problems.add(problemAt(
                        id,
                        "workflow.validation.flowable",
                        List.of(
                                label(e.getActivityName(), id),
                                e.getProblem(),
                                String.valueOf(e.getDefaultDescription()))));
            }
        }
        productRules(process, problems);
        return new Result(new ValidationReport(process.getId(), dedupe(problems)), Optional.of(model));
    }

    private void productRules(Process process, List<Violation> problems) {
        String pid = process.getId();
        if (!process.getExecutionListeners().isEmpty()
                || !process.getEventListeners().isEmpty()) {
            problems.add(problem(pid, process.getName(), "workflow.validation.listener"));
        }
        Collection<FlowElement> all = process.findFlowElementsOfType(FlowElement.class, true);
        Set<String> deadEnds = new HashSet<>();
        boolean hasEnd = process.getFlowElements().stream().anyMatch(EndEvent.class::isInstance);
        if (!hasEnd) {
            problems.add(problem(pid, process.getName(), "workflow.validation.noEndEvent"));
        }
        for (FlowElement el : all) {
            String id = el.getId();
            String name = el.getName();
            if (!el.getExecutionListeners().isEmpty()) {
                problems.add(problem(id, name, "workflow.validation.listener"));
            }
            if (el instanceof ScriptTask) {
                problems.add(problem(id, name, "workflow.validation.scriptTask"));
            } else if (el instanceof ServiceTask s) {
                serviceTask(s, problems);
            } else if (el instanceof UserTask u) {
                userTask(u, problems);
            } else if (el instanceof StartEvent s) {
                if (!s.getEventDefinitions().isEmpty()) {
                    problems.add(problem(
                            id, name, "workflow.validation.eventNotAllowed", eventType(s.getEventDefinitions())));
                }
            } else if (el instanceof EndEvent e) {
                if (e.getEventDefinitions().stream().anyMatch(d -> !(d instanceof TerminateEventDefinition))) {
                    problems.add(problem(
                            id, name, "workflow.validation.eventNotAllowed", eventType(e.getEventDefinitions())));
                }
            } else if (el instanceof BoundaryEvent b) {
                timerOnly(b, b.getEventDefinitions(), problems);
            } else if (el instanceof IntermediateCatchEvent c) {
                timerOnly(c, c.getEventDefinitions(), problems);
            } else if (el instanceof EventSubProcess
                    || !(el instanceof SequenceFlow
                            || el instanceof ExclusiveGateway
                            || el instanceof ParallelGateway
                            || el instanceof InclusiveGateway
                            || el instanceof SubProcess)) {
                problems.add(problem(
                        id,
                        name,
                        "workflow.validation.elementNotAllowed",
                        el.getClass().getSimpleName()));
            }
            if (el instanceof FlowNode n
                    && !(el instanceof EndEvent)
                    && n.getOutgoingFlows().isEmpty()) {
                problems.add(problem(id, name, "workflow.validation.deadEnd"));
                deadEnds.add(id);
            }
        }
        FlowGraph graph = new FlowGraph(process);
        for (FlowGraph.Finding f : graph.loops()) {
            problems.add(problem(
                    f.node().getId(), f.node().getName(), f.key(), f.args().toArray(String[]::new)));
        }
        for (FlowGraph.Finding f : graph.disconnected(deadEnds)) {
            problems.add(problem(
                    f.node().getId(), f.node().getName(), f.key(), f.args().toArray(String[]::new)));
        }
    }

    private void serviceTask(ServiceTask s, List<Violation> problems) {
        String id = s.getId();
        String name = s.getName();
        if ("shell".equals(s.getType())) {
            problems.add(problem(id, name, "workflow.validation.shellTask"));
            return;
        }
        if (s.getType() != null && !s.getType().isBlank()) {
            problems.add(problem(id, name, "workflow.validation.serviceType", s.getType()));
            return;
        }
        String impl = s.getImplementation();
        switch (String.valueOf(s.getImplementationType())) {
            case ImplementationType.IMPLEMENTATION_TYPE_CLASS ->
                problems.add(problem(id, name, "workflow.validation.classDelegate", impl));
            case ImplementationType.IMPLEMENTATION_TYPE_EXPRESSION ->
                problems.add(problem(id, name, "workflow.validation.expressionDelegate", impl));
            case ImplementationType.IMPLEMENTATION_TYPE_DELEGATEEXPRESSION -> {
                if (!rules.delegateExpressions().contains(impl == null ? "" : impl.strip())) {
                    problems.add(problem(id, name, "workflow.validation.delegateNotAllowed", impl));
                }
            }
            default -> problems.add(problem(id, name, "workflow.validation.delegateNotAllowed", String.valueOf(impl)));
        }
    }

    private void userTask(UserTask u, List<Violation> problems) {
        String id = u.getId();
        String name = u.getName();
        if (!u.getTaskListeners().isEmpty()) {
            problems.add(problem(id, name, "workflow.validation.listener"));
        }
        String formKey = u.getFormKey();
        if (formKey == null || formKey.isBlank()) {
            problems.add(problem(id, name, "workflow.validation.stepTypeMissing"));
        } else if (!rules.stepTypes().contains(formKey)) {
            problems.add(problem(id, name, "workflow.validation.unknownStepType", formKey));
        }
        for (String g : u.getCandidateGroups()) {
            if (rules.candidateGroups().stream()
                    .noneMatch(p -> p.matcher(g.strip()).matches())) {
                problems.add(problem(id, name, "workflow.validation.candidateGroup", g));
            }
        }
        List<String> users = new ArrayList<>(u.getCandidateUsers());
        if (u.getAssignee() != null && !u.getAssignee().isBlank()) {
            users.add(u.getAssignee());
        }
        for (String a : users) {
            if (rules.assignees().stream().noneMatch(p -> p.matcher(a.strip()).matches())) {
                problems.add(problem(id, name, "workflow.validation.assignee", a));
            }
        }
        if (u.getCandidateGroups().isEmpty() && users.isEmpty()) {
            problems.add(problem(id, name, "workflow.validation.noPerformer"));
        }
    }

    private void timerOnly(FlowElement el, List<EventDefinition> defs, List<Violation> problems) {
        if (defs.size() != 1 || !(defs.get(0) instanceof TimerEventDefinition t)) {
            problems.add(problem(el.getId(), el.getName(), "workflow.validation.eventNotAllowed", eventType(defs)));
            return;
        }
        for (TimerRules.Refusal r : timers.check(t)) {
            problems.add(problem(el.getId(), el.getName(), r.key(), r.args().toArray(String[]::new)));
        }
    }

    private static String eventType(List<EventDefinition> defs) {
        return defs.isEmpty() ? "-" : defs.get(0).getClass().getSimpleName();
    }

    /** Every attribute and text of the file that holds an expression, named by its nearest element with an id. */
    private void scanExpressions(Element el, List<Violation> problems) {
        if (BPMN_NS.equals(el.getNamespaceURI()) && "documentation".equals(el.getLocalName())) {
            return;
        }
        NamedNodeMap attrs = el.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            String v = a.getValue();
            boolean allowedDelegate = "delegateExpression".equals(a.getLocalName())
                    && FLOWABLE_NS.equals(a.getNamespaceURI())
                    && rules.delegateExpressions().contains(v.strip());
            if (!allowedDelegate && ExpressionRules.hasExpression(v)) {
                expressionProblem(el, v, problems);
            }
        }
        for (Node c = el.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                scanExpressions(child, problems);
            } else if ((c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE)
                    && ExpressionRules.hasExpression(c.getNodeValue())) {
                expressionProblem(el, c.getNodeValue(), problems);
            }
        }
    }

    private void expressionProblem(Element el, String text, List<Violation> problems) {
        expressions.check(text).ifPresent(r -> {
            Element named = el;
            while (named != null && named.getAttribute("id").isEmpty()) {
                named = named.getParentNode() instanceof Element p ? p : null;
            }
            String id = named == null ? null : named.getAttribute("id");
            String name = named == null ? null : named.getAttribute("name");
            problems.add(problem(id, name, r.key(), r.detail()));
        });
    }

    /** The BPMN elements with an id under the processes: steps, events, gateways, flows, sub-processes. */
    private static int countElements(Element root) {
        int n = 0;
        var processes = root.getElementsByTagNameNS(BPMN_NS, "process");
        for (int i = 0; i < processes.getLength(); i++) {
            var all = ((Element) processes.item(i)).getElementsByTagNameNS(BPMN_NS, "*");
            for (int j = 0; j < all.getLength(); j++) {
                if (!((Element) all.item(j)).getAttribute("id").isEmpty()) {
                    n++;
                }
            }
        }
        return n;
    }

    private static String firstProcessId(Element root) {
        var list = root.getElementsByTagNameNS(BPMN_NS, "process");
        return list.getLength() == 0 ? null : ((Element) list.item(0)).getAttribute("id");
    }

    private static Violation problem(String id, String name, String key, String... more) {
        List<String> args = new ArrayList<>();
        args.add(label(name, id));
        for (String m : more) {
            args.add(m == null ? "" : m);
        }
        return problemAt(id, key, args);
    }

    /** A problem of one element; without an id (none found) it is the file's. */
    private static Violation problemAt(String id, String key, List<String> args) {
        return new Violation(id == null ? null : Location.element(id), key, List.<Object>copyOf(args));
    }

    /** A problem of the file as a whole: it is too large, no XML, no BPMN. */
    private static Violation fileProblem(String key, List<String> args) {
        return new Violation((Location) null, key, List.<Object>copyOf(args));
    }

    /** How a message names an element: its name and id, or the id alone. */
    static String label(String name, String id) {
        if (name == null || name.isBlank()) {
            return String.valueOf(id);
        }
        return name.strip() + " (" + id + ")";
    }

    private static String kib(long bytes) {
        return String.valueOf((bytes + 1023) / 1024);
    }

    private static String detail(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? e.getMessage() : t.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    private static List<Violation> dedupe(List<Violation> problems) {
        return problems.stream().distinct().toList();
    }
}
