package no.framdrift.cli;

import java.util.concurrent.Callable;
import no.framdrift.app.Workspace;
import no.framdrift.app.team.TeamService;
import no.framdrift.store.TeamRole;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code workspace revoke USER ROLE}: takes a team role from a server user (PostgreSQL only). */
@Command(name = "revoke", description = "Tar en rolle fra en bruker i teamdatabasen.")
public final class WorkspaceRevokeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "BRUKER", description = "Brukernavnet på databaseserveren.")
    String user;

    @Parameters(index = "1", paramLabel = "ROLLE", description = "steward, analyst eller reader (eller redaktør, analytiker, leser).")
    String role;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        TeamRole r = role(role);
        try (Workspace ws = root(spec).openWorkspace()) {
            new TeamService(ws).revoke(user, r);
        }
        spec.commandLine().getOut().println(user + " har ikke lenger rollen " + r.roleName() + ".");
        return 0;
    }

    static TeamRole role(String text) {
        return TeamRole.parse(text).orElseThrow(() -> new UserError("ukjent rolle «" + text
                + "»; velg steward, analyst eller reader (redaktør, analytiker, leser)", 2));
    }

    /** The top command (with --data-dir, --db, --db-user), wherever this subcommand is registered. */
    static RootCommand root(CommandLine.Model.CommandSpec spec) {
        return (RootCommand) spec.root().userObject();
    }
}
