package no.framdrift.app.imports;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import no.framdrift.ingest.ImportPass;
import no.framdrift.ingest.ImportProfile;
import no.framdrift.ingest.RowObserver;

/**
 * One import to run.
 *
 * @param skipBadRows    import the good rows and skip the bad ones (otherwise any problem refuses the import)
 * @param replaceEarlier an earlier import of the same file (same SHA-256) is removed in the same transaction
 * @param replaceOverlap the stored cells this file meets (the overlap rule) are removed from the older
 *                       batches in the same transaction; otherwise an overlap refuses the import
 * @param sample         the file is example data: its batch is flagged, and what is drawn from it says so
 * @param cancelled      polled while reading; true cancels (nothing is written)
 * @param observer       told about every row before it is reduced (tests inject failures here)
 */
public record ImportRequest(Path file, ImportProfile profile, boolean skipBadRows, boolean replaceEarlier,
                            boolean replaceOverlap, boolean sample, ImportPass.Progress progress,
                            BooleanSupplier cancelled, RowObserver observer) {

    public ImportRequest {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(profile, "profile");
        progress = progress == null ? ImportPass.Progress.NONE : progress;
        cancelled = cancelled == null ? () -> false : cancelled;
        observer = observer == null ? RowObserver.NONE : observer;
    }

    public static ImportRequest of(Path file, ImportProfile profile) {
        return new ImportRequest(file, profile, false, false, false, false, null, null, null);
    }

    public ImportRequest skippingBadRows(boolean skip) {
        return new ImportRequest(file, profile, skip, replaceEarlier, replaceOverlap, sample, progress, cancelled, observer);
    }

    public ImportRequest replacing(boolean replace) {
        return new ImportRequest(file, profile, skipBadRows, replace, replaceOverlap, sample, progress, cancelled, observer);
    }

    public ImportRequest replacingOverlap(boolean replace) {
        return new ImportRequest(file, profile, skipBadRows, replaceEarlier, replace, sample, progress, cancelled, observer);
    }

    public ImportRequest asSample(boolean isSample) {
        return new ImportRequest(file, profile, skipBadRows, replaceEarlier, replaceOverlap, isSample, progress, cancelled,
                observer);
    }

    public ImportRequest withProgress(ImportPass.Progress p, BooleanSupplier isCancelled) {
        return new ImportRequest(file, profile, skipBadRows, replaceEarlier, replaceOverlap, sample, p, isCancelled,
                observer);
    }

    public ImportRequest observedBy(RowObserver o) {
        return new ImportRequest(file, profile, skipBadRows, replaceEarlier, replaceOverlap, sample, progress, cancelled, o);
    }
}
