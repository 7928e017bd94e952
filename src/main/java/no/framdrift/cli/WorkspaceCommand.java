package no.framdrift.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code workspace …}: the workspace itself. The team-workspace subcommands (grant, revoke, copy)
 * are classes of their own, so other subcommands (init, info, backup …) sit beside them.
 */
@Command(name = "workspace", description = "Arbeidsområdet: roller i teamdatabasen og flytting til serveren.",
        subcommands = {WorkspaceGrantCommand.class, WorkspaceRevokeCommand.class, WorkspaceCopyCommand.class})
public final class WorkspaceCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
