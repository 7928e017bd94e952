package no.framdrift.store;

import java.util.Map;
import java.util.Optional;

/**
 * How to reach a team workspace on PostgreSQL: the JDBC URL, the user and, when given, the
 * password. The password is only ever held in memory: the app never writes it anywhere; without
 * one, the driver looks in the user's {@code ~/.pgpass} (or {@code PGPASSFILE}).
 */
public record ServerLogin(String url, String user, String password) {

    /** The environment variable naming the team workspace when {@code --db} is not given. */
    public static final String ENV_DB = "FRAMDRIFT_DB";

    public ServerLogin {
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new StoreException(StoreException.Reason.FAILED, "«" + url + "» er ikke en adresse til en PostgreSQL-database"
                    + " (den skal se slik ut: jdbc:postgresql://tjener:5432/framdrift).");
        }
    }

    /**
     * The team workspace the command line names: {@code --db}, else {@code FRAMDRIFT_DB}; none means
     * the data folder. The user is {@code --db-user}, else {@code PGUSER}, else the login name; the
     * password {@code PGPASSWORD}, else none (the driver reads ~/.pgpass).
     */
    public static Optional<ServerLogin> resolve(Optional<String> dbOption, Optional<String> userOption) {
        return resolve(dbOption, userOption, System.getenv(), System.getProperty("user.name", ""));
    }

    static Optional<ServerLogin> resolve(Optional<String> dbOption, Optional<String> userOption, Map<String, String> env,
                                         String loginName) {
        String url = dbOption.filter(s -> !s.isBlank())
                .orElseGet(() -> Optional.ofNullable(env.get(ENV_DB)).filter(s -> !s.isBlank()).orElse(null));
        if (url == null) {
            return Optional.empty();
        }
        String user = userOption.filter(s -> !s.isBlank())
                .orElseGet(() -> Optional.ofNullable(env.get("PGUSER")).filter(s -> !s.isBlank()).orElse(loginName));
        String password = Optional.ofNullable(env.get("PGPASSWORD")).filter(s -> !s.isEmpty()).orElse(null);
        return Optional.of(new ServerLogin(url.trim(), user, password));
    }

    /** The same server and user with a password typed in the window. */
    public ServerLogin withPassword(String typed) {
        return new ServerLogin(url, user, typed == null || typed.isEmpty() ? password : typed);
    }

    /** Host, port and database of the URL, for titles and messages ({@code tjener:5432/framdrift}). */
    public String where() {
        String rest = url.substring("jdbc:postgresql:".length());
        if (rest.startsWith("//")) {
            rest = rest.substring(2);
        }
        int q = rest.indexOf('?');
        return q < 0 ? rest : rest.substring(0, q);
    }

    /** Never the password. */
    @Override
    public String toString() {
        // the URL's parameters may carry a password too
        return "ServerLogin[" + where() + ", user=" + user + (password == null ? "" : ", password=***") + "]";
    }
}
