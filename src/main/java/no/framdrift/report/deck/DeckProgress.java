package no.framdrift.report.deck;

import java.util.concurrent.CancellationException;

/**
 * Told each step of building a deck (an indicator's values read, a slide drawn), so a window can
 * show a progress bar with what is being done and stop the work: a listener that wants the export
 * stopped throws {@link CancellationException}, and nothing is written.
 */
@FunctionalInterface
public interface DeckProgress {

    /** No one is listening. */
    DeckProgress NONE = (done, total, what) -> { };

    /**
     * @param done  steps finished so far
     * @param total all steps
     * @param what  what the step is doing, in Norwegian ("Lysbilde 9: Pasientens legemiddelliste")
     * @throws CancellationException to stop the export
     */
    void step(int done, int total, String what);
}
