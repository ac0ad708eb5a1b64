package org.innocomplex.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.innocomplex.access.api.Role;
import org.innocomplex.appraisal.api.Grade;
import org.innocomplex.submission.api.CycleStatus;
import org.innocomplex.submission.api.ReportStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two message bundles against each other and against every key the pages and the modules use. Paths are
 * relative to the webapp module, the working directory Surefire runs in.
 */
class MessageBundleTest {

    static final Path BUNDLES = Path.of("src/main/resources/org/innocomplex/web");
    static final Path PAGES = Path.of("src/main/webapp");
    static final Path WEB_JAVA = Path.of("src/main/java");
    static final Path MODULES = Path.of("../modules");
    static final Path BPMN = Path.of("../workflows/src/main/resources/workflows");

    /**
     * zh values that are not Chinese on purpose: the language switch names the language it switches to; a workbook
     * column's title is the indicator's name and unit in Chinese brackets, punctuation only; an AJAX refusal joins
     * its title and text with a full-width colon, as a refusal on top joins where it points and its reason
     */
    static final Set<String> ZH_NOT_CHINESE =
            Set.of("app.switchLanguage", "submission.excel.column.indicator", "error.ajax", "app.refusal.located");
    /** en values that are not English on purpose, for the same reason */
    static final Set<String> EN_NOT_ENGLISH = Set.of("app.switchLanguage");

    static final Pattern CJK = Pattern.compile("[\\p{IsHan}]");
    static final Pattern LATIN_LETTER = Pattern.compile("[A-Za-z]");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    /** {@code msg['a.b']} or {@code msg["a.b"]} */
    static final Pattern MSG_LITERAL = Pattern.compile("msg\\[\\s*(['\"])([^'\"]+)\\1\\s*]");
    /** {@code msg['a.b.'.concat(x)]} */
    static final Pattern MSG_PREFIX = Pattern.compile("msg\\[\\s*(['\"])([^'\"]+)\\1\\s*\\.concat\\(");

    static final Pattern MODULE_ERROR_KEY =
            Pattern.compile("\"((?:access|registry|submission|appraisal|workflow)(?:\\.excel)?\\.error\\.[A-Za-z]+)\"");
    /**
     * Every key a refusal can carry, wherever it is written (a module or the webapp): any literal with an
     * {@code .error.} segment, the first argument of the refusal exceptions, the message argument of a violation.
     * Request attributes of the webapp's own ({@code innocomplex.…}) are names, not texts.
     */
    static final List<Pattern> RAISED_KEYS = List.of(
            Pattern.compile(
                    "\"((?!innocomplex\\.)[a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)*\\.error\\.[A-Za-z0-9]+(?:\\.[A-Za-z0-9]+)*)\""),
            Pattern.compile(
                    "new (?:DomainException|NotAuthorizedException|ValidationException|ConcurrentChangeException"
                            + ")\\(\\s*\"([^\"]+)\""),
            Pattern.compile("new Violation\\(\\s*[^,()]+,\\s*\"([^\"]+)\""));
    /** texts a module writes into a file it makes (workbook headings): {@code "submission.excel.column.county"} */
    static final Pattern MODULE_FILE_TEXT_KEY =
            Pattern.compile("\"(submission\\.excel\\.[A-Za-z]+(?:\\.[A-Za-z]+)?)\"");
    /** keys the backing beans hand to {@code Faces}: {@code faces.error(null, "k")}, {@code faces.flashInfo("k")} */
    static final Pattern FACES_KEY =
            Pattern.compile("faces\\.(?:error|flashInfo|info|text)\\(\\s*(?:[^,()\"]+,\\s*)?\"([^\"]+)\"");
    /** history actions written by the appraisal: {@code history.write(ctx, "SCORED", ...)}, {@code new AppraisalEvent(.., "STARTED", ..)} */
    static final Pattern HISTORY_ACTION =
            Pattern.compile("(?:history\\.write\\(\\s*ctx\\s*,|new AppraisalEvent\\([^;\"]*)\\s*\"([A-Z][A-Z_]+)\"");

    static final Pattern USER_TASK_ID = Pattern.compile("<userTask\\s+id=\"([^\"]+)\"");

    static Properties zh;
    static Properties en;

    @BeforeAll
    static void loadBundles() {
        zh = load(BUNDLES.resolve("messages_zh.properties"));
        en = load(BUNDLES.resolve("messages_en.properties"));
    }

    private static Properties load(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static Set<String> keys(Properties p) {
        return new TreeSet<>(p.stringPropertyNames());
    }

    private static List<Path> files(Path root, String suffix) {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** every match of group {@code group} of {@code pattern} in the files, mapped to one file it occurs in */
    private static Map<String, Path> find(List<Path> files, Pattern pattern, int group) {
        Map<String, Path> found = new TreeMap<>();
        for (Path f : files) {
            Matcher m = pattern.matcher(read(f));
            while (m.find()) {
                found.putIfAbsent(m.group(group), f);
            }
        }
        return found;
    }

    private static List<Path> moduleSources() {
        try (Stream<Path> modules = Files.list(MODULES)) {
            return modules.map(m -> m.resolve("src/main/java"))
                    .filter(Files::isDirectory)
                    .flatMap(d -> files(d, ".java").stream())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> missingIn(Properties bundle, Set<String> keys) {
        return keys.stream().filter(k -> !bundle.containsKey(k)).toList();
    }

    // --- the bundles against each other

    @Test
    void bothLanguagesHaveExactlyTheSameKeys() {
        assertThat(keys(zh)).as("keys").hasSizeGreaterThan(100);
        assertThat(keys(zh))
                .as(
                        "keys in zh but not en: %s; in en but not zh: %s",
                        difference(keys(zh), keys(en)), difference(keys(en), keys(zh)))
                .isEqualTo(keys(en));
    }

    /**
     * One scheme for the keys: {@code <module>.<view>.*} and {@code <module>.error.*}, the module being the one whose
     * page or rule the text belongs to; the web application's own frame, error pages and REST API have theirs
     * ({@code app}, {@code error}, {@code api}); the frameworks' keys keep the names the frameworks look up.
     */
    static final Set<String> KEY_AREAS = Set.of(
            "access",
            "registry",
            "submission",
            "workflow",
            "appraisal",
            "reporting",
            "app",
            "error",
            "api",
            "jakarta",
            "primefaces");

    @Test
    void everyKeyIsNamedAfterItsModule() {
        assertThat(keys(en).stream()
                        .filter(k -> !KEY_AREAS.contains(k.substring(0, k.indexOf('.'))))
                        .sorted()
                        .toList())
                .as("keys outside the scheme")
                .isEmpty();
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }

    @Test
    void theBaseBundleDefinesNothingSoNeitherLanguageFallsBackToIt() {
        assertThat(keys(load(BUNDLES.resolve("messages.properties")))).isEmpty();
    }

    @Test
    void noValueIsBlank() {
        assertThat(keys(zh).stream().filter(k -> zh.getProperty(k).isBlank()).toList())
                .as("blank in zh")
                .isEmpty();
        assertThat(keys(en).stream().filter(k -> en.getProperty(k).isBlank()).toList())
                .as("blank in en")
                .isEmpty();
    }

    @Test
    void theChineseBundleIsInChinese() {
        assertThat(zh.getProperty("app.name")).containsPattern(CJK);

        List<String> notChinese = keys(zh).stream()
                .filter(k -> !ZH_NOT_CHINESE.contains(k))
                .filter(k -> !CJK.matcher(zh.getProperty(k)).find())
                .toList();
        assertThat(notChinese).as("zh values without a Chinese character").isEmpty();
    }

    @Test
    void noChineseValueIsACopyOfTheEnglishOne() {
        List<String> copied = keys(en).stream()
                .filter(k -> LATIN_LETTER.matcher(en.getProperty(k)).find())
                .filter(k ->
                        en.getProperty(k).strip().equals(zh.getProperty(k, "").strip()))
                .toList();

        assertThat(copied).as("keys whose zh value is the English text").isEmpty();
    }

    @Test
    void theEnglishBundleIsNotInChinese() {
        List<String> chinese = keys(en).stream()
                .filter(k -> !EN_NOT_ENGLISH.contains(k))
                .filter(k -> CJK.matcher(en.getProperty(k)).find())
                .toList();

        assertThat(chinese).as("en values with Chinese characters").isEmpty();
    }

    @Test
    void placeholdersMatchPerKey() {
        Map<String, String> mismatches = new LinkedHashMap<>();
        for (String k : keys(en)) {
            Set<String> e = placeholders(en.getProperty(k));
            Set<String> z = placeholders(zh.getProperty(k, ""));
            if (!e.equals(z)) {
                mismatches.put(k, "en " + e + " zh " + z);
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(placeholders(en.getProperty("appraisal.error.scoreRange"))).containsExactly("{0}", "{1}");
    }

    private static Set<String> placeholders(String value) {
        Matcher m = PLACEHOLDER.matcher(value);
        Set<String> found = new TreeSet<>();
        while (m.find()) {
            found.add("{" + m.group(1) + "}");
        }
        return found;
    }

    @Test
    void valuesWithPlaceholdersAreValidMessageFormatPatterns() {
        for (Properties bundle : List.of(zh, en)) {
            for (String k : keys(bundle)) {
                String v = bundle.getProperty(k);
                if (placeholders(v).isEmpty()) {
                    continue;
                }
                // a lone apostrophe starts a quoted section and swallows the placeholders after it
                assertThat(v.replace("''", "")).as("%s=%s", k, v).doesNotContain("'");
                Object[] args = Arrays.stream(new Object[10]).map(x -> "ARG").toArray();
                assertThat(new MessageFormat(v).format(args)).as("%s=%s", k, v).doesNotContain("{");
            }
        }
    }

    // --- the bundles against the pages

    @Test
    void everyKeyAPageUsesExists() {
        Map<String, Path> used = find(files(PAGES, ".xhtml"), MSG_LITERAL, 2);

        assertThat(used)
                .as("msg['...'] literals found in the pages")
                .hasSizeGreaterThan(50)
                .containsKeys("app.name", "appraisal.inbox.title", "error.404.title");
        assertThat(missingIn(zh, used.keySet()))
                .as("used by the pages, missing in zh")
                .isEmpty();
        assertThat(missingIn(en, used.keySet()))
                .as("used by the pages, missing in en")
                .isEmpty();
    }

    @Test
    void everyPrefixAPageConcatenatesHasKeys() {
        Map<String, Path> prefixes = find(files(PAGES, ".xhtml"), MSG_PREFIX, 2);

        assertThat(prefixes)
                .as("msg['...'.concat(..)] prefixes found in the pages")
                .containsKeys("access.role.", "submission.status.", "appraisal.grade.", "appraisal.action.");
        for (String prefix : prefixes.keySet()) {
            assertThat(keys(en))
                    .as("a key starting with %s (used in %s)", prefix, prefixes.get(prefix))
                    .anyMatch(k -> k.startsWith(prefix));
            assertThat(keys(zh))
                    .as("a key starting with %s (used in %s)", prefix, prefixes.get(prefix))
                    .anyMatch(k -> k.startsWith(prefix));
        }
    }

    @Test
    void everyValueOfAnEnumThePagesConcatenateHasItsKey() {
        Map<String, List<String>> enums = Map.of(
                "access.role.", names(Role.values()),
                "submission.status.", names(ReportStatus.values()),
                "submission.cycleStatus.", names(CycleStatus.values()),
                "appraisal.grade.", names(Grade.values()));
        List<String> missing = new ArrayList<>();
        enums.forEach((prefix, constants) -> constants.stream()
                .map(prefix::concat)
                .filter(k -> !zh.containsKey(k) || !en.containsKey(k))
                .forEach(missing::add));

        assertThat(missing).isEmpty();
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    @Test
    void everyHistoryActionTheAppraisalWritesHasItsKey() {
        Set<String> actions = find(moduleSources(), HISTORY_ACTION, 1).keySet();

        assertThat(actions)
                .as("actions written to the history")
                .contains("STARTED", "SUBMITTED", "APPROVED", "RETURNED", "EXPERTS_ASSIGNED", "SCORED", "DECIDED");
        Set<String> keys = actions.stream().map("appraisal.action."::concat).collect(Collectors.toSet());
        assertThat(missingIn(zh, keys)).as("missing in zh").isEmpty();
        assertThat(missingIn(en, keys)).as("missing in en").isEmpty();
    }

    @Test
    void everyStepOfTheBundledWorkflowHasAName() {
        Set<String> steps = find(files(BPMN, ".bpmn20.xml"), USER_TASK_ID, 1).keySet();

        assertThat(steps).as("user tasks of the bundled BPMN").contains("report", "decision");
        Set<String> keys = steps.stream().map("workflow.step."::concat).collect(Collectors.toSet());
        assertThat(missingIn(zh, keys)).as("missing in zh").isEmpty();
        assertThat(missingIn(en, keys)).as("missing in en").isEmpty();
    }

    // --- the bundles against the code

    @Test
    void everyErrorKeyTheModulesRaiseExists() {
        Map<String, Path> used = find(moduleSources(), MODULE_ERROR_KEY, 1);

        assertThat(used)
                .as("error keys found in modules/*/src/main/java")
                .hasSizeGreaterThan(30)
                .containsKeys(
                        "access.error.notLoggedIn",
                        "registry.error.unknownCounty",
                        "submission.error.notEditable",
                        "appraisal.error.alreadyHandled");
        assertThat(missingIn(zh, used.keySet()))
                .as("raised by the modules, missing in zh")
                .isEmpty();
        assertThat(missingIn(en, used.keySet()))
                .as("raised by the modules, missing in en")
                .isEmpty();
    }

    @Test
    void everyKeyARefusalCarriesExistsInBothLanguages() {
        List<Path> sources = new ArrayList<>(moduleSources());
        sources.addAll(files(WEB_JAVA, ".java"));
        Map<String, Path> used = new TreeMap<>();
        RAISED_KEYS.forEach(p -> find(sources, p, 1).forEach(used::putIfAbsent));

        assertThat(used)
                .as("keys raised in modules/*/src/main/java and src/main/java")
                .hasSizeGreaterThan(150)
                .containsKeys(
                        "appraisal.expert.error.notEligible",
                        "appraisal.guidance.error.doneOnRequired",
                        "api.error.missingMember",
                        "workflow.admin.error.unknownVersion",
                        "appraisal.inbox.error.claimedBy");
        assertThat(missingIn(zh, used.keySet())).as("raised, missing in zh").isEmpty();
        assertThat(missingIn(en, used.keySet())).as("raised, missing in en").isEmpty();
    }

    @Test
    void everyTextTheModulesWriteIntoWorkbooksExists() {
        Map<String, Path> used = find(moduleSources(), MODULE_FILE_TEXT_KEY, 1);

        assertThat(used)
                .as("submission.excel.* keys found in modules/*/src/main/java")
                .containsKeys(
                        "submission.excel.sheet",
                        "submission.excel.column.indicator",
                        "submission.excel.error.notANumber");
        assertThat(missingIn(zh, used.keySet()))
                .as("written by the modules, missing in zh")
                .isEmpty();
        assertThat(missingIn(en, used.keySet()))
                .as("written by the modules, missing in en")
                .isEmpty();
        assertThat(keys(zh)).as("the workbook's report status names").contains("submission.status.DRAFT");
    }

    @Test
    void everyKeyTheBackingBeansShowExists() {
        Map<String, Path> used = find(files(WEB_JAVA, ".java"), FACES_KEY, 1);

        assertThat(used)
                .as("keys handed to Faces in webapp/src/main/java")
                .containsKeys("access.login.failed", "appraisal.task.saved", "appraisal.task.done");
        assertThat(missingIn(zh, used.keySet())).as("missing in zh").isEmpty();
        assertThat(missingIn(en, used.keySet())).as("missing in en").isEmpty();
    }
}
