package no.framdrift.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The PostgreSQL server the team-workspace tests run against: {@code FRAMDRIFT_TEST_PG_URL},
 * {@code FRAMDRIFT_TEST_PG_USER} and {@code FRAMDRIFT_TEST_PG_PASSWORD} (or the system properties
 * {@code framdrift.test.pg.url/user/password}), as {@code src/test/scripts/start-postgres.sh}
 * prints them. The user must be a superuser (it creates a database per test and login roles).
 * Without a server the tests are skipped, saying why; CI starts one.
 */
public final class PostgresTestServer {

    public static final String SKIPPED = "PostgreSQL-testene hoppes over: ingen testserver (sett FRAMDRIFT_TEST_PG_URL,"
            + " f.eks. med eval \"$(src/test/scripts/start-postgres.sh)\")";

    private PostgresTestServer() {
    }

    /** The server's URL (of any database on it), when one is configured. */
    public static Optional<String> url() {
        return setting("url");
    }

    public static boolean available() {
        return url().isPresent();
    }

    /** Skips the calling test (JUnit assumption) when no server is configured. */
    public static void assumeAvailable() {
        assumeTrue(available(), SKIPPED);
    }

    /** The superuser's login to the configured database. */
    public static ServerLogin admin() {
        assumeAvailable();
        return new ServerLogin(url().orElseThrow(), setting("user").orElse("framdrift"), setting("password").orElse(null));
    }

    /** A new, empty database on the server owned by the superuser; {@link #drop} removes it. */
    public static ServerLogin freshDatabase() {
        ServerLogin admin = admin();
        String name = "ft_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        sql(admin, "CREATE DATABASE " + name);
        return new ServerLogin(withDatabase(admin.url(), name), admin.user(), admin.password());
    }

    /** A login role with a password, created if missing (role names are per server, not per database). */
    public static ServerLogin loginRole(ServerLogin database, String role, String password) {
        ServerLogin admin = admin();
        sql(admin, "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + role + "') THEN"
                + " CREATE ROLE " + role + " LOGIN PASSWORD '" + password + "'; END IF; END $$");
        return new ServerLogin(database.url(), role, password);
    }

    public static void drop(ServerLogin database) {
        String name = database.url().substring(database.url().lastIndexOf('/') + 1);
        sql(admin(), "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    static String withDatabase(String url, String name) {
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q);
        String params = q < 0 ? "" : url.substring(q);
        return base.substring(0, base.lastIndexOf('/') + 1) + name + params;
    }

    public static void sql(ServerLogin login, String statement) {
        try (Connection c = DriverManager.getConnection(login.url(), login.user(), login.password());
             Statement s = c.createStatement()) {
            s.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement + ": " + e.getMessage(), e);
        }
    }

    private static Optional<String> setting(String what) {
        String p = System.getProperty("framdrift.test.pg." + what);
        if (p == null || p.isBlank()) {
            p = System.getenv("FRAMDRIFT_TEST_PG_" + what.toUpperCase(Locale.ROOT));
        }
        return Optional.ofNullable(p).filter(s -> !s.isBlank());
    }
}
