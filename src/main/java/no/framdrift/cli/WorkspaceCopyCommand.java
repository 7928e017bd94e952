package no.framdrift.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import no.framdrift.app.team.TeamService;
import no.framdrift.store.DataFolder;
import no.framdrift.store.ServerLogin;
import no.framdrift.store.WorkspaceCopy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code workspace copy --to JDBC_URL}: copies the local workspace (the data folder) into an empty
 * team database in one transaction and prints the row counts of both sides.
 */
@Command(name = "copy", description = "Kopierer det lokale arbeidsområdet (datamappen) til en tom teamdatabase, i én transaksjon,"
        + " og skriver antall rader på begge sider.")
public final class WorkspaceCopyCommand implements Callable<Integer> {

    @Option(names = "--to", required = true, paramLabel = "JDBC_URL", description = "Den tomme teamdatabasen, f.eks. jdbc:postgresql://tjener:5432/framdrift.")
    String to;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        RootCommand root = WorkspaceRevokeCommand.root(spec);
        ServerLogin target = ServerLogin.resolve(Optional.of(to), Optional.ofNullable(root.dbUser)).orElseThrow();
        List<WorkspaceCopy.TableCount> counts = TeamService.copyFolderTo(
                DataFolder.resolve(Optional.ofNullable(root.dataDir)), target);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-22s %10s %10s%n", "tabell", "lokalt", "server");
        long total = 0;
        boolean equal = true;
        for (WorkspaceCopy.TableCount c : counts) {
            out.printf("%-22s %10d %10d%s%n", c.table(), c.source(), c.target(), c.equal() ? "" : "  ULIKT");
            total += c.source();
            equal &= c.equal();
        }
        if (!equal) {
            throw new UserError("antall rader er ikke likt på begge sider (se tabellen over)", 1);
        }
        out.println("Kopiert " + total + " rader i " + counts.size() + " tabeller til " + target.where()
                + "; like mange på begge sider.");
        return 0;
    }
}
