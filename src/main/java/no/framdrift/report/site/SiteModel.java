package no.framdrift.report.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import no.framdrift.domain.Frequency;
import no.framdrift.domain.IndicatorValue;
import no.framdrift.domain.Status;
import no.framdrift.domain.Unit;
import no.framdrift.report.chart.ChartSpec;

/**
 * Everything the published website shows, computed by the app's use cases before a page is
 * written (the overview's tiles, the values of {@code values CODE}, the chart spec of the
 * exports), so the site never computes a number of its own.
 *
 * @param title            the site's title ("Oversikt over indikatorer")
 * @param published        the publication date shown on every page
 * @param catalogueVersion the catalogue version shown on every page
 * @param sample           built from example data: every page carries the banner
 * @param goals            goal areas in catalogue order with the tiles of published indicators
 * @param reporting        reporting status per goal (all indicators of the catalogue)
 * @param pages            one page per published indicator
 * @param future           the proposed future indicators
 * @param dataZip          file name of the open-data zip in {@code data/}, or null when not written
 */
public record SiteModel(
        String title,
        LocalDate published,
        String catalogueVersion,
        boolean sample,
        List<Goal> goals,
        List<Reporting> reporting,
        List<Page> pages,
        List<Future> future,
        String dataZip) {

    public SiteModel {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        catalogueVersion = catalogueVersion == null ? "" : catalogueVersion;
        goals = goals == null ? List.of() : List.copyOf(goals);
        reporting = reporting == null ? List.of() : List.copyOf(reporting);
        pages = pages == null ? List.of() : List.copyOf(pages);
        future = future == null ? List.of() : List.copyOf(future);
    }

    /** A goal area: "Mål 2: Enklere arbeidshverdag" or an overarching goal. */
    public record Goal(String code, String title, boolean overarching, List<Tile> tiles) {
        public Goal {
            tiles = tiles == null ? List.of() : List.copyOf(tiles);
        }
    }

    /**
     * One indicator on the front page, as the overview shows it.
     *
     * @param value    the latest national value formatted ("12,1 %", "244"), ":" when suppressed,
     *                 null when there is none
     * @param period   the latest period's label ("okt.25"), or null
     * @param change   the change since the previous period, or null
     * @param progress the progress status's name (ON_TRACK, AT_RISK, OFF_TRACK, AMBITION_NOT_SET, NO_DATA)
     * @param page     whether the indicator has a page of its own
     */
    public record Tile(String code, String name, Status status, String value, String period, Change change,
                       String progress, List<Tile> parts, boolean page) {
        public Tile {
            parts = parts == null ? List.of() : List.copyOf(parts);
        }
    }

    /**
     * A tile's change since the previous period.
     *
     * @param amount     the signed amount as written ("+7", "−1,5")
     * @param points     percentage points (shares) rather than per cent (counts)
     * @param from       label of the previous period
     * @param direction  UP, DOWN or UNCHANGED
     * @param tested     whether the z test was done
     * @param outside    outside the margin of error
     * @param comparable false across a series break
     */
    public record Change(String amount, boolean points, String from, String direction, boolean tested,
                         boolean outside, boolean comparable) {
    }

    /** How many indicators of a goal are Klar, Under arbeid and Avvent, and how many are published. */
    public record Reporting(String goalTitle, int ready, int inProgress, int waiting, int published) {
        public int total() {
            return ready + inProgress + waiting;
        }
    }

    /** A proposed future indicator. */
    public record Future(String code, String goalTitle, String name, String description) {
    }

    /** A link to another indicator's page (a composite's parts, a part's composite). */
    public record Link(String code, String name, boolean page) {
    }

    /**
     * One indicator's page.
     *
     * @param values           the rows of {@code values CODE}, in that order
     * @param csv              the indicator's CSV, byte for byte {@code values CODE --format csv}
     * @param metadataJson     the indicator's definition as JSON
     * @param chart            the chart spec of the exports, or null when there are no values to draw
     * @param assessmentPeriod "Q3 2025" of the latest assessment, or null
     */
    public record Page(String code, String name, String goalTitle, Link composite, List<Link> parts,
                       String measures, String about, List<String> sources, Frequency frequency, Status status,
                       Unit unit, int decimals, String ambition, String progress, String assessmentPeriod,
                       String assessmentText, ChartSpec chart, List<IndicatorValue> values, List<String> breaks,
                       List<String> notes, String csv, String metadataJson) {
        public Page {
            Objects.requireNonNull(code, "code");
            parts = parts == null ? List.of() : List.copyOf(parts);
            sources = sources == null ? List.of() : List.copyOf(sources);
            values = values == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(values));
            breaks = breaks == null ? List.of() : List.copyOf(breaks);
            notes = notes == null ? List.of() : List.copyOf(notes);
        }
    }
}
