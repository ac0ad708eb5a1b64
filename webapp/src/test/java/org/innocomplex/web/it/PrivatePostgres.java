package org.innocomplex.web.it;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of one test's own: initialised into a fresh directory under the build directory, listening on
 * a free loopback port and on a unix socket in that directory, with a role {@code innocomplex} (password {@link
 * #PASSWORD}, trust on the socket and loopback). The test may stop it (as an outage does) and start it again on the
 * same data; {@link #close()} stops it and removes the directory.
 *
 * <p>As root the server programs run as the {@code postgres} system user (initdb refuses root), which then owns the
 * directory; as anyone else they run as that user. The programs are looked up in {@code it.postgres.bin} or under
 * {@code /usr/lib/postgresql/<version>/bin}, the newest version first; {@link #available()} tells whether they
 * exist, for tests that run only where they do.
 */
final class PrivatePostgres implements AutoCloseable {
    static final String ROLE = "innocomplex";
    static final String PASSWORD = "innocomplex";
    /** the longest any server program may take: a start, a stop, a dump of the demo database */
    static final long COMMAND_MS = 120_000;

    private final Path bin;
    private final Path dir;
    private final Path data;
    private final Path socketDir;
    private final Path log;
    private final int port;
    private final boolean asRoot;

    private PrivatePostgres(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.data = dir.resolve("data");
        this.socketDir = dir.resolve("socket");
        this.log = dir.resolve("postgres.log");
        this.port = port;
        this.asRoot = "root".equals(System.getProperty("user.name"));
    }

    /** whether PostgreSQL's server programs are installed on this machine */
    static boolean available() {
        return findBin() != null;
    }

    /**
     * Initialises a new cluster in a fresh directory {@code target/pg-<name>} (whatever was there is removed); not
     * started yet.
     */
    static PrivatePostgres create(String name) throws IOException, InterruptedException {
        Path bin = findBin();
        if (bin == null) {
            throw new IllegalStateException("no PostgreSQL server programs: set it.postgres.bin");
        }
        Path dir = MicroServer.buildDir().toPath().toAbsolutePath().resolve("pg-" + name);
        deleteTree(dir);
        PrivatePostgres pg = new PrivatePostgres(bin, dir, MicroServer.freePort());
        pg.init();
        return pg;
    }

    private void init() throws IOException, InterruptedException {
        Files.createDirectories(socketDir);
        Path pwFile = dir.resolve("pwfile");
        Files.writeString(pwFile, PASSWORD + "\n", StandardCharsets.UTF_8);
        if (asRoot) {
            // the postgres user must be able to walk down to its directory (the build directory may be root's only)
            for (Path p = dir; p != null; p = p.getParent()) {
                if (p.equals(dir)) {
                    chown(p);
                } else if (Files.isDirectory(p)) {
                    addTraverse(p);
                }
            }
            chown(socketDir);
            chown(pwFile);
        }
        run(
                COMMAND_MS,
                bin.resolve("initdb").toString(),
                "-D",
                data.toString(),
                "-U",
                ROLE,
                "--pwfile=" + pwFile,
                "--auth-local=trust",
                "--auth-host=scram-sha-256",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
                "--no-sync");
        Files.writeString(
                data.resolve("postgresql.conf"),
                "\nlisten_addresses = '127.0.0.1'\nport = " + port + "\nunix_socket_directories = '" + socketDir
                        + "'\nfsync = off\nsynchronous_commit = off\nfull_page_writes = off\nmax_connections = 100\n"
                        + "shared_buffers = 32MB\n",
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
    }

    /** Starts the server and waits until it accepts connections. */
    void start() throws IOException, InterruptedException {
        run(
                COMMAND_MS,
                bin.resolve("pg_ctl").toString(),
                "-D",
                data.toString(),
                "-l",
                log.toString(),
                "-w",
                "-t",
                String.valueOf(COMMAND_MS / 1000),
                "start");
        waitUntilReady();
    }

    /** Stops the server as an operator's fast shutdown does: connections are ended, data is written out. */
    void stop() throws IOException, InterruptedException {
        stop("fast");
    }

    /** Stops the server as a crash would (no checkpoint; the next start recovers from the log). */
    void stopImmediately() throws IOException, InterruptedException {
        stop("immediate");
    }

    private void stop(String mode) throws IOException, InterruptedException {
        if (running()) {
            run(
                    COMMAND_MS,
                    bin.resolve("pg_ctl").toString(),
                    "-D",
                    data.toString(),
                    "-m",
                    mode,
                    "-w",
                    "-t",
                    String.valueOf(COMMAND_MS / 1000),
                    "stop");
        }
    }

    /** whether a server runs on this directory (its pid file is there and the process alive) */
    boolean running() throws IOException, InterruptedException {
        if (!Files.exists(data.resolve("postmaster.pid"))) {
            return false;
        }
        return exec(COMMAND_MS, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "status") == 0;
    }

    private void waitUntilReady() throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + COMMAND_MS;
        while (System.currentTimeMillis() < deadline) {
            if (exec(
                            10_000,
                            bin.resolve("pg_isready").toString(),
                            "-h",
                            "127.0.0.1",
                            "-p",
                            String.valueOf(port),
                            "-t",
                            "2")
                    == 0) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(
                "PostgreSQL did not accept connections within " + COMMAND_MS / 1000 + " s; see " + log);
    }

    /** Creates an empty database owned by the role. */
    void createDatabase(String name) throws SQLException {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name " + name);
        }
        try (Connection c = connect("postgres");
                Statement s = c.createStatement()) {
            s.execute("create database " + name + " owner " + ROLE);
        }
    }

    Connection connect(String db) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(db), ROLE, PASSWORD);
    }

    /** the JDBC URL of one of its databases, over loopback TCP */
    String jdbcUrl(String db) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + db;
    }

    int port() {
        return port;
    }

    /** the directory of its unix socket (for {@code psql -h}, {@code pg_dump -h}) */
    Path socketDir() {
        return socketDir;
    }

    /** where the server programs are */
    Path bin() {
        return bin;
    }

    Path log() {
        return log;
    }

    /** {@code pg_dump -Fc} of a whole database into {@code file} */
    void dump(String db, Path file) throws IOException, InterruptedException {
        run(
                COMMAND_MS,
                bin.resolve("pg_dump").toString(),
                "-h",
                "127.0.0.1",
                "-p",
                String.valueOf(port),
                "-U",
                ROLE,
                "-Fc",
                "-f",
                file.toAbsolutePath().toString(),
                db);
    }

    /** {@code pg_restore} of a dump into an (empty) existing database */
    void restore(Path file, String db) throws IOException, InterruptedException {
        run(
                COMMAND_MS,
                bin.resolve("pg_restore").toString(),
                "-h",
                "127.0.0.1",
                "-p",
                String.valueOf(port),
                "-U",
                ROLE,
                "--no-owner",
                "--exit-on-error",
                "-d",
                db,
                file.toAbsolutePath().toString());
    }

    /** the environment a client program (pg_dump, psql, a script of ours) needs to reach this server */
    java.util.Map<String, String> clientEnvironment() {
        return java.util.Map.of(
                "PGHOST", "127.0.0.1", "PGPORT", String.valueOf(port), "PGUSER", ROLE, "PGPASSWORD", PASSWORD);
    }

    /** Stops the server if it runs (immediately: its data is thrown away) and removes its directory. */
    @Override
    public void close() throws IOException, InterruptedException {
        try {
            stop("immediate");
        } finally {
            deleteTree(dir);
        }
    }

    /** runs a program and fails with its output unless it exits 0 */
    private void run(long timeoutMs, String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("pg-cmd", ".log");
        try {
            int rc = exec(timeoutMs, out, command);
            if (rc != 0) {
                throw new IllegalStateException(Path.of(command[0]).getFileName() + " exited with " + rc + ": "
                        + Files.readString(out, StandardCharsets.UTF_8));
            }
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private int exec(long timeoutMs, String... command) throws IOException, InterruptedException {
        return exec(timeoutMs, null, command);
    }

    private int exec(long timeoutMs, Path out, String... command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        boolean server = !Path.of(command[0]).getFileName().toString().startsWith("pg_dump")
                && !Path.of(command[0]).getFileName().toString().startsWith("pg_restore");
        if (asRoot && server) {
            cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        cmd.addAll(Arrays.asList(command));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.redirectOutput(out == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(out.toFile()));
        pb.environment().put("PGPASSWORD", PASSWORD);
        // a server program run as postgres must not start in a directory it may not read
        pb.directory(asRoot && server ? new File("/") : null);
        Process p = pb.start();
        if (!p.waitFor(timeoutMs, TimeUnit.MILLISECONDS)) {
            p.destroyForcibly().waitFor();
            throw new IllegalStateException(String.join(" ", command) + " did not finish within " + timeoutMs + " ms");
        }
        return p.exitValue();
    }

    private static void chown(Path p) throws IOException, InterruptedException {
        Process c = new ProcessBuilder("chown", "postgres:postgres", p.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!c.waitFor(30, TimeUnit.SECONDS) || c.exitValue() != 0) {
            throw new IllegalStateException("chown postgres " + p + " failed");
        }
    }

    private static void addTraverse(Path p) throws IOException {
        var perms = Files.getPosixFilePermissions(p);
        if (!perms.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)) {
            perms.add(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE);
            Files.setPosixFilePermissions(p, perms);
        }
    }

    static Path findBin() {
        String configured = System.getProperty("it.postgres.bin");
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured);
            return Files.isExecutable(p.resolve("initdb")) ? p : null;
        }
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return null;
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(PrivatePostgres::version))
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static int version(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
