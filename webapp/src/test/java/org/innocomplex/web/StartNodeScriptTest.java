package org.innocomplex.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code config/start-node.sh} refuses, before starting anything, the settings that would expose the data grid (it
 * has no password) or leave a node without the shared database: the grid on every interface, an address pattern,
 * two discovery modes at once, no database address. What a correct setting starts is {@code ClusterIT}'s subject.
 */
class StartNodeScriptTest {
    static final Path SCRIPT = Path.of("..", "config", "start-node.sh");

    record Run(int exit, String output) {}

    @Test
    void theGridOnEveryInterfaceIsRefused() throws Exception {
        for (String any : new String[] {"0.0.0.0", "*", "::"}) {
            Run r = run(Map.of("INNOCOMPLEX_DB_URL", "jdbc:postgresql://db/x", "INNOCOMPLEX_CLUSTER_INTERFACE", any));
            assertThat(r.exit()).as(any).isEqualTo(2);
            assertThat(r.output()).contains("every interface");
        }
    }

    @Test
    void anAddressPatternIsRefused() throws Exception {
        Run r = run(
                Map.of("INNOCOMPLEX_DB_URL", "jdbc:postgresql://db/x", "INNOCOMPLEX_CLUSTER_INTERFACE", "10.0.0.*"));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.output()).contains("one IPv4 address");
    }

    @Test
    void aMemberListAndDnsTogetherAreRefused() throws Exception {
        Run r = run(Map.of(
                "INNOCOMPLEX_DB_URL", "jdbc:postgresql://db/x",
                "INNOCOMPLEX_CLUSTER_MEMBERS", "10.0.0.5:6900",
                "INNOCOMPLEX_CLUSTER_DNS", "innocomplex.internal:6900"));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.output()).contains("not both");
    }

    @Test
    void aNodeWithoutTheSharedDatabaseIsRefused() throws Exception {
        Run r = run(Map.of());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.output()).contains("INNOCOMPLEX_DB_URL is not set");
    }

    @Test
    void liteIsTrueOrFalse() throws Exception {
        Run r = run(Map.of("INNOCOMPLEX_DB_URL", "jdbc:postgresql://db/x", "INNOCOMPLEX_CLUSTER_LITE", "yes"));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.output()).contains("true or false");
    }

    static Run run(Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", SCRIPT.toString()).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("INNOCOMPLEX_"));
        pb.environment().putAll(env);
        // a script that got past its checks would start a server: it must not find one to start
        pb.environment().put("INNOCOMPLEX_MICRO_JAR", "/nonexistent/payara-micro.jar");
        Process p = pb.start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
