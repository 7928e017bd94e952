package no.framdrift.ingest;

import no.framdrift.domain.Message;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import no.framdrift.domain.Area;
import no.framdrift.domain.AreaDirectory;
import no.framdrift.domain.Period;
import no.framdrift.domain.UnitListEntry;
import no.framdrift.ingest.ImportProfile.AreaScheme;

/** Unit lists: one entry per unit and period, whether it uses the service and whom it serves. */
final class UnitListReducer implements RowReducer {

    static final List<String> NO = List.of("0", "nei", "n", "false", "no", "", "-", "usann");

    private final ImportProfile.Units profile;
    private final char decimalSeparator;
    private final int periodCol;
    private final int unitCol;
    private final int nameCol;
    private final int usesCol;
    private final int populationCol;
    private final int areaCol;
    private final List<String> yes;
    private final AreaResolver areas;
    private final Map<String, Optional<Period>> periods = new HashMap<>();
    private final Set<String> seen = new HashSet<>();
    private final List<UnitListEntry> entries = new ArrayList<>();
    private final List<ImportProblem> rowProblems = new ArrayList<>();

    UnitListReducer(ImportProfile.Units profile, Columns columns, char decimalSeparator, Set<String> knownIndicators,
                    AreaDirectory directory, ProblemLog log) {
        this.profile = profile;
        this.decimalSeparator = decimalSeparator;
        if (knownIndicators != null && !knownIndicators.contains(profile.indicator())) {
            log.addFatal(new ImportProblem(0, null, profile.indicator(), Message.of("problem.indicator.notInCatalogue")));
        }
        periodCol = columns.require(profile.period());
        unitCol = columns.require(profile.unitId());
        nameCol = columns.optional(profile.unitName());
        usesCol = columns.require(profile.uses());
        populationCol = columns.optional(profile.population());
        areaCol = columns.optional(profile.area());
        yes = (profile.usesYes() == null ? RegistryReducer.DEFAULT_YES : profile.usesYes()).stream()
                .map(v -> v.trim().toLowerCase(Locale.ROOT)).toList();
        areas = new AreaResolver(directory, AreaScheme.ANY);
    }

    @Override
    public boolean accept(SourceRow row, ProblemLog log) {
        rowProblems.clear();
        long r = row.rowNumber();
        String periodText = RowReducer.cell(row, periodCol);
        Optional<Period> period = periods.computeIfAbsent(periodText, Period::parse);
        if (period.isEmpty()) {
            rowProblems.add(new ImportProblem(r, profile.period(), periodText, Message.of("problem.period.unknown")));
        }
        String unit = RowReducer.cell(row, unitCol);
        if (unit.isEmpty()) {
            rowProblems.add(new ImportProblem(r, profile.unitId(), unit, Message.of("problem.unit.missing")));
        } else if (period.isPresent() && !seen.add(period.get().code() + "\u0000" + unit)) {
            rowProblems.add(new ImportProblem(r, profile.unitId(), unit, Message.of("problem.unit.twice", period.get().code())));
        }
        String usesText = RowReducer.cell(row, usesCol).toLowerCase(Locale.ROOT);
        boolean uses = yes.contains(usesText);
        if (!uses && !NO.contains(usesText)) {
            rowProblems.add(new ImportProblem(r, profile.uses(), usesText, Message.of("problem.uses.unknown")));
        }
        Double population = null;
        if (populationCol >= 0) {
            String text = RowReducer.cell(row, populationCol);
            try {
                OptionalDouble d = Numbers.parse(text, decimalSeparator);
                if (d.isPresent() && d.getAsDouble() < 0) {
                    rowProblems.add(new ImportProblem(r, profile.population(), text, Message.of("problem.population.negative")));
                } else if (d.isPresent()) {
                    population = d.getAsDouble();
                }
            } catch (NumberFormatException e) {
                rowProblems.add(new ImportProblem(r, profile.population(), text, Message.of("problem.population.notNumber")));
            }
        }
        String areaCode = null;
        if (areaCol >= 0) {
            String text = RowReducer.cell(row, areaCol);
            Optional<Area> a = areas.resolve(text);
            if (a.isEmpty()) {
                rowProblems.add(new ImportProblem(r, profile.area(), text, text.isBlank()
                        ? Message.of("problem.area.unknown", Message.of("area.municipality")) : unknownMunicipality(text)));
            } else {
                areaCode = a.get().code();
                areas.note(text).ifPresent(log::note);
            }
        }
        if (!rowProblems.isEmpty()) {
            rowProblems.forEach(log::add);
            log.badRow();
            return false;
        }
        entries.add(new UnitListEntry(0, profile.indicator(), period.get(), unit,
                nameCol >= 0 ? RowReducer.cell(row, nameCol) : null, areaCode, uses, population));
        return true;
    }

    @Override
    public List<UnitListEntry> unitEntries() {
        return entries;
    }

    /** A unit list names municipalities: "Ukjent kommune", not "Ukjent område"; an old split code keeps its own words. */
    private Message unknownMunicipality(String text) {
        Message why = areas.whyUnknown(text);
        return why.key().equals("problem.area.unknown") ? Message.of("problem.area.unknown", Message.of("area.municipality")) : why;
    }
}
