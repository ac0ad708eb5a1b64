package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.innocomplex.web.demo.DemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A session keeps its caller's role on every request, however many of them run at once. CI once saw an official get a
 * 403 on a page of their role; Payara reports the same symptom for sessions restored by Jakarta Security under
 * concurrent requests (payara/Payara#6145). This has not reproduced it here: it guards against it, it does not show a
 * cause.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionRolesIT {
    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    @Test
    void anOfficialKeepsTheirRoleOnEveryRequestOfTheirSessionEvenWhenManyRunAtOnce() throws Exception {
        LoginForm official = new LoginForm(base, "198.51.100.61");
        assertThat(official.attempt("municipal", DemoData.PASSWORD).seen()).isEqualTo(LoginForm.Seen.SUCCEEDED);

        // a page that does not exist under a path only municipal and county officials may open: 404 with the role,
        // 403 without it, and no page to render either way
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            calls.add(() -> official.get("/reporting/no-such-page.xhtml").statusCode());
        }
        ExecutorService pool = Executors.newFixedThreadPool(12);
        Map<Integer, Integer> statuses = new TreeMap<>();
        try {
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.merge(f.get(), 1, Integer::sum);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(statuses).containsOnlyKeys(404);
    }
}
