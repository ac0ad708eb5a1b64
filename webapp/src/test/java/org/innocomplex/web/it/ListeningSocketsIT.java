package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A single node opens no port but its HTTP listener, and that one only on the address it is told: started as the
 * README says (with {@code config/payara-preboot.asadmin}), the server process's listening TCP sockets, read from
 * {@code /proc}, are its HTTP port on 127.0.0.1 by default, or on the address {@code INNOCOMPLEX_HTTP_ADDRESS}
 * names. Before, Payara Micro's data grid (Hazelcast, port 6900 and up, no password, holding the HTTP sessions)
 * listened on every interface even with {@code --nocluster}, and the HTTP listener did too.
 */
class ListeningSocketsIT {
    final Path dir = MicroServer.buildDir().toPath().resolve("listening");

    @Test
    void byDefaultOnlyTheHttpPortOnTheLoopbackInterface() throws Exception {
        int port = MicroServer.freePort();
        assertThat(listeningSocketsOfAServer(port, "localhost", Map.of())).containsExactly("127.0.0.1:" + port);
    }

    @Test
    void theHttpListenerOnTheAddressTheEnvironmentNames() throws Exception {
        int port = MicroServer.freePort();
        assertThat(listeningSocketsOfAServer(port, "127.0.0.2", Map.of("INNOCOMPLEX_HTTP_ADDRESS", "127.0.0.2")))
                .containsExactly("127.0.0.2:" + port);
    }

    /** starts a server on an empty database of its own and lists what its process listens on, as address:port */
    private Set<String> listeningSocketsOfAServer(int port, String host, Map<String, String> more) throws Exception {
        Path db = dir.resolve("db-" + port);
        Map<String, String> env = new java.util.HashMap<>(Map.of(
                "INNOCOMPLEX_DB_URL", "jdbc:h2:file:" + db.toAbsolutePath() + "/innocomplex;DB_CLOSE_ON_EXIT=FALSE",
                "INNOCOMPLEX_DB_CLASS", "org.h2.jdbcx.JdbcDataSource",
                "INNOCOMPLEX_DB_USER", "innocomplex",
                "INNOCOMPLEX_DB_PASSWORD", "sockets"));
        env.putAll(more);
        Files.createDirectories(dir);
        try (MicroServer server = MicroServer.environmentOnly(
                port, host, env, dir.resolve("work"), dir.resolve("server-" + port + ".log"))) {
            server.start();
            return listening(server.pid());
        }
    }

    /** the local addresses of the TCP sockets in state LISTEN that process {@code pid} holds open */
    static Set<String> listening(long pid) throws IOException {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc", String.valueOf(pid), "fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // the descriptor went away while we listed them
                }
            }
        }
        Set<String> listening = new TreeSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            List<String> lines = Files.readAllLines(Path.of(table));
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode
                if (f[3].equals("0A") && inodes.contains(f[9])) {
                    listening.add(address(f[1]));
                }
            }
        }
        return listening;
    }

    /** {@code 0100007F:1F90} (each 32-bit word in host byte order, little-endian here) as {@code 127.0.0.1:8080} */
    static String address(String hex) throws IOException {
        String[] parts = hex.split(":");
        byte[] raw = new byte[parts[0].length() / 2];
        for (int word = 0; word < raw.length / 4; word++) {
            for (int b = 0; b < 4; b++) {
                int at = (word * 4 + (3 - b)) * 2;
                raw[word * 4 + b] = (byte) Integer.parseInt(parts[0].substring(at, at + 2), 16);
            }
        }
        InetSocketAddress a =
                new InetSocketAddress(InetAddress.getByAddress(raw), new BigInteger(parts[1], 16).intValue());
        return a.getAddress().getHostAddress() + ":" + a.getPort();
    }
}
