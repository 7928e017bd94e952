package no.framdrift.app.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongFunction;
import no.framdrift.domain.ImportBatch;
import no.framdrift.domain.Overlap;
import no.framdrift.domain.Period;
import no.framdrift.domain.RegistryValue;
import no.framdrift.domain.SurveyCell;
import no.framdrift.domain.UnitListEntry;
import no.framdrift.ingest.Reduced;
import no.framdrift.store.StoredCells;

/**
 * The overlap rule (DESIGN.md, "Workspaces"): before anything is written, the cells of a reduced
 * import are matched against the stored ones. Surveys meet on indicator × question × survey year;
 * registry data on indicator × area × overlapping period, per number (a file of counts does not
 * meet a population table that only gives the denominators); unit lists on indicator × unit ×
 * overlapping period. Only the cells that meet count: a file with several years or months may add
 * the new ones next to the stored ones.
 */
final class OverlapCheck {

    /** What the import meets: the listing for the analyst, and the stored cells replacing would remove. */
    record Found(List<Overlap> overlaps, Set<StoredCells.SurveyKey> survey, Set<StoredCells.RegistryKey> registry,
                 Set<StoredCells.UnitKey> units) {

        boolean isEmpty() {
            return overlaps.isEmpty();
        }

        Set<Long> batchIds() {
            Set<Long> ids = new TreeSet<>();
            overlaps.forEach(o -> ids.add(o.batch().id()));
            return ids;
        }
    }

    private OverlapCheck() {
    }

    static Found find(Reduced reduced, StoredCells stored, LongFunction<ImportBatch> batchOf) {
        Map<Long, ImportBatch> batches = new HashMap<>();
        LongFunction<ImportBatch> batch = id -> batches.computeIfAbsent(id, batchOf::apply);
        List<Overlap> overlaps = new ArrayList<>();
        Set<StoredCells.SurveyKey> survey = survey(reduced.surveyCells(), stored);
        for (StoredCells.SurveyKey k : survey) {
            overlaps.add(new Overlap(k.indicatorCode(), Integer.toString(k.year()), "spørsmål " + k.question(),
                    batch.apply(k.batchId())));
        }
        Set<StoredCells.RegistryKey> registry = registry(reduced.registryValues(), stored);
        for (StoredCells.RegistryKey k : registry) {
            overlaps.add(new Overlap(k.indicatorCode(), k.period().code(), k.areaCode(), batch.apply(k.batchId())));
        }
        Set<StoredCells.UnitKey> units = units(reduced.unitEntries(), stored);
        for (StoredCells.UnitKey k : units) {
            overlaps.add(new Overlap(k.indicatorCode(), k.period().code(), k.unitId(), batch.apply(k.batchId())));
        }
        return new Found(List.copyOf(overlaps), survey, registry, units);
    }

    private static Set<StoredCells.SurveyKey> survey(List<SurveyCell> cells, StoredCells stored) {
        Set<String> newKeys = new java.util.HashSet<>();
        Set<String> indicators = new TreeSet<>();
        SurveyCell previous = null;
        for (SurveyCell c : cells) {
            // a background cell's answers come one after another: one key for them (444,139 cells of
            // a million-respondent survey made as many strings)
            if (previous != null && previous.year() == c.year() && previous.question().equals(c.question())
                    && previous.indicatorCode().equals(c.indicatorCode())) {
                continue;
            }
            previous = c;
            newKeys.add(c.indicatorCode() + '\u0000' + c.question() + '\u0000' + c.year());
            indicators.add(c.indicatorCode());
        }
        Set<StoredCells.SurveyKey> out = new LinkedHashSet<>();
        if (indicators.isEmpty()) {
            return out;
        }
        for (StoredCells.SurveyKey k : stored.surveyKeys(indicators)) {
            if (newKeys.contains(k.indicatorCode() + '\u0000' + k.question() + '\u0000' + k.year())) {
                out.add(k);
            }
        }
        return out;
    }

    /** New registry cells per indicator and area: their periods and which numbers they bring. */
    private record NewCell(Period period, boolean numerator, boolean denominator) {
    }

    private static Set<StoredCells.RegistryKey> registry(List<RegistryValue> values, StoredCells stored) {
        Map<String, List<NewCell>> byPlace = new HashMap<>();
        Set<String> indicators = new TreeSet<>();
        for (RegistryValue v : values) {
            if (v.numerator() == null && v.denominator() == null) {
                continue; // a status symbol without a number adds nothing to any value
            }
            byPlace.computeIfAbsent(v.indicatorCode() + '\u0000' + v.areaCode(), k -> new ArrayList<>())
                    .add(new NewCell(v.period(), v.numerator() != null, v.denominator() != null));
            indicators.add(v.indicatorCode());
        }
        Set<StoredCells.RegistryKey> out = new LinkedHashSet<>();
        if (indicators.isEmpty()) {
            return out;
        }
        for (StoredCells.RegistryKey k : stored.registryKeys(indicators)) {
            List<NewCell> here = byPlace.get(k.indicatorCode() + '\u0000' + k.areaCode());
            if (here == null) {
                continue;
            }
            boolean numerator = false;
            boolean denominator = false;
            for (NewCell n : here) {
                if (overlaps(n.period(), k.period())) {
                    numerator |= n.numerator() && k.hasNumerator();
                    denominator |= n.denominator() && k.hasDenominator();
                }
            }
            if (numerator || denominator) {
                // the key's flags now say which of the stored numbers the new file meets
                out.add(new StoredCells.RegistryKey(k.batchId(), k.indicatorCode(), k.period(), k.areaCode(),
                        numerator, denominator));
            }
        }
        return out;
    }

    private static Set<StoredCells.UnitKey> units(List<UnitListEntry> entries, StoredCells stored) {
        Map<String, Set<Period>> byUnit = new HashMap<>();
        Set<String> indicators = new TreeSet<>();
        for (UnitListEntry e : entries) {
            byUnit.computeIfAbsent(e.indicatorCode() + '\u0000' + e.unitId(), k -> new TreeSet<>()).add(e.period());
            indicators.add(e.indicatorCode());
        }
        Set<StoredCells.UnitKey> out = new LinkedHashSet<>();
        if (indicators.isEmpty()) {
            return out;
        }
        for (StoredCells.UnitKey k : stored.unitKeys(indicators)) {
            Set<Period> here = byUnit.get(k.indicatorCode() + '\u0000' + k.unitId());
            if (here != null && here.stream().anyMatch(p -> overlaps(p, k.period()))) {
                out.add(k);
            }
        }
        return out;
    }

    /** Two periods meet when their months do: a quarter meets each of its months, a year its quarters. */
    static boolean overlaps(Period a, Period b) {
        return !a.lastMonth().isBefore(b.firstMonth()) && !b.lastMonth().isBefore(a.firstMonth());
    }

    /** The overlaps grouped per earlier batch, for a short listing: batch → its overlaps. */
    static Map<ImportBatch, List<Overlap>> byBatch(Collection<Overlap> overlaps) {
        Map<ImportBatch, List<Overlap>> out = new LinkedHashMap<>();
        overlaps.forEach(o -> out.computeIfAbsent(o.batch(), b -> new ArrayList<>()).add(o));
        return out;
    }
}
