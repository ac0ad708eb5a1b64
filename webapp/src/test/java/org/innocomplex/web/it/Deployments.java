package org.innocomplex.web.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive every container test deploys: the WAR the build produced (so the tests exercise what ships), plus all
 * the container tests and their helpers. All classes share one running server (see
 * {@link org.innocomplex.web.it.harness.SharedMicroContainer}), deployed by whichever class runs first, so each
 * archive must hold every class's code, not only its own. For the same reason no deployment may be
 * {@code testable = false} (the server would then lack Arquillian's test runner for the in-container classes after
 * it): tests that drive the server from outside are {@code @RunAsClient} instead.
 */
public final class Deployments {
    private Deployments() {
    }

    public static WebArchive app() {
        File war = new File(System.getProperty("innocomplex.war", "target/innocomplex.war"));
        WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, war);
        archive.addPackage(Deployments.class.getPackage());
        // the malicious and broken BPMN files ProcessAdministrationIT sends through the real facade
        archive.addAsResource(new File("../modules/workflow/src/test/resources/bpmn"), "bpmn");
        return archive;
    }
}
