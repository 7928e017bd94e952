package no.framdrift.app.imports;

import java.util.List;
import java.util.Optional;
import no.framdrift.domain.ImportBatch;
import no.framdrift.domain.Overlap;
import no.framdrift.ingest.ImportProblem;

/** The import was refused and nothing was written: problems remain, or the file was imported before. */
public final class ImportRefused extends RuntimeException {

    /** Why. */
    public enum Reason {
        /** Rows have problems and skipping bad rows was not chosen. */
        PROBLEMS,
        /** The file cannot be imported at all (missing column, unreadable, empty). */
        UNREADABLE,
        /** The same file (SHA-256) is already imported; import again with replace to replace it. */
        ALREADY_IMPORTED,
        /**
         * The file meets cells that other batches hold (the overlap rule); import again replacing the
         * overlap to remove those cells from them.
         */
        OVERLAP
    }

    private final Reason reason;
    private final transient ValidationReport report;
    private final transient ImportBatch earlier;
    private final transient List<Overlap> overlaps;

    ImportRefused(Reason reason, String message, ValidationReport report, ImportBatch earlier) {
        this(reason, message, report, earlier, List.of());
    }

    ImportRefused(Reason reason, String message, ValidationReport report, ImportBatch earlier, List<Overlap> overlaps) {
        super(message);
        this.reason = reason;
        this.report = report;
        this.earlier = earlier;
        this.overlaps = List.copyOf(overlaps);
    }

    /** The stored cells the file meets, for {@link Reason#OVERLAP}: indicator, period, place and batch. */
    public List<Overlap> overlaps() {
        return overlaps;
    }

    public Reason reason() {
        return reason;
    }

    /** The problems found (empty for {@link Reason#ALREADY_IMPORTED}). */
    public List<ImportProblem> problems() {
        return report == null ? List.of() : report.problems();
    }

    public Optional<ValidationReport> report() {
        return Optional.ofNullable(report);
    }

    /** The earlier batch of the same file, for {@link Reason#ALREADY_IMPORTED}. */
    public Optional<ImportBatch> earlier() {
        return Optional.ofNullable(earlier);
    }
}
