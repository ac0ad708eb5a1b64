package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.innocomplex.access.api.Actor;
import org.innocomplex.appraisal.api.BulkOutcome;
import org.innocomplex.appraisal.api.InboxService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bulk approval of 50 county reviews of which one is held by a colleague: 49 are approved and move on to the
 * municipal review, the one is reported with its reason and is untouched; one failure undoes nothing of the others.
 */
@ExtendWith(ArquillianExtension.class)
class BulkApproveIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    InboxService inbox;

    @Test
    void fortyNineApprovedAndOneReportedWithItsReason() {
        Actor official = Fixtures.county("331122");
        Actor colleague = Fixtures.secondCounty("331122");
        List<Fixtures.Case> cases = new ArrayList<>();
        List<String> tasks = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Fixtures.Case c = fixtures.atCountyReview("331122");
            cases.add(c);
            tasks.add(fixtures.onlyTask(c.appraisal()).id());
        }
        int held = 17;
        inbox.claim(colleague, tasks.get(held));

        List<BulkOutcome> outcomes = inbox.bulkApprove(official, tasks, "材料齐全，同意上报");

        assertThat(outcomes.size()).isEqualTo(50);
        assertThat(outcomes.stream().filter(BulkOutcome::ok).count()).isEqualTo(49);
        BulkOutcome refused = outcomes.get(held);
        assertThat(refused.taskId()).isEqualTo(tasks.get(held));
        assertThat(refused.errorKey()).isEqualTo("appraisal.inbox.error.claimedBy");
        assertThat(refused.errorArg()).isEqualTo(colleague.username());
        assertThat(refused.complexNameZh()).isEqualTo(cases.get(held).complex().nameZh());
        for (int i = 0; i < 50; i++) {
            Fixtures.Case c = cases.get(i);
            if (i == held) {
                assertThat(fixtures.onlyTask(c.appraisal()).id())
                        .as("the held review is untouched")
                        .isEqualTo(tasks.get(held));
                assertThat(fixtures.events(c.appraisal().id(), "APPROVED")).isEqualTo(0);
            } else {
                assertThat(outcomes.get(i).errorKey()).isNull();
                assertThat(fixtures.onlyTask(c.appraisal()).definitionKey()).isEqualTo("municipalReview");
                assertThat(fixtures.events(c.appraisal().id(), "APPROVED")).isEqualTo(1);
                assertThat(fixtures.workItem(tasks.get(i)).get(0)).isEqualTo("DONE");
            }
        }
        assertThat(inbox.handledCount(official) >= 49).isTrue();
    }

    @Test
    void onlyReviewsAreApprovedInBulk() {
        Fixtures.Case c = fixtures.atReportStep("331122");
        String report = fixtures.onlyTask(c.appraisal()).id();
        Fixtures.Case gone = fixtures.atCountyReview("331122");
        String handled = fixtures.onlyTask(gone.appraisal()).id();
        inbox.bulkApprove(Fixtures.county("331122"), List.of(handled), null);

        List<BulkOutcome> outcomes = inbox.bulkApprove(c.operator(), List.of(report, handled), "ok");

        assertThat(outcomes.get(0).errorKey()).isEqualTo("appraisal.inbox.bulk.notReview");
        assertThat(outcomes.get(1).errorKey()).isEqualTo("appraisal.error.alreadyHandled");
        assertThat(fixtures.onlyTask(c.appraisal()).id()).isEqualTo(report);
    }
}
