package org.innocomplex.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every configuration key an operator is told about (the README, the WAR's defaults, the property files under
 * {@code config/}) is read by the code: a key that is documented or set but read nowhere misleads whoever tunes it
 * (as {@code innocomplex.db.pool.max} once did). What each key does is tested where it is used.
 */
class ConfigurationKeysTest {
    static final Path ROOT = Path.of("..");
    static final Pattern KEY = Pattern.compile("(?<![\\w/.-])innocomplex\\.[a-z][a-z0-9.-]*[a-z0-9]");

    @Test
    void everyDocumentedOrConfiguredKeyIsReadByTheCode() throws IOException {
        Set<String> keys = new TreeSet<>();
        keys.addAll(keys(ROOT.resolve("README.md")));
        keys.addAll(keys(ROOT.resolve("webapp/src/main/resources/META-INF/microprofile-config.properties")));
        try (Stream<Path> files = Files.list(ROOT.resolve("config"))) {
            for (Path p :
                    files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                keys.addAll(keys(p));
            }
        }
        assertThat(keys).contains("innocomplex.db.url", "innocomplex.demo", "innocomplex.city");

        String code = mainSources();
        List<String> unread = new ArrayList<>();
        for (String key : keys) {
            if (!code.contains("\"" + key + "\"") && !code.contains("MPCONFIG=" + key + "}")) {
                unread.add(key);
            }
        }
        assertThat(unread)
                .as("keys documented or configured but read by no code")
                .isEmpty();
    }

    static Set<String> keys(Path file) throws IOException {
        Set<String> keys = new TreeSet<>();
        Matcher m = KEY.matcher(Files.readString(file));
        while (m.find()) {
            keys.add(m.group());
        }
        return keys;
    }

    static String mainSources() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files =
                Stream.concat(Files.walk(ROOT.resolve("modules")), Files.walk(ROOT.resolve("webapp/src/main")))) {
            for (Path p : files.filter(
                            f -> f.toString().endsWith(".java") && f.toString().contains("/src/main/"))
                    .toList()) {
                all.append(Files.readString(p)).append('\n');
            }
        }
        return all.toString();
    }
}
