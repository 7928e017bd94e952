package no.framdrift.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V006 on a data folder made before it: the seed's stocks and counts get their time aggregation
 * (with a history row), a steward's own choice stays, and the example workspace's batches are flagged.
 */
class MigrationV006Test {

    @TempDir
    Path dir;

    @Test
    void anOlderWorkspaceGetsTimeAggregationsAndItsExampleBatchesFlagged() throws Exception {
        JdbcConnectionPool pool = JdbcConnectionPool.create(Database.url(dir), "sa", "");
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").target("5").load().migrate();
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO goal_area (code, name, kind, sort_order) VALUES ('KVALITET', 'K', 'OVERARCHING', 1)");
                for (String[] i : new String[][] {{"PLL", "REGISTRY_SHARE", "RATIO_OF_SUMS"},
                        {"HELSEDATA", "COUNT", "RATIO_OF_SUMS"}, {"FULLMAKT", "REGISTRY_SHARE", "MEAN_OF_MONTHS"},
                        {"DDFL", "POPULATION_WEIGHTED", "MEAN_OF_MONTHS"}, {"EPJ_KVALITET", "SURVEY_SHARE", "RATIO_OF_SUMS"}}) {
                    s.execute("INSERT INTO indicator (code, goal_code, sort_order, name, status, frequency, kind, unit, decimals,"
                            + " higher_is_better, quarter_aggregation, updated_at) VALUES ('" + i[0] + "', 'KVALITET', 1, '"
                            + i[0] + "', 'KLAR', 'ARLIG', '" + i[1] + "', 'PERCENT', 0, TRUE, '" + i[2]
                            + "', CURRENT_TIMESTAMP)");
                }
                for (String[] b : new String[][] {{"pll-2025.csv", "pll"}, {"pll-2025.csv", "min-profil"},
                        {"helsepersonellundersokelsen-2021-2024.csv", "helsepersonellundersokelsen"}}) {
                    s.execute("INSERT INTO import_batch (kind, file_name, file_size, sha256, format, profile_name, imported_at,"
                            + " rows_read, rows_imported, rows_skipped) VALUES ('REGISTRY', '" + b[0] + "', 1, 'x', 'CSV', '"
                            + b[1] + "', CURRENT_TIMESTAMP, 1, 1, 0)");
                }
            }
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                Map<String, String> how = new HashMap<>();
                try (ResultSet r = s.executeQuery("SELECT code, time_aggregation FROM indicator")) {
                    while (r.next()) {
                        how.put(r.getString(1), r.getString(2));
                    }
                }
                assertThat(how).containsEntry("PLL", "END_OF_PERIOD").containsEntry("HELSEDATA", "SUM")
                        .containsEntry("FULLMAKT", "MEAN_OF_MONTHS").containsEntry("EPJ_KVALITET", "RATIO_OF_SUMS")
                        // a steward's own choice is never overwritten
                        .containsEntry("DDFL", "MEAN_OF_MONTHS");
                try (ResultSet r = s.executeQuery("SELECT field, old_value, new_value FROM indicator_change"
                        + " WHERE indicator_code = 'PLL'")) {
                    assertThat(r.next()).isTrue();
                    assertThat(r.getString(1)).isEqualTo("timeAggregation");
                    assertThat(r.getString(2)).isEqualTo("RATIO_OF_SUMS");
                    assertThat(r.getString(3)).isEqualTo("END_OF_PERIOD");
                }
                Map<String, Boolean> sample = new HashMap<>();
                try (ResultSet r = s.executeQuery("SELECT file_name, profile_name, sample FROM import_batch")) {
                    while (r.next()) {
                        sample.put(r.getString(1) + "/" + r.getString(2), r.getBoolean(3));
                    }
                }
                assertThat(sample).containsEntry("pll-2025.csv/pll", true).containsEntry("pll-2025.csv/min-profil", false)
                        .containsEntry("helsepersonellundersokelsen-2021-2024.csv/helsepersonellundersokelsen", true);
            }
        } finally {
            pool.dispose();
        }
    }
}
