package no.framdrift.store;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The team roles on PostgreSQL: creates the three group roles, grants them their tables, and adds
 * or removes members. A reader reads every table; a steward also writes the catalogue tables and
 * an analyst the import tables; both write the computed values (a saved definition and an import
 * both recompute). Tables added by later migrations are writable by both until listed here.
 */
public final class TeamRoles {

    /** Written by stewards only. */
    static final List<String> CATALOGUE_TABLES = List.of("goal_area", "indicator", "ambition", "series_break",
            "future_indicator", "indicator_change", "assessment", "workspace_setting");
    /** Written by analysts only. */
    static final List<String> IMPORT_TABLES = List.of("import_batch", "survey_cell", "registry_value",
            "unit_list_entry", "import_profile", "batch_removal");
    /** Written by Flyway (the owner) only. */
    private static final String SCHEMA_HISTORY = "flyway_schema_history";

    private final DSLContext dsl;

    public TeamRoles(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Creates the group roles if they are missing and (re)grants them the workspace's tables.
     * Needs the owner of the tables (or a superuser) and the right to create roles.
     *
     * @return the statements run, for the command line to show
     */
    public List<String> install() {
        List<String> done = new ArrayList<>();
        for (TeamRole r : TeamRole.values()) {
            boolean exists = dsl.fetchExists(DSL.selectOne().from(DSL.table(DSL.name("pg_catalog", "pg_roles")))
                    .where(DSL.field(DSL.name("rolname"), String.class).eq(r.roleName())));
            if (!exists) {
                run(done, "CREATE ROLE " + r.roleName() + " NOLOGIN");
            }
        }
        run(done, "GRANT framdrift_reader TO framdrift_steward, framdrift_analyst");
        String schema = quoted(dsl.resultQuery("SELECT current_schema()").fetchOne(0, String.class));
        run(done, "GRANT USAGE ON SCHEMA " + schema + " TO framdrift_reader");
        List<String> tables = dsl.fetch("SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"
                + " ORDER BY tablename").getValues(0, String.class);
        for (String t : tables) {
            String table = schema + "." + quoted(t);
            run(done, "GRANT SELECT ON " + table + " TO framdrift_reader");
            if (t.equals(SCHEMA_HISTORY)) {
                continue;
            }
            List<String> writers = new ArrayList<>();
            if (!IMPORT_TABLES.contains(t)) {
                writers.add("framdrift_steward");
            }
            if (!CATALOGUE_TABLES.contains(t)) {
                writers.add("framdrift_analyst");
            }
            run(done, "REVOKE INSERT, UPDATE, DELETE ON " + table + " FROM framdrift_steward, framdrift_analyst");
            run(done, "GRANT INSERT, UPDATE, DELETE ON " + table + " TO " + String.join(", ", writers));
        }
        run(done, "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + schema + " TO framdrift_steward, framdrift_analyst");
        return done;
    }

    /** True when the three group roles exist on the server. */
    public boolean installed() {
        return dsl.fetchCount(DSL.selectOne().from(DSL.table(DSL.name("pg_catalog", "pg_roles")))
                .where(DSL.field(DSL.name("rolname"), String.class).like("framdrift\\_%"))) >= TeamRole.values().length;
    }

    /** Makes a login role a member of a team role. */
    public void grant(String user, TeamRole role) {
        requireUser(user);
        dsl.execute("GRANT " + role.roleName() + " TO " + quoted(user));
    }

    /** Takes a team role from a login role. */
    public void revoke(String user, TeamRole role) {
        requireUser(user);
        dsl.execute("REVOKE " + role.roleName() + " FROM " + quoted(user));
    }

    /** The team roles a user holds, directly or through other roles. */
    public Set<TeamRole> rolesOf(String user) {
        Set<TeamRole> roles = EnumSet.noneOf(TeamRole.class);
        for (String name : dsl.fetch("SELECT g.rolname FROM pg_catalog.pg_roles g WHERE g.rolname IN"
                + " ('framdrift_steward', 'framdrift_analyst', 'framdrift_reader')"
                + " AND pg_catalog.pg_has_role(?, g.oid, 'MEMBER')", user).getValues(0, String.class)) {
            for (TeamRole r : TeamRole.values()) {
                if (r.roleName().equals(name)) {
                    roles.add(r);
                }
            }
        }
        return roles;
    }

    /** The members of each team role, for {@code workspace info}. */
    public List<String> members(TeamRole role) {
        return dsl.fetch("SELECT m.rolname FROM pg_catalog.pg_auth_members am"
                + " JOIN pg_catalog.pg_roles g ON g.oid = am.roleid JOIN pg_catalog.pg_roles m ON m.oid = am.member"
                + " WHERE g.rolname = ? AND m.rolcanlogin ORDER BY m.rolname", role.roleName()).getValues(0, String.class);
    }

    private void requireUser(String user) {
        if (!dsl.fetchExists(DSL.selectOne().from(DSL.table(DSL.name("pg_catalog", "pg_roles")))
                .where(DSL.field(DSL.name("rolname"), String.class).eq(user)))) {
            throw new StoreException(StoreException.Reason.FAILED, "Brukeren «" + user + "» finnes ikke på databaseserveren."
                    + " Opprett den først (CREATE ROLE " + user + " LOGIN PASSWORD '…').");
        }
    }

    private void run(List<String> done, String sql) {
        dsl.execute(sql);
        done.add(sql);
    }

    /** A double-quoted identifier, case kept (the dialect's name-case setting must not lower it). */
    static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
