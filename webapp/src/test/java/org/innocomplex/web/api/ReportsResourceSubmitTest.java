package org.innocomplex.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.Role;
import org.innocomplex.appraisal.api.AppraisalService;
import org.innocomplex.appraisal.api.ReportRecord;
import org.innocomplex.submission.api.ReportService;
import org.innocomplex.workflow.api.TaskInfo;
import org.junit.jupiter.api.Test;

/**
 * A submit through the API answers with what it committed, or fails and commits nothing: reading the answer fails
 * (the database went away after the step) and the client must not be told "error" for a submit that was saved
 * (its retry would then be refused as already handled).
 */
class ReportsResourceSubmitTest {
    static final Actor OPERATOR = new Actor("op", "op", Role.OPERATOR, "331122", 7L);

    /** the appraisal module as far as the submit sees it: a step commits unless its transaction fails */
    final class Appraisals {
        boolean committed;

        Object invoke(String method, Object[] args) {
            return switch (method) {
                case "record" ->
                    new ReportRecord(
                            null,
                            null,
                            null,
                            null,
                            List.of(),
                            null,
                            List.of(new TaskInfo("t1", "report", "report", "report", "pi", "pd", null, null, null)),
                            List.of(),
                            List.of(),
                            List.of(),
                            Map.of(),
                            null);
                case "complete" -> {
                    if (args.length == 3) {
                        committed = true;
                        yield null;
                    }
                    // the step and the answer in one transaction: the answer's failure rolls the step back
                    Object answer = ((Supplier<?>) args[3]).get();
                    committed = true;
                    yield answer;
                }
                default -> throw new UnsupportedOperationException(method);
            };
        }
    }

    @Test
    void aFailureToReadTheAnswerIsNotACommittedSubmitReportedAsAnError() {
        Appraisals state = new Appraisals();
        ReportsResource resource = new ReportsResource();
        resource.appraisals = (AppraisalService) Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {AppraisalService.class},
                (p, m, a) -> state.invoke(m.getName(), a));
        resource.submissions = (ReportService)
                Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ReportService.class}, (p, m, a) -> {
                    if (m.getName().equals("report")) {
                        throw new IllegalStateException("the database went away");
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
        resource.currentUser = () -> Optional.of(OPERATOR);

        Throwable failure = catchThrowable(() -> resource.submit(42L));

        assertThat(failure).as("the read fails").isInstanceOf(IllegalStateException.class);
        assertThat(state.committed)
                .as("a submit that answers with an error has committed nothing")
                .isFalse();
    }
}
