package no.framdrift.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import no.framdrift.app.imports.ImportRefused;
import no.framdrift.app.imports.ImportRequest;
import no.framdrift.app.imports.ImportSummary;
import no.framdrift.app.Workspace;
import no.framdrift.domain.Overlap;
import no.framdrift.ingest.ImportProblem;
import no.framdrift.ingest.ImportProfile;
import no.framdrift.ingest.ImportProfiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code import FILE --profile NAME|PATH [--skip-bad-rows] [--replace] [--replace-overlap]}. */
@Command(name = "import", description = "Importerer en fil (CSV, Excel eller JSON-stat) med en importprofil.")
final class ImportCommand implements Callable<Integer> {

    static final int SHOWN_PROBLEMS = 20;
    static final int SHOWN_OVERLAPS = 50;

    @ParentCommand
    RootCommand parent;

    @Parameters(index = "0", paramLabel = "FIL", description = "Filen som skal importeres.")
    Path file;

    @Option(names = "--profile", required = true, paramLabel = "NAVN|STI",
            description = "Navnet på en lagret importprofil, eller stien til en profil i JSON.")
    String profile;

    @Option(names = "--skip-bad-rows", description = "Importer de gode radene og hopp over rader med feil.")
    boolean skipBadRows;

    @Option(names = "--replace", description = "Erstatt en tidligere import av samme fil.")
    boolean replace;

    @Option(names = "--replace-overlap", description = "Erstatt cellene som filen overlapper i eldre partier "
            + "(samme indikator, spørsmål og år, eller indikator, periode og område). Uten dette avvises en overlappende import.")
    boolean replaceOverlap;

    @Option(names = "--save-profile", description = "Lagre profilen (fra fil) under sitt navn i datamappen.")
    boolean saveProfile;

    @Override
    public Integer call() {
        PrintWriter out = parent.spec.commandLine().getOut();
        PrintWriter err = parent.spec.commandLine().getErr();
        if (Files.isDirectory(file)) {
            throw new UserError(file + " er en mappe, ikke en fil", 2);
        }
        if (!Files.isRegularFile(file)) {
            throw new UserError("Fant ikke filen " + file, 2);
        }
        try (Workspace ws = parent.openWorkspace()) {
            ImportProfile p;
            try {
                p = ws.imports().loadProfile(profile);
            } catch (ImportProfiles.ProfileException e) {
                throw new UserError(e.getMessage(), 2);
            }
            try {
                ImportSummary s = ws.imports().importFile(ImportRequest.of(file, p).skippingBadRows(skipBadRows).replacing(replace)
                        .replacingOverlap(replaceOverlap));
                if (saveProfile) { // only with a successful import: a refused one leaves the folder as it was
                    ws.imports().saveProfile(p);
                }
                out.println("Importert: " + s.fileName() + " (" + s.format() + ")");
                out.println("Lest:       " + s.rowsRead() + " rader");
                out.println("Importert:  " + s.rowsImported() + " rader");
                out.println("Hoppet over: " + s.rowsSkipped() + " rader");
                out.println("Parti:      " + s.batchId() + (s.replacedBatches().isEmpty() ? "" : " (erstatter parti "
                        + s.replacedBatches() + ")"));
                if (s.replacedCells() > 0) {
                    out.println("Overlapp:   erstatter " + s.replacedCells() + " celler i eldre partier");
                }
                // the batch is stored for good once this line shows (a synchronous commit)
                out.flush();
                // the stored values follow the data, as in the window
                ws.recomputeAfter(s);
                for (no.framdrift.domain.Message note : s.notes()) {
                    out.println("Merknad:    " + note.norwegian());
                }
                out.println("Verdiene er beregnet på nytt.");
                out.flush();
                return 0;
            } catch (ImportRefused r) {
                err.println("Feil: " + firstLine(r));
                List<ImportProblem> problems = r.problems();
                for (ImportProblem pr : problems.subList(0, Math.min(SHOWN_PROBLEMS, problems.size()))) {
                    err.println("  " + pr.describe());
                }
                r.report().ifPresent(rep -> {
                    if (rep.problemCount() > SHOWN_PROBLEMS) {
                        err.println("  … og " + (rep.problemCount() - SHOWN_PROBLEMS) + " problemer til");
                    }
                    if (r.reason() == ImportRefused.Reason.PROBLEMS) {
                        err.println("Ingenting er lagret. " + rep.badRows() + " av " + rep.rowsRead()
                                + " rader har feil; bruk --skip-bad-rows for å importere resten.");
                    }
                });
                if (r.reason() == ImportRefused.Reason.ALREADY_IMPORTED) {
                    err.println("Ingenting er lagret. Bruk --replace for å erstatte det tidligere partiet.");
                }
                if (r.reason() == ImportRefused.Reason.OVERLAP) {
                    List<Overlap> overlaps = r.overlaps();
                    for (Overlap o : overlaps.subList(0, Math.min(SHOWN_OVERLAPS, overlaps.size()))) {
                        err.println("  " + o.describe());
                    }
                    if (overlaps.size() > SHOWN_OVERLAPS) {
                        err.println("  … og " + (overlaps.size() - SHOWN_OVERLAPS) + " overlappende celler til");
                    }
                    err.println("Ingenting er lagret. Bruk --replace-overlap for å erstatte disse cellene i de eldre partiene.");
                }
                err.flush();
                return switch (r.reason()) {
                    case ALREADY_IMPORTED -> 5;
                    case OVERLAP -> 6;
                    case PROBLEMS, UNREADABLE -> 4;
                };
            }
        }
    }

    private static String firstLine(ImportRefused r) {
        return switch (r.reason()) {
            case PROBLEMS -> "Importen ble avvist fordi filen har feil.";
            case UNREADABLE -> "Filen kan ikke importeres.";
            case ALREADY_IMPORTED, OVERLAP -> r.getMessage();
        };
    }
}
