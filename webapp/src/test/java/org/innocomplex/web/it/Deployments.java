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
    private Deployments() {}

    public static WebArchive app() {
        File war = new File(System.getProperty("innocomplex.war", "target/innocomplex.war"));
        WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, war);
        archive.addPackage(Deployments.class.getPackage());
        // the malicious and broken BPMN files ProcessAdministrationIT sends through the real facade
        archive.addAsResource(new File("../modules/workflow/src/test/resources/bpmn"), "bpmn");
        // AssertJ for the methods that run in the container, as for those that run outside it: the jar of the build's
        // test classpath. Without byte-buddy, which AssertJ needs only for soft assertions and assumptions: not for
        // the server to scan a library that large for a feature no container test uses
        archive.addAsLibrary(jarOf(org.assertj.core.api.Assertions.class));
        return archive;
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
