package org.innocomplex.workflow.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.flowable.common.engine.api.delegate.Expression;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.DelegateHelper;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.task.api.Task;
import org.innocomplex.workflow.api.DeadlineReached;

/**
 * {@code ${deadlineNotifier}}, the one delegate the processes may call: the deadline timers' service tasks. It only
 * says which step's deadline came and fires {@link DeadlineReached}; who is told is the observers' business.
 *
 * <p>One shared instance serves concurrent jobs, so the {@code kind} field is read from the execution on each call
 * (field injection into the bean is switched off in {@link FlowableEngine}).
 */
@ApplicationScoped
public class DeadlineNotifier implements JavaDelegate {
    private static final Logger LOG = Logger.getLogger(DeadlineNotifier.class.getName());

    @Inject
    Event<DeadlineReached> reached;

    @Override
    public void execute(DelegateExecution execution) {
        Expression field = DelegateHelper.getFieldExpression(execution, "kind");
        if (field == null) {
            throw new IllegalStateException(
                    "deadlineNotifier needs a field 'kind' on " + execution.getCurrentActivityId());
        }
        DeadlineReached.Kind kind = DeadlineReached.Kind.valueOf(
                String.valueOf(field.getValue(execution)).toUpperCase(Locale.ROOT));
        // the steps run one after another, so the open tasks are those of the step whose timer fired
        List<Task> open = CommandContextUtil.getProcessEngineConfiguration()
                .getTaskService()
                .createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .list();
        if (open.isEmpty()) {
            LOG.fine(() -> "deadline " + kind + " of " + execution.getProcessInstanceId() + " with no open task");
            return;
        }
        Task first = open.get(0);
        reached.fire(new DeadlineReached(
                kind,
                execution.getProcessInstanceId(),
                first.getTaskDefinitionKey(),
                open.stream().map(Task::getId).toList(),
                first.getDueDate() == null ? null : first.getDueDate().toInstant()));
    }
}
