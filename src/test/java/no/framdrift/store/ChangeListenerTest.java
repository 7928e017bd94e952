package no.framdrift.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import no.framdrift.domain.Assessment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Other users' changes reach an open window within seconds (LISTEN/NOTIFY), and only once committed. */
class ChangeListenerTest {

    ServerLogin login;

    @BeforeEach
    void freshDatabase() {
        PostgresTestServer.assumeAvailable();
        login = PostgresTestServer.freshDatabase();
    }

    @AfterEach
    void drop() {
        if (login != null) {
            PostgresTestServer.drop(login);
        }
    }

    @Test
    void aCommittedChangeByAnotherClientArrivesAndARolledBackOneDoesNot() throws Exception {
        BlockingQueue<String> arrived = new LinkedBlockingQueue<>();
        try (Database window = Database.connect(login); AutoCloseable l = window.onChange(arrived::add)) {
            Thread.sleep(1500); // the listener's own connection is up
            // the other client: a separate process in real use; here its announcements must not be skipped as "self"
            try (Database other = Database.connect(login)) {
                other.dsl().execute("INSERT INTO goal_area (code, name, kind, sort_order) VALUES ('G', 'Mål', 'STRATEGIC', 0)");
                other.dsl().execute("INSERT INTO indicator (code, goal_code, sort_order, name, status, frequency, kind, unit,"
                        + " decimals, higher_is_better, time_aggregation, updated_at) VALUES ('X', 'G', 0, 'X', 'KLAR',"
                        + " 'ARLIG', 'COUNT', 'COUNT', 0, TRUE, 'SUM', now())");
                try {
                    other.dsl().transaction(cfg -> {
                        cfg.dsl().execute("SELECT pg_notify('" + ChangeListener.CHANNEL + "', 'other rolled-back')");
                        throw new IllegalStateException("roll back");
                    });
                } catch (IllegalStateException expected) {
                    // nothing may arrive from it
                }
                other.dsl().execute("SELECT pg_notify('" + ChangeListener.CHANNEL + "', 'other assessment X')");
            }
            assertThat(arrived.poll(10, TimeUnit.SECONDS)).isEqualTo("assessment X");
            // this process's own announcements are not echoed back
            new AssessmentRepository(window.dsl()).save(new Assessment("X", "2025", "Tekst", Instant.now()));
            assertThat(arrived.poll(3, TimeUnit.SECONDS)).isNull();
        }
    }
}
