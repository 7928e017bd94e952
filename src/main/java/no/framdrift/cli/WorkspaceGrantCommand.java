package no.framdrift.cli;

import java.util.concurrent.Callable;
import no.framdrift.app.Workspace;
import no.framdrift.app.team.TeamService;
import no.framdrift.store.TeamRole;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code workspace grant USER ROLE}: makes a server user a member of a team role (PostgreSQL only). */
@Command(name = "grant", description = "Gir en bruker en rolle i teamdatabasen: redaktør (steward), analytiker (analyst) eller leser (reader).")
public final class WorkspaceGrantCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "BRUKER", description = "Brukernavnet på databaseserveren.")
    String user;

    @Parameters(index = "1", paramLabel = "ROLLE", description = "steward, analyst eller reader (eller redaktør, analytiker, leser).")
    String role;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        TeamRole r = WorkspaceRevokeCommand.role(role);
        try (Workspace ws = WorkspaceRevokeCommand.root(spec).openWorkspace()) {
            new TeamService(ws).grant(user, r);
        }
        spec.commandLine().getOut().println(user + " har nå rollen " + r.roleName() + ".");
        return 0;
    }
}
