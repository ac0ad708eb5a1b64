package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import jakarta.inject.Inject;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.access.api.Role;
import org.innocomplex.appraisal.api.AppraisalService;
import org.innocomplex.appraisal.api.InboxItem;
import org.innocomplex.appraisal.api.InboxQuery;
import org.innocomplex.appraisal.api.InboxService;
import org.innocomplex.appraisal.api.StepInput;
import org.innocomplex.workflow.api.TaskInfo;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Officials act only within their own county: the services refuse, whatever a page shows. */
@ExtendWith(ArquillianExtension.class)
class CountyScopeIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    AppraisalService appraisals;

    @Inject
    InboxService inbox;

    @Test
    void anOfficialOfCountyANeitherSeesNorCompletesATaskOfCountyB() {
        Fixtures.Case longquan = fixtures.atCountyReview("331181");
        TaskInfo task = fixtures.onlyTask(longquan.appraisal());
        Actor jinyun = Fixtures.county("331122");

        assertThat(inbox.page(jinyun, InboxQuery.all(), 0, 500).stream()
                        .map(InboxItem::taskId)
                        .noneMatch(task.id()::equals))
                .as("not in county A's inbox")
                .isTrue();
        assertThatExceptionOfType(NotAuthorizedException.class)
                .isThrownBy(() -> appraisals.openTask(task.id(), jinyun));
        assertThatExceptionOfType(NotAuthorizedException.class)
                .isThrownBy(() -> appraisals.complete(task.id(), jinyun, new StepInput.Review(true, null)));
        assertThatExceptionOfType(NotAuthorizedException.class)
                .isThrownBy(() -> appraisals.record(longquan.report().id(), jinyun));

        assertThat(fixtures.onlyTask(longquan.appraisal()).id())
                .as("the task is untouched")
                .isEqualTo(task.id());
        assertThat(inbox.page(Fixtures.county("331181"), InboxQuery.all(), 0, 500).stream()
                        .anyMatch(i -> i.taskId().equals(task.id())))
                .as("county B's official has it")
                .isTrue();
    }

    @Test
    void aMunicipalOfficialOfAnotherCityIsRefused() {
        // the role is right, the city is not
        Fixtures.Case c = fixtures.atCountyReview("331122");
        TaskInfo task = fixtures.onlyTask(c.appraisal());
        Actor otherCity = new Actor("it-hz", "IT Hangzhou", Role.MUNICIPAL_OFFICIAL, "330100", null);

        assertThatExceptionOfType(NotAuthorizedException.class)
                .isThrownBy(() -> appraisals.complete(task.id(), otherCity, new StepInput.Review(true, null)));
        assertThat(fixtures.onlyTask(c.appraisal()).id()).isEqualTo(task.id());
    }

    @Test
    void anOperatorCannotSubmitAnotherComplexsReport() {
        Fixtures.Case c = fixtures.atCountyReview("331122");
        appraisals.complete(
                fixtures.onlyTask(c.appraisal()).id(),
                Fixtures.county("331122"),
                new StepInput.Review(false, "退回补充材料"));
        TaskInfo reportTask = fixtures.onlyTask(c.appraisal());
        Actor otherOperator = new Actor("it-op-other", "other", Role.OPERATOR, "331122", -1L);

        assertThatExceptionOfType(NotAuthorizedException.class)
                .isThrownBy(() -> appraisals.complete(reportTask.id(), otherOperator, new StepInput.SubmitReport()));
        assertThat(fixtures.onlyTask(c.appraisal()).id()).isEqualTo(reportTask.id());
    }
}
