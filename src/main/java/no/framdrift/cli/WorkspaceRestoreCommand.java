package no.framdrift.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import no.framdrift.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code workspace restore FILE [--force]}: puts a backup's database into the data folder. A folder
 * that already has a database is left alone unless {@code --force}; then the old file is kept beside
 * it ({@code framdrift.mv.db.for-gjenoppretting-…}).
 */
@Command(name = "restore", description = "Gjenoppretter datamappen fra en sikkerhetskopi (zip).")
final class WorkspaceRestoreCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FIL", description = "Sikkerhetskopien (.zip) fra «workspace backup» eller sikkerhetskopier/.")
    Path file;

    @Option(names = "--force", description = "Erstatt en database som finnes (den gamle filen beholdes ved siden av).")
    boolean force;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new UserError("Fant ikke sikkerhetskopien " + file, 2);
        }
        RootCommand root = WorkspaceRevokeCommand.root(spec);
        Path kept = Workspace.restore(root.dataFolder(), file.toAbsolutePath(), force);
        var out = spec.commandLine().getOut();
        out.println("Gjenopprettet fra " + file.toAbsolutePath() + ".");
        if (kept != null) {
            out.println("Den gamle databasen er beholdt som " + kept);
        }
        out.flush();
        return 0;
    }
}
