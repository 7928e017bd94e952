package no.framdrift.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Enumeration;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Is the database's schema exactly the bundled migrations? Answered without Flyway: Flyway's own
 * check on every open (scan the class path, read and parse every script, read the history, then
 * migrate nothing) loads some 400 classes and costs a good part of a start (issue 16). When every
 * bundled versioned script ({@code V<version>__<name>.sql}) is in Flyway's history as a success,
 * and the history has no other version, there is nothing to migrate and nothing newer to refuse,
 * so {@link Database} does not start Flyway at all. Anything else — a new database, a missing or
 * failed migration, a newer schema, a repeatable or Java migration, a class path that cannot be
 * listed — leaves the decision to Flyway as before.
 */
final class SchemaCheck {

    /** Flyway's location of the scripts, as a class-path folder. */
    static final String LOCATION = "db/migration";

    /**
     * In the jar: the names of the files under {@link #LOCATION} and its subfolders, one a line,
     * written by the build from the same files (pom.xml, "migration-index"), so that a start need not
     * go through every entry of the jar to find them.
     */
    static final String INDEX = "no/framdrift/store/bundled-migrations.txt";

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.+\\.sql");

    private SchemaCheck() {
    }

    /** True when the schema is current: Flyway would neither migrate nor refuse. */
    static boolean current(DataSource dataSource) {
        Optional<Set<String>> bundled = bundledVersions(SchemaCheck.class.getClassLoader(), LOCATION);
        if (bundled.isEmpty()) {
            return false;
        }
        try (Connection c = dataSource.getConnection()) {
            // a new database has no history table: querying it anyway made H2 write the failed
            // query's stack trace into framdrift.trace.db in the data folder on every first start
            try (ResultSet t = c.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
                if (!t.next()) {
                    return false;
                }
            }
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
                         + " WHERE \"version\" IS NOT NULL")) {
                Set<String> applied = new TreeSet<>();
                while (r.next()) {
                    if (!r.getBoolean(2)) {
                        return false;
                    }
                    applied.add(normalise(r.getString(1)));
                }
                return applied.equals(bundled.get());
            }
        } catch (SQLException e) {
            return false; // not readable: Flyway decides
        }
    }

    /**
     * The normalised versions of the versioned scripts under {@code location} (and its subfolders),
     * or empty when the location holds anything else or cannot be listed.
     */
    static Optional<Set<String>> bundledVersions(ClassLoader loader, String location) {
        Set<String> versions = new TreeSet<>();
        try {
            Enumeration<URL> roots = loader.getResources(location);
            if (!roots.hasMoreElements()) {
                return Optional.empty();
            }
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                for (String name : fileNames(root, location)) {
                    Matcher m = VERSIONED.matcher(name);
                    if (!m.matches()) {
                        return Optional.empty(); // a repeatable or Java migration, a callback: Flyway's business
                    }
                    versions.add(normalise(m.group(1)));
                }
            }
        } catch (IOException | UncheckedIOException | URISyntaxException e) {
            return Optional.empty();
        }
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions);
    }

    private static Set<String> fileNames(URL root, String location) throws IOException, URISyntaxException {
        Set<String> names = new TreeSet<>();
        switch (root.getProtocol()) {
            case "file" -> {
                Path dir = Path.of(root.toURI());
                try (Stream<Path> files = Files.walk(dir)) {
                    files.filter(Files::isRegularFile).forEach(p -> names.add(p.getFileName().toString()));
                }
            }
            case "jar" -> {
                JarURLConnection connection = (JarURLConnection) root.openConnection();
                java.util.jar.JarFile jar = connection.getJarFile();
                JarEntry index = LOCATION.equals(location) ? jar.getJarEntry(INDEX) : null;
                if (index != null) {
                    // the build's list of this jar's scripts (pom.xml, "migration-index")
                    try (java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(
                            jar.getInputStream(index), java.nio.charset.StandardCharsets.UTF_8))) {
                        in.lines().map(String::strip).filter(n -> !n.isEmpty()).forEach(names::add);
                    }
                    return names;
                }
                String prefix = location + "/";
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    JarEntry e = entries.nextElement();
                    if (!e.isDirectory() && e.getName().startsWith(prefix)) {
                        names.add(e.getName().substring(e.getName().lastIndexOf('/') + 1));
                    }
                }
            }
            default -> throw new IOException("cannot list " + root);
        }
        return names;
    }

    /** "001" → "1", "1_2" → "1.2", "002.010" → "2.10": Flyway compares versions part by part as numbers. */
    static String normalise(String version) {
        StringBuilder b = new StringBuilder();
        for (String part : version.split("[._]")) {
            String digits = part.replaceFirst("^0+(?=\\d)", "");
            b.append(b.isEmpty() ? "" : ".").append(digits);
        }
        // trailing ".0" parts do not change a Flyway version (1 = 1.0)
        return b.toString().replaceFirst("(\\.0)+$", "");
    }
}
