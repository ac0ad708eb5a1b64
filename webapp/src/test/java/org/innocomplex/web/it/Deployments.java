package org.innocomplex.web.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive every container test deploys: the WAR the build produced (so the tests exercise what ships), plus the
 * test's own classes.
 */
public final class Deployments {
    private Deployments() {
    }

    public static WebArchive app(Class<?>... testClasses) {
        File war = new File(System.getProperty("innocomplex.war", "target/innocomplex.war"));
        WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, war);
        archive.addClasses(testClasses);
        return archive;
    }
}
