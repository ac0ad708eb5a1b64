package org.innocomplex.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

        assertEquals(50, outcomes.size());
        assertEquals(49, outcomes.stream().filter(BulkOutcome::ok).count());
        BulkOutcome refused = outcomes.get(held);
        assertEquals(tasks.get(held), refused.taskId());
        assertEquals("inbox.error.claimedBy", refused.errorKey());
        assertEquals(colleague.username(), refused.errorArg());
        assertEquals(cases.get(held).complex().nameZh(), refused.complexNameZh());
        for (int i = 0; i < 50; i++) {
            Fixtures.Case c = cases.get(i);
            if (i == held) {
                assertEquals(tasks.get(held), fixtures.onlyTask(c.appraisal()).id(), "the held review is untouched");
                assertEquals(0, fixtures.events(c.appraisal().id(), "APPROVED"));
            } else {
                assertNull(outcomes.get(i).errorKey());
                assertEquals("municipalReview", fixtures.onlyTask(c.appraisal()).definitionKey());
                assertEquals(1, fixtures.events(c.appraisal().id(), "APPROVED"));
                assertEquals("DONE", fixtures.workItem(tasks.get(i)).get(0));
            }
        }
        assertTrue(inbox.handledCount(official) >= 49);
    }

    @Test
    void onlyReviewsAreApprovedInBulk() {
        Fixtures.Case c = fixtures.atReportStep("331122");
        String report = fixtures.onlyTask(c.appraisal()).id();
        Fixtures.Case gone = fixtures.atCountyReview("331122");
        String handled = fixtures.onlyTask(gone.appraisal()).id();
        inbox.bulkApprove(Fixtures.county("331122"), List.of(handled), null);

        List<BulkOutcome> outcomes = inbox.bulkApprove(c.operator(), List.of(report, handled), "ok");

        assertEquals("inbox.bulk.notReview", outcomes.get(0).errorKey());
        assertEquals("appraisal.error.alreadyHandled", outcomes.get(1).errorKey());
        assertEquals(report, fixtures.onlyTask(c.appraisal()).id());
    }
}
