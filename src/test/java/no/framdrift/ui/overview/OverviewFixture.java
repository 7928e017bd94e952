package no.framdrift.ui.overview;

import java.time.LocalDate;
import java.util.List;
import no.framdrift.app.overview.DueForUpdate;
import no.framdrift.app.overview.Overview;
import no.framdrift.app.overview.OverviewSection;
import no.framdrift.app.overview.OverviewTile;
import no.framdrift.app.overview.TileChange;
import no.framdrift.domain.Frequency;
import no.framdrift.domain.GoalArea;
import no.framdrift.domain.GoalKind;
import no.framdrift.domain.IndicatorKind;
import no.framdrift.domain.Period;
import no.framdrift.domain.Status;
import no.framdrift.domain.Unit;
import no.framdrift.stats.Change;
import no.framdrift.stats.ProgressStatus;

/**
 * A fixed overview with known values, as the seed deck states them: PLL 1,5 % in okt.25, EPJ
 * kvalitet 52 % in 2024 (up 7 points from 2023, outside the margin of error), Helsedata 244
 * applications in the first half of 2025, and a composite under work without data. The due list
 * is computed by the real {@link DueForUpdate} from the tiles' latest periods.
 */
final class OverviewFixture {

    static final LocalDate TODAY = LocalDate.of(2026, 2, 10);

    static final GoalArea KVALITET = new GoalArea("KVALITET", "Kvalitet og sammenheng i tjenestene", GoalKind.OVERARCHING, null);
    static final GoalArea MAL2 = new GoalArea("MAL2", "Enklere arbeidshverdag", GoalKind.STRATEGIC, 2);
    static final GoalArea MAL3 = new GoalArea("MAL3", "Helsedata til fornying og forbedring", GoalKind.STRATEGIC, 3);

    static final OverviewTile PLL = new OverviewTile("PLL", "Pasientens legemiddelliste", "KVALITET", Status.KLAR,
            IndicatorKind.REGISTRY_SHARE, Unit.PERCENT, 1, true, 0.015, Period.month(2025, 10),
            List.of(0.010, 0.010, 0.011, 0.011, 0.012, 0.013, 0.015),
            new TileChange(Period.month(2025, 9), Period.month(2025, 10), 0.2, TileChange.AmountUnit.PERCENTAGE_POINTS,
                    Change.Direction.UP, false, false, true),
            ProgressStatus.OFF_TRACK, List.of(), List.of("Reseptformidleren"), Frequency.LOPENDE);

    static final OverviewTile EPJ = new OverviewTile("EPJ_KVALITET", "EPJ-system bidrar til pasientarbeid med høy kvalitet",
            "KVALITET", Status.KLAR, IndicatorKind.SURVEY_SHARE, Unit.PERCENT, 0, true, 0.52, Period.year(2024),
            Arrays2.list(0.60, 0.50, null, 0.45, 0.52),
            new TileChange(Period.year(2023), Period.year(2024), 7.0, TileChange.AmountUnit.PERCENTAGE_POINTS,
                    Change.Direction.UP, true, true, true),
            ProgressStatus.AMBITION_NOT_SET, List.of(), List.of("Helsepersonellundersøkelsen"), Frequency.ARLIG);

    static final OverviewTile HELSEDATA = new OverviewTile("HELSEDATA", "Helsedata til sekundærbruk", "MAL3", Status.KLAR,
            IndicatorKind.COUNT, Unit.COUNT, 0, true, 244.0, Period.half(2025, 1), List.of(167.0, 183.0, 205.0, 244.0),
            new TileChange(Period.half(2024, 2), Period.half(2025, 1), 19.02, TileChange.AmountUnit.PERCENT,
                    Change.Direction.UP, false, false, true),
            ProgressStatus.AMBITION_NOT_SET, List.of(), List.of("Helsedataservice (FHI)"), Frequency.KVARTALSVIS);

    static final OverviewTile PLUNDER = new OverviewTile("DIGITAL_PLUNDER_HEFT", "Digital plunder og heft", "MAL2",
            Status.UNDER_ARBEID, IndicatorKind.COMPOSITE, Unit.PERCENT, 0, true, null, null, List.of(), null,
            ProgressStatus.NO_DATA, List.of(
                    part("DIGITAL_PLUNDER_HEFT_INNLOGGING", "Lite tid på innlogging i IT-systemer"),
                    part("DIGITAL_PLUNDER_HEFT_RESPONSTID", "Kort responstid i IT-systemene")),
            List.of("Helsepersonellundersøkelsen"), Frequency.ARLIG);

    private OverviewFixture() {
    }

    private static OverviewTile part(String code, String name) {
        return new OverviewTile(code, name, "MAL2", Status.UNDER_ARBEID, IndicatorKind.SURVEY_SHARE, Unit.PERCENT, 0,
                true, null, null, List.of(), null, ProgressStatus.NO_DATA, List.of(),
                List.of("Helsepersonellundersøkelsen"), Frequency.ARLIG);
    }

    static Overview overview(LocalDate today) {
        List<OverviewTile> all = List.of(PLL, EPJ, HELSEDATA, PLUNDER);
        List<DueForUpdate.Entry> entries = all.stream().flatMap(OverviewTile::selfAndParts)
                .filter(t -> t.parts().isEmpty())
                .map(t -> new DueForUpdate.Entry(t.code(), t.name(), t.status(), t.frequency(), t.latestPeriod(),
                        t.code().equals("EPJ_KVALITET") ? Period.quarter(2025, 1) : null))
                .toList();
        return new Overview(today, List.of(
                new OverviewSection(KVALITET, List.of(PLL, EPJ)),
                new OverviewSection(MAL2, List.of(PLUNDER)),
                new OverviewSection(MAL3, List.of(HELSEDATA))),
                DueForUpdate.asOf(today, entries));
    }

    /** List.of refuses nulls; a sparkline needs them for gaps. */
    static final class Arrays2 {
        static List<Double> list(Double... values) {
            return java.util.Arrays.asList(values);
        }
    }
}
