package no.framdrift.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaCheckTest {

    @TempDir
    Path dir;

    @Test
    void theBundledVersionsAreTheScriptsInTheMigrationFolder() throws Exception {
        Set<String> scripts;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/db/migration"))) {
            scripts = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.+\\.sql"))
                    .map(n -> SchemaCheck.normalise(n.substring(1, n.indexOf("__")))).collect(Collectors.toSet());
        }
        // H2 runs db/migration and its folder common/ (the scripts both engines share)
        assertThat(SchemaCheck.bundledVersions(getClass().getClassLoader(), SchemaCheck.LOCATION)).contains(scripts);
        assertThat(scripts).contains("1", "5");
    }

    @Test
    void theBuildsListOfScriptsIsTheMigrationFolder() throws Exception {
        Set<String> names;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/db/migration"))) {
            names = files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
        try (var in = getClass().getClassLoader().getResourceAsStream(SchemaCheck.INDEX)) {
            assertThat(in).as("the build writes " + SchemaCheck.INDEX).isNotNull();
            Set<String> listed = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank()).collect(Collectors.toSet());
            assertThat(listed).isEqualTo(names).contains("V001__catalogue.sql", "V011__survey_cells_packed.sql");
        }
    }

    @Test
    void inAJarTheBuildsListIsReadAndWithoutItTheEntries() throws Exception {
        Path withList = jar("with-list.jar", "V001__a.sql\nV002__b.sql\n", "V001__a.sql", "common/V002__b.sql", "common/V003__c.sql");
        Path without = jar("without-list.jar", null, "V001__a.sql", "common/V002__b.sql", "common/V003__c.sql");
        try (var a = new java.net.URLClassLoader(new java.net.URL[] {withList.toUri().toURL()}, null);
             var b = new java.net.URLClassLoader(new java.net.URL[] {without.toUri().toURL()}, null)) {
            // the list is what the build found in this jar (here made to differ, to see which was read)
            assertThat(SchemaCheck.bundledVersions(a, SchemaCheck.LOCATION)).contains(Set.of("1", "2"));
            assertThat(SchemaCheck.bundledVersions(b, SchemaCheck.LOCATION)).contains(Set.of("1", "2", "3"));
        }
    }

    private Path jar(String name, String list, String... scripts) throws Exception {
        Path jar = dir.resolve(name);
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.jar.JarEntry(SchemaCheck.LOCATION + "/"));
            for (String script : scripts) {
                out.putNextEntry(new java.util.jar.JarEntry(SchemaCheck.LOCATION + "/" + script));
                out.write("SELECT 1;".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            if (list != null) {
                out.putNextEntry(new java.util.jar.JarEntry(SchemaCheck.INDEX));
                out.write(list.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return jar;
    }

    @Test
    void versionsCompareAsFlywayDoes() {
        assertThat(SchemaCheck.normalise("001")).isEqualTo("1");
        assertThat(SchemaCheck.normalise("010")).isEqualTo("10");
        assertThat(SchemaCheck.normalise("1_2")).isEqualTo("1.2");
        assertThat(SchemaCheck.normalise("2.0")).isEqualTo("2");
        assertThat(SchemaCheck.normalise("0")).isEqualTo("0");
    }

    @Test
    void aFirstStartLeavesNoStackTraceInTheDataFolder() throws Exception {
        // issue 15: the schema check's query of a missing table made H2 write a trace file
        try (Database db = Database.open(dir)) {
            assertThat(db.dsl().fetchCount(no.framdrift.store.jooq.Tables.INDICATOR)).isZero();
        }
        assertThat(dir.resolve("framdrift.trace.db")).doesNotExist();
    }

    @Test
    void aNewDatabaseIsNotCurrentAndAMigratedOneIs() throws Exception {
        JdbcDataSource ds = dataSource();
        assertThat(SchemaCheck.current(ds)).isFalse(); // no history table: Flyway must create the schema
        try (Database db = Database.open(dir)) {
            assertThat(db.dsl().fetchCount(no.framdrift.store.jooq.Tables.INDICATOR)).isZero();
        }
        assertThat(SchemaCheck.current(ds)).isTrue(); // so the next open starts no Flyway at all
    }

    @Test
    void aNewerFailedOrMissingMigrationLeavesTheDecisionToFlyway() throws Exception {
        try (Database db = Database.open(dir)) {
            assertThat(db.folder()).isEqualTo(dir.toAbsolutePath().normalize());
        }
        JdbcDataSource ds = dataSource();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '005'");
            assertThat(SchemaCheck.current(ds)).isFalse();
            s.execute("UPDATE \"flyway_schema_history\" SET \"success\" = TRUE WHERE \"version\" = '005'");
            assertThat(SchemaCheck.current(ds)).isTrue();
            s.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", "
                    + "\"script\", \"checksum\", \"installed_by\", \"installed_on\", \"execution_time\", \"success\") "
                    + "VALUES (99, '999', 'future', 'SQL', 'V999__future.sql', 0, 'sa', CURRENT_TIMESTAMP, 1, TRUE)");
            assertThat(SchemaCheck.current(ds)).isFalse(); // newer: Flyway's check refuses it (DatabaseTest)
            s.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('999', '005')");
            assertThat(SchemaCheck.current(ds)).isFalse(); // one missing: Flyway migrates it
        }
    }

    private JdbcDataSource dataSource() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(Database.url(dir.toAbsolutePath().normalize()));
        ds.setUser("sa");
        ds.setPassword("");
        return ds;
    }
}
