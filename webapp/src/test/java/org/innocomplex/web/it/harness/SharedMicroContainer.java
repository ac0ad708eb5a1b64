package org.innocomplex.web.it.harness;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Payara Micro's Arquillian container starts a new server for every deployment, that is for every test class: some
 * 25 s each, most of a CI run. This one deploys the first class's archive once and hands every later class the same
 * running server; the server stops when the run ends. {@code Deployments.app} therefore puts every container test
 * class into each archive, so whichever class comes first deploys what all of them need.
 */
public class SharedMicroContainer extends PayaraMicroDeployableContainer {
    private static final Logger LOG = Logger.getLogger(SharedMicroContainer.class.getName());

    private ProtocolMetaData running;
    private Archive<?> deployed;

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        if (running == null) {
            running = super.deploy(archive);
            deployed = archive;
            // once, a CI run found no server behind the port the deployment reported, and every test of the run
            // failed on "connection refused": the first test now waits for the server to answer, and if it never
            // does, the server is started once more before the run goes on
            if (!answers(running, 120_000)) {
                LOG.warning("Payara Micro does not answer at " + address(running) + "; starting it once more");
                try {
                    super.undeploy(archive);
                } catch (DeploymentException e) {
                    LOG.warning("undeploying the silent server failed: " + e);
                }
                try {
                    super.stop();
                } catch (LifecycleException e) {
                    LOG.warning("stopping the silent server failed: " + e);
                }
                running = super.deploy(archive);
                if (!answers(running, 120_000)) {
                    throw new DeploymentException("Payara Micro does not answer at " + address(running));
                }
            }
        } else if (answers(running, 15_000)) {
            LOG.info(() -> "reusing the running Payara Micro for " + archive.getName());
        } else {
            // the server went away during the run (killed from outside): the remaining classes get a new one
            LOG.warning("the shared Payara Micro stopped answering at " + address(running) + "; starting a new one");
            running = null;
            try {
                super.stop();
            } catch (LifecycleException e) {
                LOG.warning("stopping the silent server failed: " + e);
            }
            return deploy(archive);
        }
        return running;
    }

    private static String address(ProtocolMetaData meta) {
        return meta.getContexts(HTTPContext.class).stream()
                .findFirst()
                .map(h -> "http://" + h.getHost() + ":" + h.getPort() + "/health/ready")
                .orElse("?");
    }

    /** whether the server answers its readiness URL within the time given */
    private static boolean answers(ProtocolMetaData meta, long withinMs) {
        String url = address(meta);
        if (url.equals("?")) {
            return true;
        }
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long end = System.currentTimeMillis() + withinMs;
        while (System.currentTimeMillis() < end) {
            try {
                // any answer will do: the point is a server behind the port (a failed start is the deployment's to
                // report)
                http.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                return true;
            } catch (IOException e) {
                // not listening (yet)
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    @Override
    public void undeploy(Archive<?> archive) {
        // kept for the next test class; stop() ends it
    }

    @Override
    public void stop() throws LifecycleException {
        if (running != null) {
            try {
                super.undeploy(deployed);
            } catch (DeploymentException e) {
                throw new LifecycleException("could not stop Payara Micro", e);
            } finally {
                running = null;
                deployed = null;
            }
        }
        super.stop();
    }
}
