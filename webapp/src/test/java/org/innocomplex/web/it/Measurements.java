package org.innocomplex.web.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Figures measured by container tests, appended to {@code target/measurements.txt} (the container's
 * {@code innocomplex.it.reportDir}), since a test running inside the server has no console of the build's.
 */
final class Measurements {
    private Measurements() {}

    static void record(String name, String line) {
        Path dir = Path.of(System.getProperty(
                "innocomplex.it.reportDir",
                System.getProperty("innocomplex.buildDir", System.getProperty("java.io.tmpdir"))));
        try {
            Files.writeString(
                    dir.resolve("measurements.txt"),
                    Instant.now() + " " + name + ": " + line + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
