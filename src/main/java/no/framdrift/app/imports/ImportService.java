package no.framdrift.app.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import no.framdrift.domain.AreaDirectory;
import no.framdrift.domain.ImportBatch;
import no.framdrift.domain.SurveyCell;
import no.framdrift.ingest.FilePreview;
import no.framdrift.ingest.ImportPass;
import no.framdrift.ingest.ImportProblem;
import no.framdrift.ingest.ImportProfile;
import no.framdrift.ingest.ImportProfiles;
import no.framdrift.ingest.MappingProposer;
import no.framdrift.ingest.Reduced;
import no.framdrift.store.ImportBatchRepository;
import no.framdrift.store.IndicatorLocks;
import no.framdrift.store.ImportProfileRepository;
import no.framdrift.store.StoredCells;
import no.framdrift.domain.Overlap;
import no.framdrift.store.RegistryValueRepository;
import no.framdrift.store.SurveyCellRepository;
import no.framdrift.store.Transactor;
import no.framdrift.store.UnitListRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Importing a file: preview → propose mapping → validate → import (one transaction, with progress
 * and cancel) → summary; the list of batches and removing one. The wizard and the command line
 * share it. Blocking calls: run them off the UI thread.
 */
public final class ImportService {

    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);
    static final int PREVIEW_ROWS = 20;

    private final Transactor tx;
    /** The area directory, read when an import first needs it (issue 16: not at every open). */
    private final Supplier<AreaDirectory> areas;
    private final Supplier<Set<String>> knownIndicators;
    private final Clock clock;
    private final ImportProfiles profiles = new ImportProfiles();
    private volatile Guard guard = Guard.NONE;

    /**
     * What surrounds an import's transaction (issue 18): the workspace takes a backup and notes the
     * import under way before it, and clears the note once the commit has returned or the import was
     * refused, so an import interrupted by a hard stop or a full disk is undone on the next open.
     */
    public interface Guard {
        Guard NONE = new Guard() {
            @Override
            public void before() {
            }

            @Override
            public void after() {
            }
        };

        void before();

        void after();
    }

    public void guardWith(Guard guard) {
        this.guard = guard;
    }

    public ImportService(Transactor tx, Supplier<AreaDirectory> areas, Supplier<Set<String>> knownIndicators, Clock clock) {
        this.tx = tx;
        this.areas = areas;
        this.knownIndicators = knownIndicators;
        this.clock = clock;
    }

    // ---- wizard steps -------------------------------------------------------------------------

    /** The first rows and the detected format (encoding, delimiter, decimal separator, sheets). */
    public FilePreview preview(Path file, ImportProfile.FileOptions overrides) {
        return FilePreview.of(file, overrides, PREVIEW_ROWS);
    }

    /** A proposed profile from the headers; the analyst completes it. */
    public ImportProfile proposeProfile(String name, List<String> headers) {
        return MappingProposer.propose(name, headers);
    }

    /**
     * The saved profiles that fit a file with these headers: every column the profile reads is
     * among the headers (case and blanks aside), by name. The wizard proposes the first of them
     * rather than a guess from the headers.
     */
    public List<ImportProfile> matchingProfiles(List<String> headers) {
        Set<String> have = new java.util.HashSet<>();
        headers.forEach(h -> have.add(h.trim().toLowerCase(java.util.Locale.ROOT)));
        List<ImportProfile> out = new ArrayList<>();
        for (String name : profileNames()) {
            try {
                savedProfile(name).ifPresent(p -> {
                    Set<String> columns = p.columns();
                    if (!columns.isEmpty() && columns.stream()
                            .allMatch(c -> have.contains(c.toLowerCase(java.util.Locale.ROOT)))) {
                        out.add(p);
                    }
                });
            } catch (ImportProfiles.ProfileException e) {
                LOG.warn("Saved import profile {} cannot be read: {}", name, e.getMessage());
            }
        }
        return out;
    }

    /** The distinct values of a column over the whole file (answers to choose from), at most {@code max}. */
    public List<String> columnValues(Path file, ImportProfile.FileOptions overrides, String column, int max) {
        return FilePreview.distinctValues(file, overrides, column, max);
    }

    /** Validates every row without writing anything. */
    public ValidationReport validate(Path file, ImportProfile profile, ImportPass.Progress progress,
                                     java.util.function.BooleanSupplier cancelled) {
        ImportPass.Options o = new ImportPass.Options(knownIndicators.get(), null, cancelled, progress, 500)
                .withObserver(no.framdrift.ingest.RowObserver.NONE);
        return report(new ImportPass(areas.get()).run(file, profile, o));
    }

    /** Earlier imports of a file with the same content (to offer replacing them). */
    public List<ImportBatch> earlierImportsOf(Path file) {
        String sha = sha256(file);
        return tx.inTransaction(dsl -> new ImportBatchRepository(dsl).findBySha256(sha));
    }

    /**
     * Imports the file in one transaction: a problem, a cancel, a failure or a crash leaves the
     * database exactly as before.
     *
     * @throws ImportRefused when problems remain (and bad rows are not skipped), the file cannot be
     *                       read, or it was imported before (and replacing was not chosen)
     * @throws no.framdrift.ingest.ImportCancelled when cancelled
     */
    public ImportSummary importFile(ImportRequest req) {
        Path file = req.file();
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new ImportRefused(ImportRefused.Reason.UNREADABLE, "Kan ikke lese filen " + file + ": " + e.getMessage(), null, null);
        }
        ImportPass.Options options = new ImportPass.Options(knownIndicators.get(), req.observer(), req.cancelled(),
                req.progress(), 200);
        Guard g = guard;
        g.before();
        ImportSummary summary;
        try {
            summary = store(req, file, size, options);
        } catch (RuntimeException e) {
            if (no.framdrift.store.StoreException.isDiskFull(e)) {
                // the engine may have written part of it: the note stays, and the next open undoes the import
                LOG.warn("Import failed: the disk is full");
                throw new no.framdrift.store.StoreException(no.framdrift.store.StoreException.Reason.DISK_FULL,
                        no.framdrift.store.StoreException.DISK_FULL_MESSAGE + ". Importen er ikke lagret, og datamappen "
                                + "settes tilbake til slik den var før importen neste gang den åpnes. Frigjør plass og "
                                + "prøv igjen.", e);
            }
            g.after();
            throw e;
        }
        g.after();
        // counts only: never row contents
        LOG.info("Imported batch {} ({} rows read, {} imported, {} skipped, {} reduced rows)", summary.batchId(),
                summary.rowsRead(), summary.rowsImported(), summary.rowsSkipped(), summary.storedRows());
        return summary;
    }

    private ImportSummary store(ImportRequest req, Path file, long size, ImportPass.Options options) {
        return tx.inTransaction(dsl -> {
            ImportBatchRepository batches = new ImportBatchRepository(dsl);
            Reduced reduced = new ImportPass(areas.get()).run(file, req.profile(), options);
            // one import per indicator at a time, in the database: a second import of overlapping cells
            // (another team member's) waits here, then finds the first one's cells and is refused
            IndicatorLocks.lock(dsl, indicatorsOf(reduced));
            ValidationReport report = report(reduced);
            if (report.fatal() || reduced.rowsImported() == 0) {
                throw new ImportRefused(ImportRefused.Reason.UNREADABLE, "Filen kan ikke importeres: "
                        + firstProblem(report), report, null);
            }
            if (!report.ok() && !req.skipBadRows()) {
                throw new ImportRefused(ImportRefused.Reason.PROBLEMS, report.badRows() + " rader har feil ("
                        + report.problemCount() + " problemer). Rett filen eller velg å hoppe over feilrader. Første: "
                        + firstProblem(report), report, null);
            }
            // a CSV's digest was taken while it was read; Excel and JSON-stat are read by parts
            String hash = reduced.sha256() != null ? reduced.sha256() : sha256(file);
            List<ImportBatch> earlier = batches.findBySha256(hash);
            if (!earlier.isEmpty() && !req.replaceEarlier()) {
                ImportBatch e = earlier.get(earlier.size() - 1);
                throw new ImportRefused(ImportRefused.Reason.ALREADY_IMPORTED, "Filen er importert før (parti " + e.id()
                        + ", " + e.fileName() + "). Velg «erstatt» for å erstatte det tidligere partiet.", report, e);
            }
            List<Long> replaced = new ArrayList<>();
            for (ImportBatch e : earlier) {
                batches.delete(e.id());
                replaced.add(e.id());
            }
            // the overlap rule: nothing is pooled silently; refused, or the older cells go first
            StoredCells stored = new StoredCells(dsl);
            OverlapCheck.Found overlap = OverlapCheck.find(reduced, stored,
                    id -> batches.find(id).orElseThrow(() -> new IllegalStateException("batch " + id)));
            if (!overlap.isEmpty() && !req.replaceOverlap()) {
                throw new ImportRefused(ImportRefused.Reason.OVERLAP, overlapMessage(overlap.overlaps()), report, null,
                        overlap.overlaps());
            }
            int replacedCells = overlap.overlaps().size();
            if (!overlap.isEmpty()) {
                stored.removeSurvey(overlap.survey());
                stored.clearRegistry(overlap.registry());
                stored.removeUnits(overlap.units());
                replaced.addAll(stored.removeEmptyBatches(overlap.batchIds()));
            }
            // the batch row only once the file is accepted: a refused import uses up no batch number
            long batchId = batches.insert(new ImportBatch(0, req.profile().kind(), file.getFileName().toString(), size,
                    hash, truncate(reduced.format(), 300), req.profile().name(), clock.instant(), reduced.rowsRead(),
                    reduced.rowsImported(), reduced.rowsSkipped(), req.sample()));
            new SurveyCellRepository(dsl).insertAll(batchId, reduced.surveyCells());
            new RegistryValueRepository(dsl).insertAll(batchId, reduced.registryValues());
            new UnitListRepository(dsl).insertAll(batchId, reduced.unitEntries());
            new no.framdrift.store.BatchIntegrity(dsl).record(batchId);
            return new ImportSummary(batchId, file.getFileName().toString(), reduced.format(), reduced.rowsRead(),
                    reduced.rowsImported(), reduced.rowsSkipped(), reduced.storedRowCount(), replaced, replacedCells,
                    fedIndicators(reduced), reduced.problems().notes(), fedPeriods(reduced));
        });
    }

    /** "Filen overlapper 3 celler som er lagret fra før …": the refusal's first line; the list follows. */
    static String overlapMessage(List<Overlap> overlaps) {
        java.util.Set<Long> ids = new java.util.TreeSet<>();
        overlaps.forEach(o -> ids.add(o.batch().id()));
        return "Filen overlapper " + overlaps.size() + (overlaps.size() == 1 ? " celle" : " celler")
                + " som allerede er lagret fra " + (ids.size() == 1 ? "parti " : "partiene ")
                + ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))
                + ". Data slås aldri sammen: velg å erstatte de overlappende cellene i de eldre partiene, eller rett filen.";
    }

    private static Set<String> indicatorsOf(Reduced reduced) {
        return new java.util.TreeSet<>(fedIndicators(reduced));
    }

    /** Indicator → the periods the new batch holds for it, in order. */
    private static java.util.Map<String, List<no.framdrift.domain.Period>> fedPeriods(Reduced reduced) {
        java.util.Map<String, java.util.SortedSet<no.framdrift.domain.Period>> out = new java.util.TreeMap<>();
        java.util.function.BiConsumer<String, no.framdrift.domain.Period> add = (code, period) ->
                out.computeIfAbsent(code, c -> new java.util.TreeSet<>()).add(period);
        SurveyCell previous = null;
        for (SurveyCell c : reduced.surveyCells()) {
            // a background cell's answers come one after another: one look-up for them
            if (previous == null || previous.year() != c.year() || !previous.indicatorCode().equals(c.indicatorCode())) {
                add.accept(c.indicatorCode(), no.framdrift.domain.Period.year(c.year()));
                previous = c;
            }
        }
        reduced.registryValues().forEach(v -> add.accept(v.indicatorCode(), v.period()));
        reduced.unitEntries().forEach(u -> add.accept(u.indicatorCode(), u.period()));
        java.util.Map<String, List<no.framdrift.domain.Period>> lists = new java.util.TreeMap<>();
        out.forEach((k, v) -> lists.put(k, List.copyOf(v)));
        return lists;
    }

    // ---- batches and profiles -----------------------------------------------------------------

    /** Example batches' numbers. */
    public java.util.Set<Long> sampleBatchIds() {
        return tx.inTransaction(dsl -> new ImportBatchRepository(dsl).sampleIds());
    }

    /** Removes every example batch at once (in one transaction); returns their numbers. */
    public List<Long> removeSampleBatches() {
        return tx.inTransaction(dsl -> {
            ImportBatchRepository repo = new ImportBatchRepository(dsl);
            List<Long> removed = new ArrayList<>();
            for (long id : repo.sampleIds()) {
                if (repo.delete(id)) {
                    removed.add(id);
                }
            }
            return removed;
        });
    }

    public List<ImportBatch> batches() {
        return tx.inTransaction(dsl -> new ImportBatchRepository(dsl).list());
    }

    /** Removes a batch and every row it brought; false if there is no such batch. */
    public boolean removeBatch(long batchId) {
        return tx.inTransaction(dsl -> new ImportBatchRepository(dsl).delete(batchId));
    }

    /** Removed batches (file, who removed it and when), newest first. */
    public List<ImportBatchRepository.Removal> removals() {
        return tx.inTransaction(dsl -> new ImportBatchRepository(dsl).removals());
    }

    public void saveProfile(ImportProfile profile) {
        List<no.framdrift.domain.Message> problems = ImportProfiles.problems(profile);
        if (!problems.isEmpty()) {
            // the window offers "save" only for a profile without problems; this guards the command line and tests
            throw new IllegalArgumentException("Profilen kan ikke lagres: "
                    + String.join("; ", problems.stream().map(no.framdrift.domain.Message::norwegian).toList()));
        }
        String json = profiles.toJson(profile);
        tx.run(dsl -> new ImportProfileRepository(dsl).save(profile.name(), profile.kind().name(), json, clock.instant()));
    }

    public List<String> profileNames() {
        return tx.inTransaction(dsl -> new ImportProfileRepository(dsl).list().stream()
                .map(ImportProfileRepository.SavedProfile::name).toList());
    }

    /** A saved profile by name. */
    public Optional<ImportProfile> savedProfile(String name) throws ImportProfiles.ProfileException {
        Optional<ImportProfileRepository.SavedProfile> saved = tx.inTransaction(dsl -> new ImportProfileRepository(dsl).find(name));
        if (saved.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(profiles.fromJson(saved.get().json(), name));
    }

    /** A profile given as a path to a JSON file, or as the name of a saved profile. */
    public ImportProfile loadProfile(String nameOrPath) throws ImportProfiles.ProfileException {
        Path p = Path.of(nameOrPath);
        if (Files.isRegularFile(p)) {
            return profiles.read(p);
        }
        if (Files.isDirectory(p)) {
            throw new ImportProfiles.ProfileException(no.framdrift.domain.Message.of("profile.error.folder", nameOrPath), null);
        }
        return savedProfile(nameOrPath).orElseThrow(() -> new ImportProfiles.ProfileException(
                no.framdrift.domain.Message.of("profile.error.notFound", nameOrPath, String.join(", ", profileNames())), null));
    }

    public ImportProfile readProfile(InputStream in, String source) throws ImportProfiles.ProfileException {
        return profiles.read(in, source);
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** The indicators a batch's rows belong to. */
    private static Set<String> fedIndicators(Reduced reduced) {
        Set<String> codes = new java.util.TreeSet<>();
        String previous = null;
        for (SurveyCell c : reduced.surveyCells()) {
            if (!c.indicatorCode().equals(previous)) {
                previous = c.indicatorCode();
                codes.add(previous);
            }
        }
        reduced.registryValues().forEach(v -> codes.add(v.indicatorCode()));
        reduced.unitEntries().forEach(e -> codes.add(e.indicatorCode()));
        return Set.copyOf(codes);
    }

    private static ValidationReport report(Reduced r) {
        return new ValidationReport(r.format(), r.rowsRead(), r.problems().badRows(), r.problems().problems(),
                r.problems().count(), r.problems().fatal());
    }

    private static String firstProblem(ValidationReport report) {
        List<ImportProblem> p = report.problems();
        return p.isEmpty() ? "filen har ingen gyldige rader" : p.get(0).describe();
    }

    private static String truncate(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
    }

    /** SHA-256 of the file's bytes, in hex. */
    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
