package no.framdrift.app.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import no.framdrift.domain.Assessment;
import no.framdrift.domain.Catalogue;
import no.framdrift.domain.FutureIndicator;
import no.framdrift.domain.GoalArea;
import no.framdrift.domain.Indicator;
import no.framdrift.domain.IndicatorChange;
import no.framdrift.domain.IndicatorRules;
import no.framdrift.domain.ValidationProblem;
import no.framdrift.ingest.CatalogueJson;
import no.framdrift.store.AssessmentRepository;
import no.framdrift.store.CatalogueRepository;
import no.framdrift.store.HistoryRepository;
import no.framdrift.store.Transactor;

/** The steward's use cases on the catalogue: read, validate and save with history, export and merge. */
public final class CatalogueService {

    private final Transactor tx;
    private final CatalogueJson json;
    private final Clock clock;

    public CatalogueService(Transactor tx, CatalogueJson json) {
        this(tx, json, Clock.systemUTC());
    }

    public CatalogueService(Transactor tx, CatalogueJson json, Clock clock) {
        this.tx = tx;
        this.json = json;
        this.clock = clock;
    }

    public Catalogue load() {
        return tx.inTransaction(dsl -> new CatalogueRepository(dsl).load());
    }

    /**
     * Result of a save: the problems found (nothing saved), someone else's save since the edit began
     * (nothing saved), or the changes recorded.
     */
    public record SaveResult(List<ValidationProblem> problems, List<IndicatorChange> changes, Optional<Conflict> conflict) {
        public SaveResult(List<ValidationProblem> problems, List<IndicatorChange> changes) {
            this(problems, changes, Optional.empty());
        }

        public boolean saved() {
            return problems.isEmpty() && conflict.isEmpty();
        }
    }

    /** One field both people changed differently: its value as the other person saved it, and the editor's. */
    public record FieldConflict(String field, String theirs, String yours) {
    }

    /**
     * Another save of the same indicator landed after this edit began (optimistic locking): who, the
     * version now stored (save again with it to overwrite), their indicator and the fields that differ.
     */
    public record Conflict(String savedBy, Instant savedAt, long currentVersion, Indicator theirs,
                           List<FieldConflict> fields) {
    }

    /** Saves without checking the version (one person; imports of a catalogue file). */
    public static final long ANY_VERSION = -1;

    /** The indicator's stored version, to pass back to {@link #save(Indicator, String, long)}; 0 for a new one. */
    public long version(String code) {
        return tx.inTransaction(dsl -> new CatalogueRepository(dsl).stamp(code).map(CatalogueRepository.Stamp::version)
                .orElse(0L));
    }

    /**
     * Validates and saves an edited indicator in one transaction, recording each changed field in
     * the history. Nothing is written when a rule is broken.
     */
    public SaveResult save(Indicator edited, String originalCode) {
        return save(edited, originalCode, ANY_VERSION);
    }

    /**
     * As {@link #save(Indicator, String)}, but refused with a {@link Conflict} when someone saved the
     * indicator after {@code expectedVersion} was read ({@link #version(String)}): never overwrites
     * another person's change unseen. {@link #ANY_VERSION} saves regardless.
     */
    public SaveResult save(Indicator edited, String originalCode, long expectedVersion) {
        return tx.inTransaction(dsl -> {
            CatalogueRepository repo = new CatalogueRepository(dsl);
            Optional<CatalogueRepository.Stamp> stamp = originalCode == null ? Optional.empty() : repo.lockStamp(originalCode);
            Catalogue current = repo.load();
            if (expectedVersion != ANY_VERSION && stamp.isPresent() && stamp.get().version() != expectedVersion) {
                Indicator theirs = current.indicator(originalCode).orElseThrow();
                List<FieldConflict> fields = new ArrayList<>();
                Map<String, String> their = theirs.fields();
                for (Map.Entry<String, String> e : edited.fields().entrySet()) {
                    String t = their.get(e.getKey());
                    if (!Objects.equals(blankToNull(t), blankToNull(e.getValue()))) {
                        fields.add(new FieldConflict(e.getKey(), t, e.getValue()));
                    }
                }
                return new SaveResult(List.of(), List.of(), Optional.of(new Conflict(stamp.get().updatedBy(),
                        stamp.get().updatedAt(), stamp.get().version(), theirs, fields)));
            }
            List<ValidationProblem> problems = IndicatorRules.validate(edited, originalCode, current);
            if (!problems.isEmpty()) {
                return new SaveResult(problems, List.of());
            }
            if (originalCode != null && !originalCode.equals(edited.code())) {
                return new SaveResult(List.of(new ValidationProblem("code", "validation.code.immutable",
                        "Koden til en lagret indikator kan ikke endres.")), List.of());
            }
            Optional<Indicator> before = current.indicator(edited.code());
            List<IndicatorChange> changes = diff(before.orElse(null), edited, clock.instant());
            if (before.isPresent() && changes.isEmpty()) {
                return new SaveResult(List.of(), List.of());
            }
            repo.save(edited);
            new HistoryRepository(dsl).record(changes);
            return new SaveResult(List.of(), changes);
        });
    }

    static List<IndicatorChange> diff(Indicator before, Indicator after, Instant at) {
        List<IndicatorChange> changes = new ArrayList<>();
        if (before == null) {
            changes.add(new IndicatorChange(after.code(), at, "created", null, after.name()));
            return changes;
        }
        Map<String, String> old = before.fields();
        for (Map.Entry<String, String> e : after.fields().entrySet()) {
            String was = old.get(e.getKey());
            if (!Objects.equals(blankToNull(was), blankToNull(e.getValue()))) {
                changes.add(new IndicatorChange(after.code(), at, e.getKey(), was, e.getValue()));
            }
        }
        return changes;
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    public List<IndicatorChange> history(String code) {
        return tx.inTransaction(dsl -> new HistoryRepository(dsl).history(code));
    }

    public List<Assessment> assessments(String code) {
        return tx.inTransaction(dsl -> new AssessmentRepository(dsl).list(code));
    }

    public Assessment saveAssessment(String code, String period, String text) {
        Assessment a = new Assessment(code, period, text, clock.instant());
        tx.run(dsl -> new AssessmentRepository(dsl).save(a));
        return a;
    }

    public void deleteAssessment(String code, String period) {
        tx.run(dsl -> new AssessmentRepository(dsl).delete(code, period));
    }

    public void exportJson(Path file) throws IOException {
        Catalogue c = load();
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            json.write(c, out);
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** What importing a catalogue file would change, before anything is written. */
    public CatalogueMerge previewImport(Path file) throws IOException, CatalogueJson.CatalogueFormatException {
        Catalogue incoming;
        try (InputStream in = Files.newInputStream(file)) {
            incoming = json.read(in);
        }
        return CatalogueMerge.between(load(), incoming, clock.instant());
    }

    /** Applies a previewed merge in one transaction (all or nothing), recording history. */
    public void applyImport(CatalogueMerge merge) {
        tx.run(dsl -> {
            CatalogueRepository repo = new CatalogueRepository(dsl);
            for (GoalArea g : merge.incoming().goals()) {
                repo.saveGoal(g);
            }
            List<IndicatorChange> all = new ArrayList<>();
            // parents first, so parts refer to an existing composite
            for (Indicator i : merge.changedOrNew()) {
                repo.save(i);
                all.addAll(merge.changesFor(i.code()));
            }
            for (FutureIndicator f : merge.incoming().futureIndicators()) {
                repo.saveFuture(f);
            }
            new HistoryRepository(dsl).record(all);
        });
    }
}
