package no.framdrift.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code workspace backup|restore} (issue 18). When issue 11's {@code workspace} command
 * (init/info/remove-sample) is merged, its subcommands and these two belong under one command.
 */
@Command(name = "workspace", description = "Sikkerhetskopi og gjenoppretting av datamappen.",
        subcommands = {WorkspaceBackupCommand.class, WorkspaceRestoreCommand.class})
final class WorkspaceSafetyCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand parent;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** The root command above a {@code workspace} subcommand, whatever class the group is. */
    static RootCommand root(picocli.CommandLine.Model.CommandSpec spec) {
        for (var s = spec; s != null; s = s.parent()) {
            if (s.userObject() instanceof RootCommand r) {
                return r;
            }
        }
        throw new IllegalStateException("no root command");
    }
}
