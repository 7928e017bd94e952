package no.framdrift.ingest;

import no.framdrift.domain.Message;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import no.framdrift.domain.Area;
import no.framdrift.domain.AreaDirectory;
import no.framdrift.domain.Period;
import no.framdrift.domain.RegistryValue;

/**
 * Registry extracts → numerator and denominator per indicator, area and period. Aggregated rows
 * for the same key are summed (e.g. an extract split by gender); person-level rows are counted.
 */
final class RegistryReducer implements RowReducer {

    static final List<String> DEFAULT_YES = List.of("1", "ja", "j", "true", "x", "yes", "y", "sann");

    private final ImportProfile.Registry profile;
    private final char decimalSeparator;
    private final Set<String> knownIndicators;
    private final int indicatorCol;
    private final int periodCol;
    private final int areaCol;
    private final int numeratorCol;
    private final int denominatorCol;
    private final int flagCol;
    private final boolean personLevel;
    private final List<String> yes;
    private final AreaResolver areas;
    private final Area nation;
    private final Map<String, Optional<Period>> periods = new HashMap<>();
    private final Map<Key, Sums> sums = new LinkedHashMap<>();
    private final List<ImportProblem> rowProblems = new ArrayList<>();

    RegistryReducer(ImportProfile.Registry profile, Columns columns, char decimalSeparator, Set<String> knownIndicators,
                    AreaDirectory directory, ProblemLog log) {
        this.profile = profile;
        this.decimalSeparator = decimalSeparator;
        this.knownIndicators = knownIndicators;
        this.personLevel = Boolean.TRUE.equals(profile.personLevel());
        this.indicatorCol = profile.indicator() == null ? columns.require(profile.indicatorColumn()) : -1;
        if (profile.indicator() != null && knownIndicators != null && !knownIndicators.contains(profile.indicator())) {
            log.addFatal(new ImportProblem(0, null, profile.indicator(), Message.of("problem.indicator.notInCatalogue")));
        }
        this.periodCol = columns.require(profile.period());
        this.areaCol = columns.optional(profile.area());
        this.numeratorCol = personLevel ? -1 : columns.optional(profile.numerator());
        this.denominatorCol = personLevel ? -1 : columns.optional(profile.denominator());
        this.flagCol = personLevel ? columns.optional(profile.flag()) : -1;
        this.yes = lower(profile.flagYes() == null ? DEFAULT_YES : profile.flagYes());
        this.areas = new AreaResolver(directory, profile.areaScheme());
        this.nation = directory.byCode("NO").orElseThrow();
    }

    private static List<String> lower(List<String> values) {
        return values.stream().map(v -> v.trim().toLowerCase(Locale.ROOT)).toList();
    }

    @Override
    public boolean accept(SourceRow row, ProblemLog log) {
        rowProblems.clear();
        long r = row.rowNumber();
        String indicator = profile.indicator();
        if (indicatorCol >= 0) {
            indicator = RowReducer.cell(row, indicatorCol);
            if (indicator.isEmpty() || (knownIndicators != null && !knownIndicators.contains(indicator))) {
                rowProblems.add(new ImportProblem(r, profile.indicatorColumn(), indicator, Message.of("problem.indicator.unknown")));
            }
        }
        String periodText = RowReducer.cell(row, periodCol);
        Optional<Period> period = periods.computeIfAbsent(periodText, Period::parse);
        if (period.isEmpty()) {
            rowProblems.add(new ImportProblem(r, profile.period(), periodText,
                    Message.of("problem.period.unknownExamples")));
        }
        Area area = nation;
        if (areaCol >= 0) {
            String areaText = RowReducer.cell(row, areaCol);
            Optional<Area> a = areas.resolve(areaText);
            if (a.isEmpty()) {
                rowProblems.add(new ImportProblem(r, profile.area(), areaText, areas.whyUnknown(areaText)));
            } else {
                area = a.get();
                areas.note(areaText).ifPresent(log::note);
            }
        }
        Double numerator = null;
        Double denominator = null;
        if (personLevel) {
            numerator = 1.0;
            if (flagCol >= 0) {
                String f = RowReducer.cell(row, flagCol).toLowerCase(Locale.ROOT);
                numerator = yes.contains(f) ? 1.0 : 0.0;
                denominator = 1.0;
            }
        } else {
            numerator = count(row, numeratorCol, profile.numerator(), Message.of("problem.role.numerator"), r);
            denominator = count(row, denominatorCol, profile.denominator(), Message.of("problem.role.denominator"), r);
            if (numerator != null && denominator != null && numerator > denominator) {
                rowProblems.add(new ImportProblem(r, profile.numerator(), RowReducer.cell(row, numeratorCol),
                        Message.of("problem.numerator.aboveDenominator", RowReducer.cell(row, denominatorCol))));
            }
        }
        if (!rowProblems.isEmpty()) {
            rowProblems.forEach(log::add);
            log.badRow();
            return false;
        }
        Sums s = sums.computeIfAbsent(new Key(indicator, period.get(), area), k -> new Sums());
        s.add(numerator, denominator);
        return true;
    }

    private Double count(SourceRow row, int col, String column, Message what, long r) {
        if (col < 0) {
            return null;
        }
        String text = RowReducer.cell(row, col);
        double plain = PlainNumber.parse(text, decimalSeparator);
        if (plain >= 0) {
            return plain;
        }
        try {
            OptionalDouble d = Numbers.parse(text, decimalSeparator);
            if (d.isEmpty()) {
                rowProblems.add(new ImportProblem(r, column, text, Message.of("problem.count.missing", what)));
                return null;
            }
            double v = d.getAsDouble();
            if (v < 0) {
                rowProblems.add(new ImportProblem(r, column, text, Message.of("problem.count.negative", what)));
                return null;
            }
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                rowProblems.add(new ImportProblem(r, column, text, Message.of("problem.count.notNumber", what)));
                return null;
            }
            return v;
        } catch (NumberFormatException e) {
            rowProblems.add(new ImportProblem(r, column, text, Message.of("problem.count.notNumber", what)));
            return null;
        }
    }

    @Override
    public List<RegistryValue> registryValues() {
        List<RegistryValue> out = new ArrayList<>(sums.size());
        sums.forEach((k, s) -> out.add(new RegistryValue(0, k.indicator, k.period, k.area.code(), k.area.level(),
                s.hasNumerator ? s.numerator : null, s.hasDenominator ? s.denominator : null, null)));
        return out;
    }

    private record Key(String indicator, Period period, Area area) {
    }

    private static final class Sums {
        double numerator;
        double denominator;
        boolean hasNumerator;
        boolean hasDenominator;

        void add(Double n, Double d) {
            if (n != null) {
                numerator += n;
                hasNumerator = true;
            }
            if (d != null) {
                denominator += d;
                hasDenominator = true;
            }
        }
    }
}
