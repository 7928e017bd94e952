package no.framdrift.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Walks every key of both resource bundles (window texts and the overview) in both languages: a
 * key in one language and not the other fails, and so does a key no source file names. A key
 * counts as named when a string literal in {@code src/main/java} is the key, or is a prefix the
 * code completes at run time ({@code "enum." + type + "." + constant}), i.e. a literal ending in
 * a dot or an underscore that the key starts with.
 */
class BundleKeysTest {

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** A char literal such as {@code '"'} would pair the wrong quotes: it is blanked before string literals are read. */
    private static final Pattern CHAR_LITERAL = Pattern.compile("'(?:[^'\\\\]|\\\\.)'");

    @ParameterizedTest
    @ValueSource(strings = {"messages", "overview"})
    void bothLanguagesHaveTheSameKeys(String bundle) throws IOException {
        Set<String> nb = keys("/i18n/" + bundle + ".properties");
        Set<String> en = keys("/i18n/" + bundle + "_en.properties");
        Set<String> onlyNb = new TreeSet<>(nb);
        onlyNb.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(nb);
        assertEquals(Set.of(), onlyNb, bundle + ": keys without an English text");
        assertEquals(Set.of(), onlyEn, bundle + ": keys without a Norwegian text");
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "overview"})
    void everyKeyIsUsedByTheCode(String bundle) throws IOException {
        Set<String> literals = literals(Path.of("src/main/java"));
        List<String> prefixes = literals.stream().filter(l -> l.endsWith(".") || l.endsWith("_")).toList();
        List<String> unused = new ArrayList<>();
        for (String key : new TreeSet<>(keys("/i18n/" + bundle + ".properties"))) {
            if (!literals.contains(key) && prefixes.stream().noneMatch(key::startsWith)) {
                unused.add(key);
            }
        }
        assertTrue(unused.isEmpty(), bundle + ": keys no code names: " + unused);
    }

    /** Every key the window asks a bundle for by name ({@code m.get("…")}, {@code texts.format("…", …)}) exists. */
    @org.junit.jupiter.api.Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> known = new HashSet<>(keys("/i18n/messages.properties"));
        known.addAll(keys("/i18n/overview.properties"));
        Pattern ask = Pattern.compile("\\b(?:m|messages|texts)\\.(?:get|format)\\(\"([A-Za-z0-9_.]+)\"");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = ask.matcher(Files.readString(f));
                while (m.find()) {
                    // a literal ending in a dot is a prefix the code completes ("enum." + type …)
                    if (!m.group(1).endsWith(".") && !known.contains(m.group(1))) {
                        missing.add(f.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "keys asked for but in neither bundle: " + missing);
    }

    static Set<String> keys(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundleKeysTest.class.getResourceAsStream(resource)) {
            assertTrue(in != null, resource + " is missing");
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p.stringPropertyNames();
    }

    static Set<String> literals(Path root) throws IOException {
        Set<String> out = new HashSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL.matcher(CHAR_LITERAL.matcher(Files.readString(f)).replaceAll("' '"));
                while (m.find()) {
                    out.add(m.group(1));
                }
            }
        }
        return out;
    }
}
