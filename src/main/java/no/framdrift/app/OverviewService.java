package no.framdrift.app;

import java.time.LocalDate;

/**
 * Builds the overview. Called off the JavaFX thread; the view only shows what it returns.
 */
public interface OverviewService {

    /** The overview as of {@code today} (which decides what is due). */
    Overview load(LocalDate today);
}
