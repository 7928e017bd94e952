package no.framdrift.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * One schema, two engines: H2 and PostgreSQL run the same migration versions. H2's released
 * V001–V005 stay where they are (their checksums are in every existing data folder); PostgreSQL
 * has its own copies in db/postgresql; every later script is portable and lives in
 * db/migration/common, where both engines find it. A portable script put at the top of
 * db/migration would run on H2 only: this test names it.
 */
class MigrationLocationsTest {

    static List<String> versions(String[] locations) {
        // resolving scripts needs a database connection, not the engine they are for
        return Arrays.stream(Flyway.configure().dataSource("jdbc:h2:mem:locations", "sa", "").locations(locations)
                        .load().info().all())
                .map(m -> m.getVersion().getVersion()).toList();
    }

    @Test
    void bothEnginesHaveTheSameVersions() {
        List<String> h2 = versions(Database.H2_LOCATIONS);
        assertThat(h2).startsWith("001", "002", "003", "004", "005").contains("009");
        assertThat(versions(Database.POSTGRESQL_LOCATIONS)).isEqualTo(h2);
    }
}
