package no.framdrift.app.team;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.framdrift.app.Workspace;
import no.framdrift.store.Database;
import no.framdrift.store.ServerLogin;
import no.framdrift.store.StoreException;
import no.framdrift.store.TeamRole;
import no.framdrift.store.TeamRoles;
import no.framdrift.store.WorkspaceAccess;
import no.framdrift.store.WorkspaceCopy;

/**
 * The team workspace's own use cases: its roles and members, and moving a local workspace onto
 * the server. Roles exist only on PostgreSQL; a data folder has one user, who may do everything.
 */
public final class TeamService {

    private final Workspace workspace;

    public TeamService(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Creates the three group roles if missing and grants them the tables (the owner only). */
    public List<String> installRoles() {
        requireTeam();
        return workspace.transactor().inTransaction(dsl -> new TeamRoles(dsl).install());
    }

    public void grant(String user, TeamRole role) {
        requireRoles();
        workspace.transactor().run(dsl -> new TeamRoles(dsl).grant(user, role));
    }

    public void revoke(String user, TeamRole role) {
        requireRoles();
        workspace.transactor().run(dsl -> new TeamRoles(dsl).revoke(user, role));
    }

    /** The login users in each team role (empty on a data folder). */
    public Map<TeamRole, List<String>> members() {
        Map<TeamRole, List<String>> members = new EnumMap<>(TeamRole.class);
        if (workspace.engine() != Database.Engine.POSTGRESQL) {
            return members;
        }
        workspace.transactor().run(dsl -> {
            TeamRoles roles = new TeamRoles(dsl);
            if (roles.installed()) {
                for (TeamRole r : TeamRole.values()) {
                    members.put(r, roles.members(r));
                }
            }
        });
        return members;
    }

    public WorkspaceAccess access() {
        return workspace.access();
    }

    /**
     * Copies the workspace in a data folder into an empty team database, in one transaction.
     *
     * @return the row counts of every table on both sides, read after the copy
     */
    public static List<WorkspaceCopy.TableCount> copyFolderTo(Path folder, ServerLogin target) {
        if (!Files.exists(folder.resolve("framdrift.mv.db"))) {
            throw new StoreException(StoreException.Reason.FAILED, "Det finnes ikke noe arbeidsområde i " + folder
                    + " å kopiere (velg datamappen med --data-dir).");
        }
        try (Database source = Database.open(folder); Database server = Database.connect(target)) {
            if (server.engine() != Database.Engine.POSTGRESQL) {
                throw new StoreException(StoreException.Reason.FAILED, "Målet må være en teamdatabase (PostgreSQL).");
            }
            return WorkspaceCopy.copy(source.dsl(), server.dsl());
        }
    }

    private void requireTeam() {
        if (workspace.engine() != Database.Engine.POSTGRESQL) {
            throw new StoreException(StoreException.Reason.FAILED, "Roller finnes bare i en teamdatabase (PostgreSQL, --db);"
                    + " en datamappe har én bruker, som kan gjøre alt.");
        }
    }

    private void requireRoles() {
        requireTeam();
        boolean installed = workspace.transactor().inTransaction(dsl -> new TeamRoles(dsl).installed());
        if (!installed) {
            throw new StoreException(StoreException.Reason.FAILED, "Rollene framdrift_steward, framdrift_analyst og"
                    + " framdrift_reader finnes ikke på serveren ennå. Eieren oppretter dem med «workspace init».");
        }
    }
}
