package no.framdrift.app.overview;

import java.time.LocalDate;

/**
 * Builds the overview. Called off the JavaFX thread; the view only shows what it returns.
 */
public interface OverviewService {

    /** The overview as of {@code today} (which decides what is due). */
    Overview load(LocalDate today);
}
