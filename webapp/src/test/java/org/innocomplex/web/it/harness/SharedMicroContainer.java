package org.innocomplex.web.it.harness;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
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
        } else {
            LOG.info(() -> "reusing the running Payara Micro for " + archive.getName());
        }
        return running;
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
