package no.framdrift.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection pool to a team workspace, and one Norwegian sentence for each way reaching the
 * server can fail. HikariCP keeps a few connections open: a new PostgreSQL connection costs a TCP
 * and a SCRAM handshake, too slow for every statement outside a transaction.
 */
final class ServerConnections {

    private static final Logger LOG = LoggerFactory.getLogger(ServerConnections.class);

    private ServerConnections() {
    }

    static HikariDataSource pool(ServerLogin login) {
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(login.url());
        hc.setUsername(login.user());
        if (login.password() != null) {
            hc.setPassword(login.password());
        }
        hc.setPoolName("framdrift-db");
        hc.setMaximumPoolSize(6);
        hc.setMinimumIdle(1);
        hc.setConnectionTimeout(15_000);
        // fail at once (with the server's reason) instead of retrying until the timeout
        hc.setInitializationFailTimeout(1);
        // "Framdrift <process>": who noted a pending recompute is alive while a session has its name (ValuesPending)
        hc.addDataSourceProperty("ApplicationName", ValuesPending.APPLICATION_NAME);
        hc.addDataSourceProperty("connectTimeout", "10");
        try {
            return new HikariDataSource(hc);
        } catch (RuntimeException e) {
            throw unreachable(login, e);
        }
    }

    /** The steward's message for a failed connection attempt (never the password). */
    static StoreException unreachable(ServerLogin login, Throwable e) {
        SQLException sql = sqlCause(e);
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        String detail = sql == null ? String.valueOf(e.getMessage()) : sql.getMessage();
        LOG.warn("Cannot connect to {} as {}: {} {}", login.where(), login.user(), state, detail);
        String where = login.where();
        if (state.equals("28P01") || (state.equals("28000") && detail.contains("password"))) {
            return new StoreException(StoreException.Reason.WRONG_PASSWORD, "Feil passord for brukeren " + login.user()
                    + " på teamdatabasen " + where + ". Skriv passordet på nytt, eller sjekk PGPASSWORD eller ~/.pgpass.", e);
        }
        if (state.equals("08004") && detail.toLowerCase(java.util.Locale.ROOT).contains("password")) {
            return new StoreException(StoreException.Reason.WRONG_PASSWORD, "Teamdatabasen " + where + " krever passord for "
                    + login.user() + ". Skriv det inn, eller legg det i PGPASSWORD eller ~/.pgpass.", e);
        }
        if (state.equals("28000")) {
            return new StoreException(StoreException.Reason.WRONG_PASSWORD, "Brukeren " + login.user()
                    + " får ikke logge inn på teamdatabasen " + where + " (finnes ikke, eller serveren tillater det ikke).", e);
        }
        if (state.equals("3D000")) {
            return new StoreException(StoreException.Reason.UNREACHABLE, "Databasen finnes ikke på serveren: " + where
                    + ". Sjekk navnet i adressen, eller be eieren opprette den.", e);
        }
        return new StoreException(StoreException.Reason.UNREACHABLE, "Får ikke kontakt med databaseserveren " + where
                + ". Sjekk adressen og nettverket, og at serveren kjører.", e);
    }

    static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }
}
