package no.framdrift.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import no.framdrift.app.Workspace;
import no.framdrift.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code workspace backup --out FILE.zip}: a consistent copy of the data folder's database. */
@Command(name = "backup", description = "Lager en sikkerhetskopi (zip) av datamappens database.")
final class WorkspaceBackupCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FIL", description = "Sikkerhetskopien (.zip); finnes ikke fra før.")
    Path out;

    @Override
    public Integer call() {
        if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
            throw new UserError("Sikkerhetskopien må være en .zip-fil: " + out, 2);
        }
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            throw new UserError(out + " finnes fra før og erstattes ikke. Velg et annet filnavn.", 2);
        }
        RootCommand root = WorkspaceRevokeCommand.root(spec);
        try (Workspace ws = root.openWorkspace()) {
            ws.backupTo(out.toAbsolutePath());
        } catch (IOException e) {
            if (StoreException.isDiskFull(e)) {
                throw new UserError(StoreException.DISK_FULL_MESSAGE + " til sikkerhetskopien " + out + ".", 2);
            }
            throw new UserError("Kunne ikke skrive sikkerhetskopien " + out + ": " + e.getMessage(), 2);
        }
        spec.commandLine().getOut().println("Sikkerhetskopi skrevet: " + out.toAbsolutePath());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
