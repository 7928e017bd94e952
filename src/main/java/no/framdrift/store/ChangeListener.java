package no.framdrift.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Changes by others in a team workspace: every write announces itself with {@code pg_notify} in its
 * own transaction (delivered only on commit), and each open window listens on one connection of
 * its own. A lost connection is retried every few seconds; this process's own changes are skipped.
 */
public final class ChangeListener implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeListener.class);
    static final String CHANNEL = "framdrift_change";
    /** Tells this process's own announcements apart from other users'. */
    static final String SELF = UUID.randomUUID().toString();

    private final ServerLogin login;
    private final Consumer<String> callback;
    private final Thread thread;
    private volatile boolean stopped;

    private ChangeListener(ServerLogin login, Consumer<String> callback) {
        this.login = login;
        this.callback = callback;
        this.thread = new Thread(this::listen, "framdrift-change-listener");
        this.thread.setDaemon(true);
    }

    static ChangeListener start(ServerLogin login, Consumer<String> callback) {
        ChangeListener l = new ChangeListener(login, callback);
        l.thread.start();
        return l;
    }

    /**
     * Announces a change (e.g. {@code catalogue:PLL}, {@code imports}) to the other windows, when
     * the caller's transaction commits. Nothing on H2.
     */
    static void announce(DSLContext dsl, String what) {
        if (dsl.dialect().family() == org.jooq.SQLDialect.POSTGRES) {
            dsl.fetch("SELECT pg_catalog.pg_notify(?, ?)", CHANNEL, SELF + " " + what);
        }
    }

    private void listen() {
        while (!stopped) {
            Properties p = new Properties();
            p.setProperty("user", login.user());
            if (login.password() != null) {
                p.setProperty("password", login.password());
            }
            p.setProperty("ApplicationName", "Framdrift (endringer)");
            try (Connection c = DriverManager.getConnection(login.url(), p); Statement s = c.createStatement()) {
                s.execute("LISTEN " + CHANNEL);
                PGConnection pg = c.unwrap(PGConnection.class);
                while (!stopped) {
                    PGNotification[] got = pg.getNotifications(2000);
                    if (got == null) {
                        continue;
                    }
                    for (PGNotification n : got) {
                        String payload = n.getParameter();
                        if (payload == null || payload.startsWith(SELF + " ")) {
                            continue;
                        }
                        int space = payload.indexOf(' ');
                        deliver(space < 0 ? payload : payload.substring(space + 1));
                    }
                }
            } catch (SQLException e) {
                if (!stopped) {
                    LOG.info("Change listener lost its connection ({}); retrying", e.getSQLState());
                    sleep(5000);
                }
            }
        }
    }

    private void deliver(String what) {
        try {
            callback.accept(what);
        } catch (RuntimeException e) {
            LOG.warn("A change callback failed", e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stopped = true;
        thread.interrupt();
    }
}
