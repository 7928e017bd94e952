package no.framdrift.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import no.framdrift.app.Workspace;
import no.framdrift.app.WorkspaceInfo;
import java.util.List;
import java.util.Map;
import no.framdrift.app.team.TeamService;
import no.framdrift.domain.ImportBatch;
import no.framdrift.store.ImportBatchRepository;
import no.framdrift.store.TeamRole;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code workspace init [--sample] | info | remove-sample}: creating a workspace explicitly (empty,
 * or with the example data), what a workspace holds, and removing the example data from it.
 */
@Command(name = "workspace", description = "Oppretter og viser arbeidsområdet i datamappen.",
        subcommands = {WorkspaceCommand.Init.class, WorkspaceCommand.Info.class, WorkspaceCommand.RemoveSample.class,
                WorkspaceGrantCommand.class, WorkspaceRevokeCommand.class, WorkspaceCopyCommand.class,
                WorkspaceBackupCommand.class, WorkspaceRestoreCommand.class})
public final class WorkspaceCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
            .withZone(ZoneId.systemDefault());

    @ParentCommand
    RootCommand parent;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        parent.spec.commandLine().getSubcommands().get("workspace").usage(parent.spec.commandLine().getOut());
        return 0;
    }

    /** {@code workspace init [--sample]}: a new workspace; refuses a folder that already holds one. */
    @Command(name = "init", description = "Oppretter et nytt arbeidsområde: katalogen og ingen data, "
            + "eller med --sample eksempeldataene (fiktive tall).")
    static final class Init implements Callable<Integer> {

        @ParentCommand
        WorkspaceCommand workspace;

        @Option(names = "--sample", description = "Fyll arbeidsområdet med eksempeldataene (fiktive tall, merket «Eksempeldata»).")
        boolean sample;

        @Override
        public Integer call() {
            RootCommand root = workspace.parent;
            if (RootCommand.location(root.db, root.dbUser, root.dataDir).isPresent()) {
                // a team database: created (migrated, roles installed) by its owner's first connection
                PrintWriter out = root.spec.commandLine().getOut();
                try (Workspace ws = root.openWorkspace(sample ? Workspace.Start.SAMPLE : Workspace.Start.EMPTY)) {
                    out.println("Teamdatabasen er klar: " + ws.catalogue().load().indicators().size()
                            + " indikatorer, " + ws.imports().batches().size() + " importerte partier.");
                }
                out.flush();
                return 0;
            }
            java.nio.file.Path folder = root.dataFolder();
            if (Workspace.exists(folder)) {
                throw new UserError("Datamappen " + folder.toAbsolutePath().normalize()
                        + " har allerede et arbeidsområde; se «framdrift workspace info»", 2);
            }
            PrintWriter out = workspace.parent.spec.commandLine().getOut();
            try (Workspace ws = Workspace.open(folder, sample ? Workspace.Start.SAMPLE : Workspace.Start.EMPTY)) {
                out.println((sample ? "Eksempelarbeidsområde (fiktive data) opprettet i " : "Tomt arbeidsområde (katalogen, ingen data) opprettet i ")
                        + ws.folder());
                out.println("Indikatorer: " + ws.catalogue().load().indicators().size()
                        + ", importerte partier: " + ws.imports().batches().size());
            }
            out.flush();
            return 0;
        }
    }

    /**
     * {@code workspace info}: where, schema version, who is connected, the team roles' members (on
     * PostgreSQL), every batch with who imported it and when, and every removal with who and when.
     */
    @Command(name = "info", description = "Viser arbeidsområdet, skjemaversjonen, rollene og hvem som importerte"
            + " og fjernet hvilke partier når.")
    static final class Info implements Callable<Integer> {

        @ParentCommand
        WorkspaceCommand workspace;

        @Override
        public Integer call() {
            PrintWriter out = workspace.parent.spec.commandLine().getOut();
            try (Workspace ws = workspace.parent.openWorkspace()) {
                WorkspaceInfo info = ws.info();
                out.println((info.team() ? "Teamdatabase:  " : "Datamappe:     ") + info.where());
                out.println("Skjemaversjon: " + info.schemaVersion());
                out.println("Bruker:        " + info.user() + (info.team() ? " (databasebrukeren)" : " (operativsystemets bruker)"));
                out.println("Indikatorer:   " + info.indicators());
                out.println("Eksempeldata:  " + (info.hasSample() ? "ja (partiene merket «eksempel»)" : "nei"));
                if (info.team()) {
                    Map<TeamRole, List<String>> members = new TeamService(ws).members();
                    if (members.isEmpty()) {
                        out.println("Roller:        ikke opprettet (eieren kjører «workspace init»)");
                    } else {
                        out.println("Roller:");
                        for (TeamRole r : TeamRole.values()) {
                            List<String> who = members.getOrDefault(r, List.of());
                            out.printf("  %-18s %s%n", r.roleName(), who.isEmpty() ? "(ingen)" : String.join(", ", who));
                        }
                    }
                }
                out.println("Partier:       " + info.batches().size());
                if (!info.batches().isEmpty()) {
                    String fmt = "  %-6s %-45s %-10s %12s  %-16s %-16s %s%n";
                    out.printf(fmt, "PARTI", "FIL", "TYPE", "RADER", "IMPORTERT", "AV", "EKSEMPEL");
                    for (ImportBatch b : info.batches()) {
                        out.printf(fmt, b.id(), b.fileName(), b.kind(), b.rowsImported(), WHEN.format(b.importedAt()),
                                b.importedBy() == null ? "" : b.importedBy(), b.sample() ? "eksempel" : "");
                    }
                }
                out.println("Fjernede partier: " + info.removals().size());
                if (!info.removals().isEmpty()) {
                    String fmt = "  %-6s %-45s %-10s %-16s %-16s %s%n";
                    out.printf(fmt, "PARTI", "FIL", "TYPE", "IMPORTERT", "FJERNET", "AV");
                    for (ImportBatchRepository.Removal r : info.removals()) {
                        out.printf(fmt, r.batchId(), r.fileName(), r.kind(), WHEN.format(r.importedAt()),
                                WHEN.format(r.removedAt()), r.removedBy());
                    }
                }
            }
            out.flush();
            return 0;
        }
    }

    /** {@code workspace remove-sample}: removes every example batch at once; the values are recomputed. */
    @Command(name = "remove-sample", description = "Fjerner alle eksempeldata (partiene merket «eksempel») og beregner verdiene på nytt.")
    static final class RemoveSample implements Callable<Integer> {

        @ParentCommand
        WorkspaceCommand workspace;

        @Override
        public Integer call() {
            PrintWriter out = workspace.parent.spec.commandLine().getOut();
            try (Workspace ws = workspace.parent.openWorkspace()) {
                java.util.List<Long> removed = ws.removeSample();
                out.println(removed.isEmpty() ? "Arbeidsområdet har ingen eksempeldata."
                        : "Fjernet " + removed.size() + " partier med eksempeldata (" + removed.stream()
                        .map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))
                        + "). Verdiene er beregnet på nytt.");
            }
            out.flush();
            return 0;
        }
    }
}
