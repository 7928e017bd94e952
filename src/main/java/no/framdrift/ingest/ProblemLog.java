package no.framdrift.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems found while reading a file: all are counted, the first {@code limit} kept to show.
 * A row with at least one problem is a bad row (skipped when the analyst chooses to).
 */
public final class ProblemLog {

    private final int limit;
    private final List<ImportProblem> kept = new ArrayList<>();
    private long count;
    private long badRows;
    private boolean fatal;
    private final java.util.Set<no.framdrift.domain.Message> notes = new java.util.LinkedHashSet<>();

    public ProblemLog(int limit) {
        this.limit = limit;
    }

    void add(ImportProblem p) {
        count++;
        if (kept.size() < limit) {
            kept.add(p);
        }
    }

    /** A problem no skipping can fix (missing column, unreadable file). */
    void addFatal(ImportProblem p) {
        fatal = true;
        add(p);
    }

    void badRow() {
        badRows++;
    }

    public List<ImportProblem> problems() {
        return List.copyOf(kept);
    }

    public long count() {
        return count;
    }

    public long badRows() {
        return badRows;
    }

    public boolean fatal() {
        return fatal;
    }

    /** Something the analyst should know that is no problem, e.g. an old area code moved onto its 2024 area (each once). */
    void note(no.framdrift.domain.Message note) {
        notes.add(note);
    }

    public List<no.framdrift.domain.Message> notes() {
        return List.copyOf(notes);
    }

    public boolean isEmpty() {
        return count == 0;
    }
}
